import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { createSecretKey } from 'node:crypto';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { AcdModule, Presence } from './acd';
import { AuditModule } from './audit/audit.module';
import { AccessTokens } from './auth/access-token';
import { AuthModule } from './auth';
import { LiveSessions } from './auth/live-sessions';
import { liveSubscriptions } from './auth/live-subscriptions';
import { BillingModule } from './billing';
import { CallersModule } from './callers';
import { InboundModule } from './inbound';
import { CallsModule } from './calls';
import { ClientsModule } from './clients';
import type { DengonRequest } from './common/http';
import { RequestLoaders } from './common/loaders';
import { queryLimits } from './common/query-limits';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { ContractsModule } from './contracts';
import { dataSourceOptions } from './data-source';
import { DatabaseModule } from './database/database.module';
import { Db } from './database/db.service';
import { DeliveryModule } from './delivery';
import { DispatchModule } from './dispatch';
import { FaqModule } from './faq';
import { HealthModule } from './health';
import { NumbersModule } from './numbers';
import { PlansModule } from './plans';
import { ReportsModule } from './reports';
import { ScriptsModule } from './scripts';
import { StorageModule } from './storage/storage.module';
import { TelephonyModule } from './telephony';
import { UsersModule } from './users';
import { VoiceModule } from './voice';

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

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, options.config.LOG_SQL)),
        // The kernel, below every capability.
        DatabaseModule.forRoot(options.databaseUrl),
        AuditModule,
        StorageModule,
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
          imports: [AuthModule, AcdModule],
          inject: [Db, ModuleRef, AccessTokens, LiveSessions, Presence],
          useFactory: (
            db: Db,
            modules: ModuleRef,
            tokens: AccessTokens,
            sessions: LiveSessions,
            presence: Presence,
          ) => {
            const limits = queryLimits(options.config.NODE_ENV === 'production');
            return {
              autoSchemaFile: options.schemaFile ?? true,
              sortSchema: true,
              path: '/graphql',
              introspection: options.config.NODE_ENV !== 'production',
              subscriptions: { 'graphql-ws': liveSubscriptions(tokens, sessions, presence) },
              ...limits,
              // Cache hints are not used; the plugin would wrap every field of every response.
              plugins: [...limits.plugins, ApolloServerPluginCacheControlDisabled()],
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
            };
          },
        }),
        // The capabilities, one module each (docs/architecture.md).
        AuthModule,
        UsersModule,
        ClientsModule,
        ContractsModule,
        PlansModule,
        NumbersModule,
        ScriptsModule,
        FaqModule,
        CallsModule,
        CallersModule,
        InboundModule,
        ReportsModule,
        DeliveryModule,
        DispatchModule,
        BillingModule,
        AcdModule,
        TelephonyModule,
        VoiceModule,
        HealthModule,
      ],
    };
  }
}
