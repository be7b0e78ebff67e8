/**
 * Receivables: how late an invoice is and what state it is in. Derived from
 * the amounts and dates each time it is shown, never stored, so that a
 * payment recorded late or a voided invoice cannot leave a stale status.
 * Days are Asia/Tokyo calendar days.
 */
import { tokyoDate } from '../coverage/coverage';
import type { InvoiceLine } from './invoice';
import { daysFromTo } from './period';

export type AgingBucket = 'CURRENT' | '1-30' | '31-60' | '61-90' | '90+';
export const AGING_BUCKETS: readonly AgingBucket[] = ['CURRENT', '1-30', '31-60', '61-90', '90+'];

/** 'YYYY-MM-DD' as is; an instant as its date in Asia/Tokyo. */
const asDate = (asOf: string | Date): string => (typeof asOf === 'string' ? asOf : tokyoDate(asOf));

/** Days past the due date: 0 on the due date itself and before it. */
export function daysOverdue(dueDate: string, asOf: string | Date): number {
  return Math.max(0, daysFromTo(dueDate, asDate(asOf)));
}

/** The bucket by days overdue: 0 = CURRENT, 1–30, 31–60, 61–90, 91 and more = '90+'. */
export function agingBucket(dueDate: string, asOf: string | Date): AgingBucket {
  const days = daysOverdue(dueDate, asOf);
  if (days === 0) return 'CURRENT';
  if (days <= 30) return '1-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

export type InvoiceStatus = 'ISSUED' | 'PARTIALLY_PAID' | 'PAID' | 'OVERDUE' | 'VOID';

export interface Receivable {
  /** Tax-included total of the invoice. */
  total: number;
  /** Sum of the payments matched to it. */
  paid: number;
  dueDate: string;
  voided: boolean;
}

/**
 * Precedence: VOID > PAID > OVERDUE > PARTIALLY_PAID > ISSUED. Voiding wins
 * over everything (a voided invoice is not owed, even if money came in: that
 * money is an overpayment). Paid in full (or a total of 0 or less) is PAID
 * whatever the date. Anything still owed after the due date is OVERDUE, also
 * when partly paid, because collection is what matters then.
 */
export function invoiceStatus(invoice: Receivable, asOf: string | Date): InvoiceStatus {
  if (!Number.isSafeInteger(invoice.total) || !Number.isSafeInteger(invoice.paid))
    throw new RangeError('total and paid must be whole yen');
  if (invoice.paid < 0) throw new RangeError(`paid cannot be negative: ${invoice.paid}`);
  if (invoice.voided) return 'VOID';
  if (invoice.paid >= invoice.total) return 'PAID';
  if (daysOverdue(invoice.dueDate, asOf) > 0) return 'OVERDUE';
  return invoice.paid > 0 ? 'PARTIALLY_PAID' : 'ISSUED';
}

/** What is still owed; 0 when paid in full, over, or voided. */
export function balanceDue(invoice: Receivable): number {
  return invoice.voided ? 0 : Math.max(0, invoice.total - invoice.paid);
}

/**
 * What Dengon owes the client on this invoice: payments beyond its total
 * (also when the total itself is negative, a credit-only invoice), or all
 * payments of a voided invoice. Refunded, or carried to the next invoice.
 */
export function creditToCarry(invoice: Receivable): number {
  return Math.max(0, invoice.paid - (invoice.voided ? 0 : invoice.total));
}

/**
 * A credit (creditToCarry) carried to the next invoice as a negative line.
 * It is money already received or already credited with its tax (前受金),
 * not a new discount on a sale, so it sits outside consumption tax (rate 0):
 * it lowers what is to be paid, not the taxable subtotal of the 10 % lines.
 * `amount` is tax-included yen.
 */
export function carriedCreditLine(amount: number): InvoiceLine {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new RangeError(`not a positive amount of yen: ${amount}`);
  return {
    kind: 'CARRIED_CREDIT',
    description: '前回までのお支払い超過分（繰越）',
    quantity: 1,
    unitPrice: -amount,
    amount: -amount,
    taxRate: 0,
    period: null,
  };
}
