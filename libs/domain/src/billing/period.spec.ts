import {
  DEFAULT_BILLING_TERMS,
  activeRangeInMonth,
  addDaysToDate,
  billingMonthOf,
  billingTermsProblems,
  daysFromTo,
  daysInMonth,
  daysInRange,
  dueDate,
  firstDayOfMonth,
  isBillingMonth,
  isIsoDateString,
  lastDayOfMonth,
  monthLabel,
  monthOfDate,
  prorate,
  rangeLabel,
  shiftBillingMonth,
  type BillingTerms,
} from './period';

describe('billing months', () => {
  it.each([
    ['2026-02', '2026-02-01', '2026-02-28', 28],
    ['2028-02', '2028-02-01', '2028-02-29', 29],
    ['2100-02', '2100-02-01', '2100-02-28', 28],
    ['2026-11', '2026-11-01', '2026-11-30', 30],
    ['2026-12', '2026-12-01', '2026-12-31', 31],
  ])('%s runs from %s to %s, %i days', (month, first, last, days) => {
    expect(firstDayOfMonth(month)).toBe(first);
    expect(lastDayOfMonth(month)).toBe(last);
    expect(daysInMonth(month)).toBe(days);
  });

  it('labels the month as printed on the invoice', () => {
    expect(monthLabel('2026-11')).toBe('2026年11月分');
    expect(monthLabel('2027-01')).toBe('2027年1月分');
  });

  it.each([
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-11', 0, '2026-11'],
    ['2026-03', -14, '2025-01'],
    ['2026-03', 24, '2028-03'],
  ])('%s shifted by %i is %s', (month, count, shifted) => {
    expect(shiftBillingMonth(month, count)).toBe(shifted);
  });

  it('validates months and dates', () => {
    expect(isBillingMonth('2026-11')).toBe(true);
    expect(isBillingMonth('2026-13')).toBe(false);
    expect(isBillingMonth('2026-00')).toBe(false);
    expect(isBillingMonth('2026-1')).toBe(false);
    expect(isIsoDateString('2028-02-29')).toBe(true);
    expect(isIsoDateString('2026-02-29')).toBe(false);
    expect(isIsoDateString('2026-11-31')).toBe(false);
    expect(isIsoDateString('2026-11-1')).toBe(false);
    expect(() => daysInMonth('2026-13')).toThrow(RangeError);
    expect(() => monthOfDate('2026-02-30')).toThrow(RangeError);
    expect(() => shiftBillingMonth('2026-11', 0.5)).toThrow(RangeError);
    expect(() => addDaysToDate('2026-11-01', 1.5)).toThrow(RangeError);
  });

  it('takes the month of an instant in Asia/Tokyo, not UTC', () => {
    // 15:00Z is midnight in Tokyo (UTC+9, no daylight saving).
    expect(billingMonthOf(new Date('2026-10-31T15:00:00Z'))).toBe('2026-11');
    expect(billingMonthOf(new Date('2026-10-31T14:59:59.999Z'))).toBe('2026-10');
    expect(billingMonthOf(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01');
  });
});

describe('days', () => {
  it('counts calendar days across months, years and leap days', () => {
    expect(daysFromTo('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysFromTo('2026-12-01', '2026-11-30')).toBe(-1);
    expect(daysFromTo('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysFromTo('2026-01-01', '2027-01-01')).toBe(365);
    expect(addDaysToDate('2026-12-20', 14)).toBe('2027-01-03');
    expect(daysInRange({ from: '2026-11-15', to: '2026-11-30' })).toBe(16);
    expect(daysInRange({ from: '2026-11-15', to: '2026-11-15' })).toBe(1);
    expect(rangeLabel({ from: '2026-11-15', to: '2026-11-30' })).toBe('11/15〜11/30');
  });

  it.each([
    // [month, start, end, active range or null]
    ['2026-11', '2026-11-15', null, { from: '2026-11-15', to: '2026-11-30' }],
    ['2026-11', '2026-10-01', null, { from: '2026-11-01', to: '2026-11-30' }],
    ['2026-11', '2026-10-01', '2026-11-10', { from: '2026-11-01', to: '2026-11-10' }],
    ['2026-11', '2026-11-05', '2026-11-05', { from: '2026-11-05', to: '2026-11-05' }],
    ['2026-11', '2026-10-01', '2026-10-31', null],
    ['2026-11', '2026-12-01', null, null],
  ])('in %s, active from %s to %s is %j', (month, start, end, range) => {
    expect(activeRangeInMonth(month, start, end)).toEqual(range);
  });
});

describe('proration by days', () => {
  it.each([
    // A start on the 15th of a 30-day month: 15th–30th = 16 days.
    // 15,000 × 16 / 30 = 240,000 / 30 = 8,000
    [15_000, 16, 30, 8_000],
    // A start on the 15th of a 31-day month: 15th–31st = 17 days.
    // 15,000 × 17 / 31 = 255,000 / 31 = 8,225 r 25 → 8,225
    [15_000, 17, 31, 8_225],
    // 1,000 × 16 / 30 = 16,000 / 30 = 533 r 10 → 533
    [1_000, 16, 30, 533],
    // 1,000 × 17 / 31 = 17,000 / 31 = 548 r 12 → 548
    [1_000, 17, 31, 548],
    // 7,500 × 1 / 28 = 267 r 24 → 267
    [7_500, 1, 28, 267],
    [15_000, 30, 30, 15_000],
    [15_000, 0, 30, 0],
  ])('%i yen × %i / %i days = %i yen', (amount, used, days, expected) => {
    expect(prorate(amount, used, days)).toBe(expected);
  });

  it('is exact where a float factor loses a yen', () => {
    // 1,200 × 11 / 30 = 13,200 / 30 = 440 exactly, but 1,200 × (11 / 30) is 439.99…
    expect(Math.floor(1_200 * (11 / 30))).toBe(439);
    expect(prorate(1_200, 11, 30)).toBe(440);
  });

  it('refuses what is not yen or not a month', () => {
    expect(() => prorate(-1, 1, 30)).toThrow(RangeError);
    expect(() => prorate(100.5, 1, 30)).toThrow(RangeError);
    expect(() => prorate(100, 31, 30)).toThrow(RangeError);
    expect(() => prorate(100, 1, 27)).toThrow(RangeError);
  });
});

describe('due dates', () => {
  it.each([
    // The default: the end of the month of issue.
    ['2026-11-01', { kind: 'END_OF_ISSUE_MONTH' } as const, '2026-11-30'],
    ['2026-12-01', { kind: 'END_OF_ISSUE_MONTH' } as const, '2026-12-31'],
    ['2028-02-01', { kind: 'END_OF_ISSUE_MONTH' } as const, '2028-02-29'],
    ['2026-11-01', { kind: 'END_OF_NEXT_MONTH' } as const, '2026-12-31'],
    ['2026-12-01', { kind: 'END_OF_NEXT_MONTH' } as const, '2027-01-31'],
    ['2027-01-04', { kind: 'END_OF_NEXT_MONTH' } as const, '2027-02-28'],
    // November has 30 days: 11/01 + 30 = 12/01.
    ['2026-11-01', { kind: 'DAYS_AFTER_ISSUE', days: 30 } as const, '2026-12-01'],
    ['2026-12-20', { kind: 'DAYS_AFTER_ISSUE', days: 14 } as const, '2027-01-03'],
  ])('issued %s with %j is due %s', (issued, rule, due) => {
    expect(dueDate(issued, rule)).toBe(due);
  });

  it('refuses a payment term that is not 1–120 whole days', () => {
    expect(() => dueDate('2026-11-01', { kind: 'DAYS_AFTER_ISSUE', days: 0 })).toThrow(RangeError);
    expect(() => dueDate('2026-11-01', { kind: 'DAYS_AFTER_ISSUE', days: 121 })).toThrow(
      RangeError,
    );
    expect(() => dueDate('2026-11-01', { kind: 'DAYS_AFTER_ISSUE', days: 1.5 })).toThrow(
      RangeError,
    );
  });
});

describe('billing terms', () => {
  it('accepts the default and valid terms', () => {
    expect(billingTermsProblems(DEFAULT_BILLING_TERMS)).toEqual([]);
    expect(
      billingTermsProblems({
        advanceBilling: true,
        prorate: 'NONE',
        due: { kind: 'DAYS_AFTER_ISSUE', days: 45 },
      }),
    ).toEqual([]);
  });

  it('lists every problem of terms read from JSON', () => {
    const terms = JSON.parse(
      '{"advanceBilling":false,"prorate":"WEEKLY","due":{"kind":"DAYS_AFTER_ISSUE","days":0}}',
    ) as BillingTerms;
    expect(billingTermsProblems(terms).map((p) => p.field)).toEqual([
      'advanceBilling',
      'prorate',
      'due.days',
    ]);
    const noDue = JSON.parse('{"advanceBilling":true,"prorate":"DAILY"}') as BillingTerms;
    expect(billingTermsProblems(noDue).map((p) => p.field)).toEqual(['due.kind']);
  });
});
