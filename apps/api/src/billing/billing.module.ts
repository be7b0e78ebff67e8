import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { InvoiceCorrections } from './invoice-corrections.service';
import { InvoiceIssuing } from './invoice-issuing.service';
import { InvoiceRuns } from './invoice-runs.service';
import { Invoices } from './invoices.service';
import { InvoicesResolver, PaymentsResolver } from './billing.resolver';
import { Payments } from './payments.service';
import { InvoicePdfController } from './invoice-pdf.controller';

/** Monthly invoicing with qualified invoices, payments and their reconciliation. */
@Module({
  imports: [DeliveryModule],
  controllers: [InvoicePdfController],
  providers: [
    Invoices,
    InvoiceRuns,
    InvoiceIssuing,
    InvoiceCorrections,
    InvoicesResolver,
    Payments,
    PaymentsResolver,
  ],
})
export class BillingModule {}
