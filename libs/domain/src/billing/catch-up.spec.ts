import { catchUpLines } from './catch-up';
import { nextFrom, panasonicRental, standardFrom } from './invoice-fixtures';
import {
  type CallCounts,
  type InvoiceInput,
  type InvoiceLine,
  type OptionInput,
  type PlanTermInput,
  buildInvoiceLines,
} from './invoice';
import {
  type BillingMonth,
  DEFAULT_BILLING_TERMS,
  addDaysToDate,
  daysInMonth,
  firstDayOfMonth,
  shiftBillingMonth,
} from './period';

const setupFee = (startDate: string): OptionInput => ({
  kind: 'ONE_OFF',
  description: '初期設定費',
  quantity: 1,
  monthlyFee: 0,
  oneOffFee: 20_000,
  startDate,
  endDate: null,
});
const calls = (total: number, notBillable = 0): CallCounts => ({
  total,
  wrong: 0,
  prank: 0,
  notBillable,
});

function lines(month: BillingMonth, overrides: Partial<InvoiceInput> = {}): InvoiceLine[] {
  return buildInvoiceLines({
    month,
    terms: DEFAULT_BILLING_TERMS,
    contract: { startDate: '2026-07-01', endDate: null },
    planTerms: [standardFrom('2026-07-01')],
    options: [],
    callsLastMonth: null,
    ...overrides,
  });
}

const summary = (catchUps: InvoiceLine[]) =>
  catchUps.map((l) => [l.description, l.amount, l.taxRate, l.catchUpOf?.kind]);

describe('catch-up of an invoiced month', () => {
  it('has nothing to settle when the month was billed as it stands', () => {
    const october = lines('2026-10', { options: [panasonicRental('2026-07-01', null)] });
    expect(catchUpLines('2026-10', october, october)).toEqual([]);
  });

  it('settles an equipment return recorded after its month was issued', () => {
    const billed = lines('2026-10', { options: [panasonicRental('2026-07-01', null)] });
    const owed = lines('2026-10', { options: [panasonicRental('2026-07-01', '2026-10-20')] });
    // Rent for 20 of 31 days instead of the month; 3 whole months rented: 24,800 − 3 × 2,980.
    expect(summary(catchUpLines('2026-10', owed, billed))).toEqual([
      ['過請求の減額（2026年10月分）：オプション料金の差額', 2_245 - 3_480, 10, 'OPTION'],
      [
        '追加請求（2026年10月分）：Panasonic KX-HDV230N（レンタル） 中途解約金（3か月利用）',
        15_860,
        10,
        'EARLY_TERMINATION',
      ],
    ]);
  });

  it('bills a one-off fee added after its month was issued, naming the fee', () => {
    const billed = lines('2026-10');
    const owed = lines('2026-10', { options: [setupFee('2026-10-05')] });
    const [line, ...rest] = catchUpLines('2026-10', owed, billed);
    expect(rest).toEqual([]);
    expect(line).toEqual({
      kind: 'CATCH_UP',
      description: '追加請求（2026年10月分）：初期設定費',
      quantity: 1,
      unitPrice: 20_000,
      amount: 20_000,
      taxRate: 10,
      period: { from: '2026-10-05', to: '2026-10-05' },
      catchUpOf: { month: '2026-10', kind: 'ONE_OFF' },
    });
  });

  it('bills the difference of an upgrade mid-month after the month was billed in advance', () => {
    const billed = lines('2026-10');
    const owed = lines('2026-10', {
      planTerms: [standardFrom('2026-07-01'), nextFrom('2026-10-15')],
    });
    // 15,000 × 14/31 = 6,774 and 40,000 × 17/31 = 21,935, less the 15,000 billed.
    expect(summary(catchUpLines('2026-10', owed, billed))).toEqual([
      ['追加請求（2026年10月分）：月額基本料の差額', 6_774 + 21_935 - 15_000, 10, 'PLAN'],
    ]);
  });

  it('credits overage billed for calls marked not billable later', () => {
    const billed = lines('2026-11', { callsLastMonth: calls(60) });
    const owed = lines('2026-11', { callsLastMonth: calls(60, 4) });
    const [line] = catchUpLines('2026-11', owed, billed);
    expect(line).toMatchObject({
      description: '過請求の減額（2026年11月分）：超過通話料の差額',
      amount: -600,
      period: { from: '2026-10-01', to: '2026-10-31' },
    });
  });

  it('names the removed line when a charge disappears altogether', () => {
    const billed = lines('2026-11', { callsLastMonth: calls(52) });
    const owed = lines('2026-11', { callsLastMonth: calls(52, 2) });
    expect(summary(catchUpLines('2026-11', owed, billed))).toEqual([
      ['過請求の減額（2026年11月分）：超過通話 2件 × 150円（2026年10月分）', -300, 10, 'OVERAGE'],
    ]);
  });

  it('counts earlier catch-ups of the month as billed, and ignores those of other months', () => {
    const billed = lines('2026-10');
    const owed = lines('2026-10', { options: [setupFee('2026-10-05')] });
    const [first] = catchUpLines('2026-10', owed, billed);
    expect(catchUpLines('2026-10', owed, [...billed, first!])).toEqual([]);
    const otherMonth = { ...first!, catchUpOf: { month: '2026-09', kind: 'ONE_OFF' as const } };
    expect(catchUpLines('2026-10', owed, [...billed, otherMonth])).toHaveLength(1);
  });

  it('leaves adjustments, credits and carried credit alone: they are decisions, not data', () => {
    const billed = lines('2026-10', {
      adjustments: [
        { reason: '電話機の修理', amount: 5_000 },
        { reason: 'お詫び', amount: -1_000 },
      ],
    });
    billed.push({
      kind: 'CARRIED_CREDIT',
      description: '前回までのご入金の繰越',
      quantity: 1,
      unitPrice: -2_000,
      amount: -2_000,
      taxRate: 0,
      period: null,
    });
    expect(catchUpLines('2026-10', lines('2026-10'), billed)).toEqual([]);
  });

  it('keeps each tax rate apart, at the rate of the charge it settles', () => {
    const owed: InvoiceLine[] = [
      ...lines('2026-10'),
      {
        kind: 'ONE_OFF',
        description: '軽減税率の品',
        quantity: 1,
        unitPrice: 1_000,
        amount: 1_000,
        taxRate: 8,
        period: { from: '2026-10-01', to: '2026-10-01' },
      },
    ];
    expect(summary(catchUpLines('2026-10', owed, lines('2026-10')))).toEqual([
      ['追加請求（2026年10月分）：軽減税率の品', 1_000, 8, 'ONE_OFF'],
    ]);
  });
});

/** A small seeded generator (mulberry32): the same "random" year on every run. */
function generator(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
}

describe('a year of random late changes', () => {
  const START: BillingMonth = '2026-01';
  const sum = (all: readonly InvoiceLine[]) => all.reduce((total, l) => total + l.amount, 0);

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('finds every charge on the invoices (seed %i)', (seed) => {
    const random = generator(seed);
    const planTerms: PlanTermInput[] = [standardFrom('2026-01-01')];
    const options: OptionInput[] = [];
    const callsOf = new Map<BillingMonth, CallCounts>();
    const input = (month: BillingMonth): InvoiceInput => ({
      month,
      terms: DEFAULT_BILLING_TERMS,
      contract: { startDate: '2026-01-01', endDate: null },
      planTerms: [...planTerms],
      options: options.map((o) => ({ ...o })),
      callsLastMonth: callsOf.get(shiftBillingMonth(month, -1)) ?? null,
    });
    /** A day in one of the last `back` months before `month`, or in it. */
    const dayBefore = (month: BillingMonth, back: number): string => {
      const target = shiftBillingMonth(month, -random(back + 1));
      return addDaysToDate(firstDayOfMonth(target), random(daysInMonth(target)));
    };
    const issued: InvoiceLine[][] = [];
    const issuedMonths: BillingMonth[] = [];
    // Thirteen invoices: the last one, after the last change, settles everything before it.
    for (let m = 0; m < 13; m++) {
      const month = shiftBillingMonth(START, m);
      for (let change = random(4); change > 0 && m < 12; change--) {
        const kind = random(5);
        if (kind === 0) {
          options.push({ ...setupFee(dayBefore(month, 3)), description: `設定費${m}-${change}` });
        } else if (kind === 1) {
          options.push(panasonicRental(dayBefore(month, 3), null));
        } else if (kind === 2) {
          const open = options.filter((o) => o.endDate === null && o.kind === 'EQUIPMENT');
          const option = open[random(open.length)];
          if (option) {
            const end = dayBefore(month, 2);
            option.endDate = end < option.startDate ? option.startDate : end;
          }
        } else if (kind === 3) {
          const from = dayBefore(month, 2);
          if (!planTerms.some((t) => t.effectiveFrom >= from))
            planTerms.push(random(2) ? nextFrom(from) : standardFrom(from));
        } else {
          const calledIn = shiftBillingMonth(month, -1 - random(3));
          if (calledIn >= START) {
            const total = 30 + random(150);
            callsOf.set(calledIn, calls(total, random(total - 20)));
          }
        }
      }
      const lines = buildInvoiceLines(input(month));
      issuedMonths.forEach((earlier) => {
        const billed = issued.flatMap((invoice, i) =>
          issuedMonths[i] === earlier ? invoice : invoice.filter((l) => l.kind === 'CATCH_UP'),
        );
        lines.push(...catchUpLines(earlier, buildInvoiceLines(input(earlier)), billed));
      });
      issued.push(lines);
      issuedMonths.push(month);
    }
    const owedForTheYear = issuedMonths.map((month) => sum(buildInvoiceLines(input(month))));
    const lateLines = issued.flat().filter((l) => l.kind === 'CATCH_UP');
    expect(lateLines.length).toBeGreaterThan(0);
    expect(sum(issued.flat())).toBe(owedForTheYear.reduce((a, b) => a + b, 0));
    // And month by month: each month's charges are all on some invoice.
    for (const [i, month] of issuedMonths.entries()) {
      const settled = issued.flat().filter((l) => l.catchUpOf?.month === month);
      expect(sum(issued[i]!.filter((l) => l.kind !== 'CATCH_UP')) + sum(settled)).toBe(
        owedForTheYear[i],
      );
    }
  });
});
