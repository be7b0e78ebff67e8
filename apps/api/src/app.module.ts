import { createSecretKey } from 'node:crypto';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { AcdViews } from './acd/acd-views.service';
import { AcdResolver } from './acd/acd.resolver';
import { Acd } from './acd/acd.service';
import { SkillsService } from './acd/skills.service';
import { AuditModule } from './audit/audit.module';
import { AccessTokens } from './auth/access-token';
import { AuthGuard } from './auth/auth.guard';
import { LiveSessions } from './auth/live-sessions';
import { liveSubscriptions } from './auth/live-subscriptions';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import type { DengonRequest } from './common/http';
import { RequestLoaders } from './common/loaders';
import { queryLimits } from './common/query-limits';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './data-source';
import { Db } from './database/db.service';
import { DATABASE_URL, EventBus } from './events/event-bus';
import { Delivery } from './delivery/delivery.service';
import { AckController } from './dispatch/ack.controller';
import { DispatchSheetController } from './dispatch/dispatch-sheet.controller';
import { ContractorsResolver } from './dispatch/contractors.resolver';
import { DispatchResolver } from './dispatch/dispatch.resolver';
import { DispatchService } from './dispatch/dispatch.service';
import { ContractorsService } from './dispatch/contractors.service';
import { InvoicePdfController } from './billing/invoice-pdf.controller';
import { InvoicesResolver, PaymentsResolver } from './billing/billing.resolver';
import { Invoices } from './billing/invoices.service';
import { Payments } from './billing/payments.service';
import { DeliveryResolver } from './delivery/delivery.resolver';
import { DeliveryReportsController } from './delivery/delivery-reports.controller';
import { DeliveryReports } from './delivery/delivery-reports.service';
import { Mailer } from './delivery/mailer';
import {
  EmailFaxGateway,
  FaxGateway,
  HylaFaxGateway,
  OutboxFaxGateway,
} from './delivery/fax-gateway';
import { FileStore, LocalFileStore } from './storage/file-store';
import { HealthController } from './health/health.controller';
import { JobQueue } from './jobs/job-queue';
import { IntakeReports } from './reports/intake-reports.service';
import { IntakeExportController } from './calls/intake-export.controller';
import { CallRouting } from './telephony/call-routing.service';
import { CallReconciler } from './telephony/call-reconciler.service';
import { TelephonyEventsController } from './telephony/events.controller';
import { TwilioController } from './telephony/twilio.controller';
import { IntakeResolver } from './calls/intake.resolver';
import { IntakeService } from './calls/intake.service';
import { ClientsResolver } from './clients/clients.resolver';
import { ClientsService } from './clients/clients.service';
import {
  ContractOptionResolver,
  ContractPlanTermResolver,
  ContractsResolver,
} from './contracts/contracts.resolver';
import { ContractsService } from './contracts/contracts.service';
import { FaqResolver } from './faq/faq.resolver';
import { FaqService } from './faq/faq.service';
import { DialedNumberLookup } from './numbers/dialed-number-lookup.service';
import { NumbersResolver } from './numbers/numbers.resolver';
import { NumbersService } from './numbers/numbers.service';
import { PlansModule } from './plans/plans.module';
import { ChangeRequestsService } from './scripts/change-requests.service';
import { ScriptsResolver } from './scripts/scripts.resolver';
import { ScriptsService } from './scripts/scripts.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';
import { SipEdgeController } from './voice/sip-edge.controller';
import { SipEdge } from './voice/sip-edge.service';
import { VoiceResolver } from './voice/voice.resolver';
import { RecordingLinks } from './voice/recording-links';
import { RecordingsController } from './voice/recordings.controller';
import { IntakeRecordingResolver } from './voice/recordings.resolver';
import { Recordings } from './voice/recordings.service';
import { VoiceMedia } from './voice/media/voice-media.service';
import { VoicemailGreetingsResolver } from './voice/voicemail-greetings.resolver';
import { VoicemailGreetings } from './voice/voicemail-greetings.service';
import { TelephonyProviders } from './telephony/telephony-providers';
import { TwilioRest } from './telephony/twilio-rest';
import { Callbacks } from './telephony/callbacks.service';
import { CallbacksResolver } from './telephony/callbacks.resolver';

type HttpOrSocket =
  | { req: DengonRequest; res: Response }
  | { connectionParams?: Record<string, unknown>; extra: { request: IncomingMessage } };

/** A subscription has no HTTP request: its token comes in the connection parameters, so the one guard reads it alike. */
function socketRequest(ctx: Exclude<HttpOrSocket, { req: DengonRequest }>): DengonRequest {
  const authorization = ctx.connectionParams?.['authorization'];
  const request = ctx.extra.request;
  return Object.assign(Object.create(request) as DengonRequest, {
    headers: {
      ...request.headers,
      authorization: typeof authorization === 'string' ? authorization : undefined,
    },
    ip: request.socket.remoteAddress,
  });
}

export interface AppOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Where to write the schema SDL (the schema check); otherwise it stays in memory. */
  schemaFile?: string;
}

@Global()
@Module({})
class DatabaseModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [Db, EventBus, JobQueue, { provide: DATABASE_URL, useValue: databaseUrl }],
      exports: [Db, EventBus, JobQueue],
    };
  }
}

/** Who a token is and whether its rights still hold: for the guard and for subscriptions alike. */
@Global()
@Module({ providers: [AccessTokens, LiveSessions], exports: [AccessTokens, LiveSessions] })
class SessionsModule {}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, options.config.LOG_SQL)),
        DatabaseModule.forRoot(options.databaseUrl),
        AuditModule,
        PlansModule,
        SessionsModule,
        // The secret as a KeyObject made once: given a string, jsonwebtoken tries it as a
        // public key on every call, which cost more than the rest of a small request.
        JwtModule.register({
          global: true,
          secret: createSecretKey(Buffer.from(options.config.jwtSecret)),
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [Db, ModuleRef, AccessTokens, LiveSessions],
          useFactory: (
            db: Db,
            modules: ModuleRef,
            tokens: AccessTokens,
            sessions: LiveSessions,
          ) => ({
            autoSchemaFile: options.schemaFile ?? true,
            sortSchema: true,
            path: '/graphql',
            introspection: options.config.NODE_ENV !== 'production',
            subscriptions: { 'graphql-ws': liveSubscriptions(tokens, sessions) },
            ...queryLimits(options.config.NODE_ENV === 'production'),
            context: (ctx: HttpOrSocket) => {
              const req = 'req' in ctx ? ctx.req : socketRequest(ctx);
              return {
                req,
                res: 'res' in ctx ? ctx.res : undefined,
                loaders: new RequestLoaders(db, modules, req, 'req' in ctx),
              };
            },
            formatError: (formatted) => {
              // Bugs do not leak their internals; expected errors keep their message and code.
              const code = formatted.extensions?.['code'];
              if (code === 'INTERNAL_SERVER_ERROR' && options.config.NODE_ENV === 'production') {
                return { message: 'Internal server error', extensions: { code } };
              }
              return formatted;
            },
          }),
        }),
      ],
      controllers: [
        HealthController,
        IntakeExportController,
        TwilioController,
        TelephonyEventsController,
        AckController,
        DispatchSheetController,
        DeliveryReportsController,
        InvoicePdfController,
        SipEdgeController,
        RecordingsController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        AuthService,
        AuthResolver,
        UsersService,
        UsersResolver,
        ClientsService,
        ClientsResolver,
        ContractsService,
        ContractsResolver,
        ContractPlanTermResolver,
        ContractOptionResolver,
        ScriptsService,
        ChangeRequestsService,
        ScriptsResolver,
        FaqService,
        FaqResolver,
        NumbersService,
        DialedNumberLookup,
        NumbersResolver,
        IntakeService,
        IntakeResolver,
        CallRouting,
        CallReconciler,
        Acd,
        SkillsService,
        AcdViews,
        AcdResolver,
        Mailer,
        { provide: FileStore, useClass: LocalFileStore },
        {
          provide: FaxGateway,
          useClass: {
            outbox: OutboxFaxGateway,
            email: EmailFaxGateway,
            hylafax: HylaFaxGateway,
          }[options.config.FAX_GATEWAY],
        },
        Delivery,
        DeliveryReports,
        DeliveryResolver,
        IntakeReports,
        ContractorsService,
        ContractorsResolver,
        DispatchService,
        DispatchResolver,
        Invoices,
        InvoicesResolver,
        Payments,
        PaymentsResolver,
        SipEdge,
        VoiceResolver,
        Recordings,
        VoiceMedia,
        VoicemailGreetings,
        VoicemailGreetingsResolver,
        TwilioRest,
        TelephonyProviders,
        Callbacks,
        CallbacksResolver,
        RecordingLinks,
        IntakeRecordingResolver,
      ],
    };
  }
}
