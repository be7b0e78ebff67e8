import { Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { DeliveryReportsController } from './delivery-reports.controller';
import { DeliveryReports } from './delivery-reports.service';
import { DeliveryResolver } from './delivery.resolver';
import { Delivery } from './delivery.service';
import { EmailFaxGateway, FaxGateway, HylaFaxGateway, OutboxFaxGateway } from './fax-gateway';
import { Mailer } from './mailer';

const FAX_GATEWAYS = {
  outbox: OutboxFaxGateway,
  email: EmailFaxGateway,
  hylafax: HylaFaxGateway,
} as const;

/** Outbound messages (e-mail and fax), their delivery, retries and delivery reports. */
@Module({
  controllers: [DeliveryReportsController],
  providers: [
    Mailer,
    {
      // The gateway FAX_GATEWAY names, made with its own dependencies.
      provide: FaxGateway,
      inject: [APP_CONFIG, ModuleRef],
      useFactory: (config: AppConfig, modules: ModuleRef) =>
        modules.create<FaxGateway>(FAX_GATEWAYS[config.FAX_GATEWAY]),
    },
    Delivery,
    DeliveryReports,
    DeliveryResolver,
  ],
  exports: [Delivery],
})
export class DeliveryModule {}
