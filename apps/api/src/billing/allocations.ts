import type { EntityManager } from 'typeorm';
import { Invoice, InvoiceKind, InvoiceState } from './invoice.entity';
import { AllocationKind, Payment, PaymentAllocation } from './payment.entity';

/**
 * Uses `amount` of the client's credit (money received and not applied) for
 * the invoice whose CARRIED_CREDIT line shows it; false when there is less
 * credit than that now. The credit lowers the invoice's total, so it is not
 * counted as paid on it.
 */
export async function allocateCredit(
  em: EntityManager,
  invoice: Invoice,
  amount: number,
): Promise<boolean> {
  const payments = await em
    .createQueryBuilder(Payment, 'p')
    .setLock('pessimistic_write')
    .where('p.client_company_id = :id AND p.unallocated > 0', { id: invoice.clientCompanyId })
    .orderBy('p.received_on')
    .addOrderBy('p.created_at')
    .getMany();
  if (payments.reduce((sum, p) => sum + p.unallocated, 0) < amount) return false;
  let left = amount;
  for (const payment of payments) {
    if (left === 0) break;
    const used = Math.min(left, payment.unallocated);
    await take(em, payment, invoice, used, AllocationKind.CARRIED_CREDIT);
    left -= used;
  }
  return true;
}

/** Gives back the credit a voided invoice had used, by reversing entries (nothing is deleted). */
export async function releaseCredit(em: EntityManager, invoice: Invoice): Promise<void> {
  const used = await em.findBy(PaymentAllocation, {
    invoiceId: invoice.id,
    kind: AllocationKind.CARRIED_CREDIT,
  });
  for (const allocation of used) {
    if (!allocation.paymentId) continue;
    const payment = await em.findOneByOrFail(Payment, { id: allocation.paymentId });
    await take(em, payment, invoice, -allocation.amount, AllocationKind.CARRIED_CREDIT);
  }
}

/**
 * Applies a payment to the client's open invoices, the one named first, then
 * the oldest due; what is left stays on the payment as the client's credit.
 * Returns the invoices it paid on.
 */
export async function applyPayment(
  em: EntityManager,
  payment: Payment,
  first?: string,
): Promise<Invoice[]> {
  const due = await em
    .createQueryBuilder(Invoice, 'i')
    .setLock('pessimistic_write')
    .where('i.client_company_id = :id', { id: payment.clientCompanyId })
    .andWhere('i.kind = :kind AND i.state = :state', {
      kind: InvoiceKind.INVOICE,
      state: InvoiceState.ISSUED,
    })
    .andWhere('i.paid_amount < i.total')
    .orderBy('i.due_date', 'ASC')
    .addOrderBy('i.number', 'ASC')
    .getMany();
  const open = [...due.filter((i) => i.id === first), ...due.filter((i) => i.id !== first)];
  const paid: Invoice[] = [];
  for (const invoice of open) {
    if (payment.unallocated === 0) break;
    const used = Math.min(payment.unallocated, invoice.total - invoice.paidAmount);
    await take(em, payment, invoice, used, AllocationKind.PAYMENT);
    paid.push(invoice);
  }
  return paid;
}

/** One allocation, kept on both sides: the payment's unallocated rest and the invoice's paid amount. */
async function take(
  em: EntityManager,
  payment: Payment,
  invoice: Invoice,
  amount: number,
  kind: AllocationKind,
): Promise<void> {
  await em.insert(PaymentAllocation, {
    paymentId: payment.id,
    invoiceId: invoice.id,
    clientCompanyId: invoice.clientCompanyId,
    kind,
    amount,
  });
  payment.unallocated -= amount;
  await em.update(Payment, payment.id, { unallocated: payment.unallocated });
  if (kind === AllocationKind.PAYMENT) {
    invoice.paidAmount += amount;
    await em.update(Invoice, invoice.id, { paidAmount: invoice.paidAmount });
  }
}

/** A bank fee the payer deducted, written off on the invoice (no payment behind it). */
export async function writeOff(em: EntityManager, invoice: Invoice, amount: number): Promise<void> {
  await em.insert(PaymentAllocation, {
    paymentId: null,
    invoiceId: invoice.id,
    clientCompanyId: invoice.clientCompanyId,
    kind: AllocationKind.FEE_WRITE_OFF,
    amount,
  });
  invoice.paidAmount += amount;
  await em.update(Invoice, invoice.id, { paidAmount: invoice.paidAmount });
}
