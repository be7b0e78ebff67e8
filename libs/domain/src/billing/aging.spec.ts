import {
  agingBucket,
  balanceDue,
  carriedCreditLine,
  creditToCarry,
  daysOverdue,
  invoiceStatus,
  type Receivable,
} from './aging';
import { type InvoiceLine, invoiceTotals } from './invoice';

describe('aging buckets', () => {
  // Due 2026-11-30. December has 31 days, January 31: 12/31 is +31, 1/30 is +61, 2/28 is +90.
  it.each([
    ['2026-11-01', 0, 'CURRENT'],
    ['2026-11-30', 0, 'CURRENT'],
    ['2026-12-01', 1, '1-30'],
    ['2026-12-30', 30, '1-30'],
    ['2026-12-31', 31, '31-60'],
    ['2027-01-29', 60, '31-60'],
    ['2027-01-30', 61, '61-90'],
    ['2027-02-28', 90, '61-90'],
    ['2027-03-01', 91, '90+'],
    ['2028-11-30', 731, '90+'],
  ])('as of %s, %i days overdue: %s', (asOf, days, bucket) => {
    expect(daysOverdue('2026-11-30', asOf)).toBe(days);
    expect(agingBucket('2026-11-30', asOf)).toBe(bucket);
  });

  it('counts an instant by its date in Asia/Tokyo', () => {
    // 2026-11-30T15:00Z is 12/1 00:00 in Tokyo: one day overdue; a second earlier it is not.
    expect(agingBucket('2026-11-30', new Date('2026-11-30T15:00:00Z'))).toBe('1-30');
    expect(agingBucket('2026-11-30', new Date('2026-11-30T14:59:59Z'))).toBe('CURRENT');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => agingBucket('2026-11-31', '2026-12-01')).toThrow(RangeError);
  });
});

describe('invoice status', () => {
  const invoice = (over: Partial<Receivable>): Receivable => ({
    total: 16_500,
    paid: 0,
    dueDate: '2026-11-30',
    voided: false,
    ...over,
  });
  const before = '2026-11-15';
  const onDue = '2026-11-30';
  const after = '2026-12-01';

  it.each([
    // [paid, voided, as of, status]
    [0, false, before, 'ISSUED'],
    [0, false, onDue, 'ISSUED'],
    [0, false, after, 'OVERDUE'],
    [10_000, false, before, 'PARTIALLY_PAID'],
    [10_000, false, onDue, 'PARTIALLY_PAID'],
    // Still owed after the due date: overdue beats partially paid.
    [10_000, false, after, 'OVERDUE'],
    [16_500, false, before, 'PAID'],
    // Paid beats overdue: a late full payment is paid.
    [16_500, false, after, 'PAID'],
    [17_000, false, after, 'PAID'],
    // Void beats everything.
    [0, true, after, 'VOID'],
    [16_500, true, before, 'VOID'],
  ] as const)('paid %i, voided %s, as of %s: %s', (paid, voided, asOf, status) => {
    expect(invoiceStatus(invoice({ paid, voided }), asOf)).toBe(status);
  });

  it('counts an invoice with nothing to pay as paid', () => {
    expect(invoiceStatus(invoice({ total: 0 }), after)).toBe('PAID');
    expect(invoiceStatus(invoice({ total: -3_000 }), after)).toBe('PAID');
  });

  it('refuses negative or fractional payments', () => {
    expect(() => invoiceStatus(invoice({ paid: -1 }), before)).toThrow(RangeError);
    expect(() => invoiceStatus(invoice({ paid: 0.5 }), before)).toThrow(RangeError);
  });

  it('reports the balance due and the credit to carry', () => {
    // 16,500 − 10,000 = 6,500 owed
    expect(balanceDue(invoice({ paid: 10_000 }))).toBe(6_500);
    expect(creditToCarry(invoice({ paid: 10_000 }))).toBe(0);
    // 17,000 − 16,500 = 500 overpaid
    expect(balanceDue(invoice({ paid: 17_000 }))).toBe(0);
    expect(creditToCarry(invoice({ paid: 17_000 }))).toBe(500);
    // A voided invoice owes nothing; all that was paid is the client's.
    expect(balanceDue(invoice({ paid: 16_500, voided: true }))).toBe(0);
    expect(creditToCarry(invoice({ paid: 16_500, voided: true }))).toBe(16_500);
    // A credit-only invoice of −3,000: Dengon owes 3,000.
    expect(balanceDue(invoice({ total: -3_000 }))).toBe(0);
    expect(creditToCarry(invoice({ total: -3_000 }))).toBe(3_000);
  });
});

describe('carried credit', () => {
  it('is a negative line outside consumption tax', () => {
    expect(carriedCreditLine(500)).toEqual({
      kind: 'CARRIED_CREDIT',
      description: '前回までのお支払い超過分（繰越）',
      quantity: 1,
      unitPrice: -500,
      amount: -500,
      taxRate: 0,
      period: null,
    });
    expect(() => carriedCreditLine(0)).toThrow(RangeError);
    expect(() => carriedCreditLine(-5)).toThrow(RangeError);
  });

  it('lowers the amount to pay but not the tax of the next invoice', () => {
    const plan: InvoiceLine = {
      kind: 'PLAN',
      description: 'スタンダードプラン 月額基本料（2026年12月分）',
      quantity: 1,
      unitPrice: 15_000,
      amount: 15_000,
      taxRate: 10,
      period: { from: '2026-12-01', to: '2026-12-31' },
    };
    // 10%: 15,000 + 1,500 = 16,500; carried −500 at 0%; to pay 16,000, tax still 1,500
    expect(invoiceTotals([plan, carriedCreditLine(500)], 'FLOOR')).toEqual({
      byRate: [
        { taxRate: 10, subtotal: 15_000, tax: 1_500, total: 16_500 },
        { taxRate: 0, subtotal: -500, tax: 0, total: -500 },
      ],
      subtotal: 14_500,
      tax: 1_500,
      total: 16_000,
    });
  });
});
