import { billingMonthOf, shiftBillingMonth } from '@dengon/domain';
import type { INestApplication } from '@nestjs/common';
import { InvoiceState } from '../billing/invoice.entity';
import { InvoiceRuns } from '../billing/invoice-runs.service';
import { Invoices } from '../billing/invoices.service';
import { PaymentMethod } from '../billing/payment.entity';
import { Payments } from '../billing/payments.service';
import { RequestContext } from '../common/request-context';
import { DEMO_CLIENTS } from './demo-seed';

/**
 * Three months of billing for the demo clients, as back office finds it:
 * the two older months paid; last month paid by the first client, half paid
 * by the one whose invoices are due at the end of the next month, and
 * overdue for the others. This month is left for the person trying Dengon.
 */
export async function seedDemoBilling(app: INestApplication): Promise<void> {
  const invoices = app.get(Invoices);
  const payments = app.get(Payments);
  const system = RequestContext.system('demo');
  const now = billingMonthOf(new Date());
  const [first, , later] = DEMO_CLIENTS.map((c) => c.name);
  for (const back of [3, 2, 1]) {
    const month = shiftBillingMonth(now, -back);
    await app.get(InvoiceRuns).billMonth(month, `${month}-01`);
    for (const invoice of await invoices.list(system, { month, state: InvoiceState.ISSUED }, 100)) {
      const share =
        back > 1 || invoice.recipientName === first ? 1 : invoice.recipientName === later ? 0.5 : 0;
      if (share === 0 || invoice.total <= 0) continue;
      await payments.record(system, {
        clientCompanyId: invoice.clientCompanyId,
        receivedOn: `${month}-20`,
        amount: Math.floor(invoice.total * share),
        payerName: invoice.recipientName,
        method: PaymentMethod.BANK_TRANSFER,
        invoiceId: invoice.id,
      });
    }
  }
}
