import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { Invoices } from './invoices.service';
import { InvoicesResolver, PaymentsResolver } from './billing.resolver';
import { Payments } from './payments.service';
import { InvoicePdfController } from './invoice-pdf.controller';

/** Monthly invoicing with qualified invoices, payments and their reconciliation. */
@Module({
  imports: [DeliveryModule],
  controllers: [InvoicePdfController],
  providers: [Invoices, InvoicesResolver, Payments, PaymentsResolver],
})
export class BillingModule {}
