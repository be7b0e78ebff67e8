import type { PlanPrice } from '../plans/plans';
import {
  type InvoiceInput,
  type InvoiceLine,
  type OptionInput,
  billableCalls,
  buildInvoiceLines,
  creditNoteProblems,
  creditNoteRequired,
  creditNoteTotals,
  divideRounded,
  formatInvoiceNumber,
  fromTaxIncluded,
  invoiceTotals,
  planSegments,
} from './invoice';
import { DEFAULT_BILLING_TERMS } from './period';
import {
  STANDARD_PRICES,
  standardFrom,
  nextFrom,
  mailFrom,
  tollFree,
  panasonicRental,
} from './invoice-fixtures';

function input(overrides: Partial<InvoiceInput>): InvoiceInput {
  return {
    month: '2026-11',
    terms: DEFAULT_BILLING_TERMS,
    contract: { startDate: '2026-01-01', endDate: null },
    planTerms: [standardFrom('2026-01-01')],
    options: [],
    callsLastMonth: null,
    ...overrides,
  };
}

/** kind, description, quantity, unit price, amount: what the PDF prints. */
const printed = (lines: InvoiceLine[]) =>
  lines.map((l) => [l.kind, l.description, l.quantity, l.unitPrice, l.amount]);

describe('plan and options billed in advance', () => {
  it('bills a whole month at the monthly fee', () => {
    const lines = buildInvoiceLines(input({ options: [tollFree('2026-01-01')] }));
    expect(lines).toEqual([
      {
        kind: 'PLAN',
        description: 'スタンダードプラン 月額基本料（2026年11月分）',
        quantity: 1,
        unitPrice: 15_000,
        amount: 15_000,
        taxRate: 10,
        period: { from: '2026-11-01', to: '2026-11-30' },
      },
      {
        kind: 'OPTION',
        description: '着信課金番号 0120-444-555（2026年11月分）',
        quantity: 1,
        unitPrice: 1_000,
        amount: 1_000,
        taxRate: 10,
        period: { from: '2026-11-01', to: '2026-11-30' },
      },
    ]);
  });

  it('prorates a start on the 15th of a 30-day month: 16/30', () => {
    const lines = buildInvoiceLines(
      input({
        contract: { startDate: '2026-11-15', endDate: null },
        planTerms: [standardFrom('2026-11-15')],
        options: [tollFree('2026-11-15')],
      }),
    );
    // 11/15–11/30 = 16 days. 15,000 × 16 / 30 = 8,000; 1,000 × 16 / 30 = 533.3 → 533
    expect(printed(lines)).toEqual([
      ['PLAN', 'スタンダードプラン 月額基本料（11/15〜11/30 日割）', 1, 8_000, 8_000],
      ['OPTION', '着信課金番号 0120-444-555（11/15〜11/30 日割）', 1, 533, 533],
    ]);
    expect(lines[0]?.period).toEqual({ from: '2026-11-15', to: '2026-11-30' });
    // 8,533 × 10% = 853.3 → 853; 8,533 + 853 = 9,386
    expect(invoiceTotals(lines, 'FLOOR')).toEqual({
      byRate: [{ taxRate: 10, subtotal: 8_533, tax: 853, total: 9_386 }],
      subtotal: 8_533,
      tax: 853,
      total: 9_386,
    });
  });

  it('prorates a start on the 15th of a 31-day month: 17/31', () => {
    const lines = buildInvoiceLines(
      input({
        month: '2026-12',
        contract: { startDate: '2026-12-15', endDate: null },
        planTerms: [standardFrom('2026-12-15')],
        options: [tollFree('2026-12-15')],
      }),
    );
    // 12/15–12/31 = 17 days. 15,000 × 17 / 31 = 255,000 / 31 = 8,225 r 25 → 8,225;
    // 1,000 × 17 / 31 = 17,000 / 31 = 548 r 12 → 548
    expect(printed(lines)).toEqual([
      ['PLAN', 'スタンダードプラン 月額基本料（12/15〜12/31 日割）', 1, 8_225, 8_225],
      ['OPTION', '着信課金番号 0120-444-555（12/15〜12/31 日割）', 1, 548, 548],
    ]);
    // 8,773 × 10% = 877.3 → 877
    expect(invoiceTotals(lines, 'FLOOR').total).toBe(9_650);
  });

  it('prorates a last month ending mid-month, and bills nothing after it', () => {
    const contract = { startDate: '2026-01-01', endDate: '2026-12-10' };
    const december = buildInvoiceLines(
      input({ month: '2026-12', contract, options: [tollFree('2026-01-01')] }),
    );
    // 12/1–12/10 = 10 of 31 days. 15,000 × 10 / 31 = 150,000 / 31 = 4,838 r 22 → 4,838;
    // the open-ended option ends with the contract: 1,000 × 10 / 31 = 322 r 18 → 322
    expect(printed(december)).toEqual([
      ['PLAN', 'スタンダードプラン 月額基本料（12/1〜12/10 日割）', 1, 4_838, 4_838],
      ['OPTION', '着信課金番号 0120-444-555（12/1〜12/10 日割）', 1, 322, 322],
    ]);
    const january = buildInvoiceLines(
      input({ month: '2027-01', contract, options: [tollFree('2026-01-01')] }),
    );
    expect(january).toEqual([]);
  });

  it('splits a month at a plan change: Standard to Next from the 16th of a 30-day month', () => {
    const lines = buildInvoiceLines(
      input({ planTerms: [nextFrom('2026-11-16'), standardFrom('2026-01-01')] }),
    );
    // 15,000 × 15 / 30 = 7,500 (11/1–11/15) + 40,000 × 15 / 30 = 20,000 (11/16–11/30) = 27,500
    expect(printed(lines)).toEqual([
      ['PLAN', 'スタンダードプラン 月額基本料（11/1〜11/15 日割）', 1, 7_500, 7_500],
      ['PLAN', 'ネクストプラン 月額基本料（11/16〜11/30 日割）', 1, 20_000, 20_000],
    ]);
    expect(invoiceTotals(lines, 'FLOOR').subtotal).toBe(27_500);
  });

  it("applies each segment's own overrides", () => {
    const lines = buildInvoiceLines(
      input({
        planTerms: [
          standardFrom('2026-01-01'),
          { ...nextFrom('2026-11-16'), overrides: { monthlyFee: 36_000 } },
        ],
      }),
    );
    // 7,500 + 36,000 × 15 / 30 = 18,000
    expect(lines.map((l) => l.amount)).toEqual([7_500, 18_000]);
  });

  it('takes the catalogue price in force on the first day billed', () => {
    const prices: PlanPrice[] = [
      ...STANDARD_PRICES,
      { effectiveFrom: '2026-11-10', monthlyFee: 16_000, includedCalls: 50, overagePerCall: 150 },
    ];
    const terms = [{ ...standardFrom('2026-01-01'), prices }];
    // A version applies to periods starting on or after its date: not to November.
    expect(buildInvoiceLines(input({ planTerms: terms }))[0]?.amount).toBe(15_000);
    expect(buildInvoiceLines(input({ month: '2026-12', planTerms: terms }))[0]?.amount).toBe(
      16_000,
    );
  });

  it('with prorate NONE bills any month begun in full, and a plan change from the next month', () => {
    const terms = { ...DEFAULT_BILLING_TERMS, prorate: 'NONE' as const };
    const start = buildInvoiceLines(
      input({
        terms,
        contract: { startDate: '2026-11-15', endDate: null },
        planTerms: [standardFrom('2026-11-15')],
        options: [tollFree('2026-11-15')],
      }),
    );
    expect(printed(start)).toEqual([
      ['PLAN', 'スタンダードプラン 月額基本料（2026年11月分）', 1, 15_000, 15_000],
      ['OPTION', '着信課金番号 0120-444-555（2026年11月分）', 1, 1_000, 1_000],
    ]);
    const change = { terms, planTerms: [standardFrom('2026-01-01'), nextFrom('2026-11-16')] };
    expect(printed(buildInvoiceLines(input(change)))).toEqual([
      ['PLAN', 'スタンダードプラン 月額基本料（2026年11月分）', 1, 15_000, 15_000],
    ]);
    expect(printed(buildInvoiceLines(input({ ...change, month: '2026-12' })))).toEqual([
      ['PLAN', 'ネクストプラン 月額基本料（2026年12月分）', 1, 40_000, 40_000],
    ]);
  });

  it('prorates per unit, so that quantity × unit price is the amount', () => {
    const fields: OptionInput = {
      kind: 'EXTRA_FIELDS',
      description: '追加ヒアリング項目',
      quantity: 2,
      monthlyFee: 2_000,
      oneOffFee: 0,
      startDate: '2026-11-15',
      endDate: null,
    };
    const [line] = buildInvoiceLines(input({ planTerms: [], options: [fields] }));
    // 2,000 × 16 / 30 = 1,066 r 20 → 1,066 per unit; × 2 = 2,132 (not 4,000 × 16 / 30 = 2,133)
    expect(line).toMatchObject({ quantity: 2, unitPrice: 1_066, amount: 2_132 });
  });

  it('bills a purchase once in its first month and its use fee monthly', () => {
    const phone: OptionInput = {
      kind: 'EQUIPMENT',
      description: 'Grandstream GXP1628（買取）',
      quantity: 1,
      monthlyFee: 500,
      oneOffFee: 9_800,
      startDate: '2026-11-15',
      endDate: null,
      equipmentModel: 'GXP1628',
      acquisition: 'PURCHASE',
    };
    // 500 × 16 / 30 = 8,000 / 30 = 266 r 20 → 266
    expect(printed(buildInvoiceLines(input({ planTerms: [], options: [phone] })))).toEqual([
      ['OPTION', 'Grandstream GXP1628（買取）（11/15〜11/30 日割）', 1, 266, 266],
      ['ONE_OFF', 'Grandstream GXP1628（買取）', 1, 9_800, 9_800],
    ]);
    expect(
      printed(buildInvoiceLines(input({ month: '2026-12', planTerms: [], options: [phone] }))),
    ).toEqual([['OPTION', 'Grandstream GXP1628（買取）（2026年12月分）', 1, 500, 500]]);
  });

  it('refuses a malformed month or contract date', () => {
    expect(() => buildInvoiceLines(input({ month: '2026-13', planTerms: [] }))).toThrow(RangeError);
    expect(() =>
      buildInvoiceLines(input({ contract: { startDate: '2026-02-30', endDate: null } })),
    ).toThrow(RangeError);
  });

  it('refuses a month without a catalogue price, and two terms on one day', () => {
    const early = { ...standardFrom('2019-01-01') };
    expect(() =>
      buildInvoiceLines(
        input({
          month: '2019-06',
          contract: { startDate: '2019-01-01', endDate: null },
          planTerms: [early],
        }),
      ),
    ).toThrow(RangeError);
    expect(() =>
      buildInvoiceLines(input({ planTerms: [standardFrom('2026-01-01'), nextFrom('2026-01-01')] })),
    ).toThrow(RangeError);
  });
});

describe('early termination of rented equipment', () => {
  it('bills the Panasonic fee in the month the rental ends: 24,800 − 2,980 × 3 = 15,860', () => {
    const options = [panasonicRental('2026-08-01', '2026-10-31')];
    const lines = buildInvoiceLines(input({ month: '2026-10', options }));
    expect(printed(lines)).toEqual([
      ['PLAN', 'スタンダードプラン 月額基本料（2026年10月分）', 1, 15_000, 15_000],
      ['OPTION', 'Panasonic KX-HDV230N（レンタル）（2026年10月分）', 1, 3_480, 3_480],
      [
        'EARLY_TERMINATION',
        'Panasonic KX-HDV230N（レンタル） 中途解約金（3か月利用）',
        1,
        15_860,
        15_860,
      ],
    ]);
    expect(lines[2]?.period).toEqual({ from: '2026-08-01', to: '2026-10-31' });
    // Not before the month it ends.
    const september = buildInvoiceLines(input({ month: '2026-09', options }));
    expect(september.map((l) => l.kind)).toEqual(['PLAN', 'OPTION']);
  });

  it('prorates the last rent and charges per unit', () => {
    // 8/15–11/14 is 3 whole months; November rent 11/1–11/14: 3,480 × 14 / 30 = 1,624
    const lines = buildInvoiceLines(
      input({ planTerms: [], options: [panasonicRental('2026-08-15', '2026-11-14', 2)] }),
    );
    expect(printed(lines)).toEqual([
      ['OPTION', 'Panasonic KX-HDV230N（レンタル）（11/1〜11/14 日割）', 2, 1_624, 3_248],
      [
        'EARLY_TERMINATION',
        'Panasonic KX-HDV230N（レンタル） 中途解約金（3か月利用）',
        2,
        15_860,
        31_720,
      ],
    ]);
  });

  it('ends an open rental with the contract', () => {
    const lines = buildInvoiceLines(
      input({
        month: '2026-10',
        contract: { startDate: '2026-08-01', endDate: '2026-10-31' },
        planTerms: [standardFrom('2026-08-01')],
        options: [panasonicRental('2026-08-01', null)],
      }),
    );
    expect(lines.find((l) => l.kind === 'EARLY_TERMINATION')?.amount).toBe(15_860);
  });

  it('costs nothing once the 6-month minimum is served', () => {
    const lines = buildInvoiceLines(
      input({
        month: '2027-01',
        planTerms: [],
        options: [panasonicRental('2026-08-01', '2027-01-31')],
      }),
    );
    expect(lines.map((l) => l.kind)).toEqual(['OPTION']);
  });
});

describe('calls of the month before, billed in arrears', () => {
  it('counts neither wrong, prank nor not-billable calls', () => {
    expect(billableCalls({ total: 70, wrong: 5, prank: 3, notBillable: 2 })).toBe(60);
    expect(() => billableCalls({ total: 5, wrong: 3, prank: 2, notBillable: 1 })).toThrow(
      RangeError,
    );
    expect(() => billableCalls({ total: -1, wrong: 0, prank: 0, notBillable: 0 })).toThrow(
      RangeError,
    );
  });

  it('bills calls over the included count of M−1 on the invoice of M', () => {
    const lines = buildInvoiceLines(
      input({ callsLastMonth: { total: 70, wrong: 5, prank: 3, notBillable: 0 } }),
    );
    // October: 70 − 5 wrong − 3 prank = 62 billable; 62 − 50 included = 12 × 150 = 1,800
    expect(lines[1]).toEqual({
      kind: 'OVERAGE',
      description: '超過通話 12件 × 150円（2026年10月分）',
      quantity: 12,
      unitPrice: 150,
      amount: 1_800,
      taxRate: 10,
      period: { from: '2026-10-01', to: '2026-10-31' },
    });
  });

  it('bills nothing up to the included count', () => {
    // 55 − 5 wrong = 50 billable = 50 included
    const lines = buildInvoiceLines(
      input({ callsLastMonth: { total: 55, wrong: 5, prank: 0, notBillable: 0 } }),
    );
    expect(lines.map((l) => l.kind)).toEqual(['PLAN']);
  });

  it("uses the contract's own included count and per-call price", () => {
    const planTerms = [
      { ...standardFrom('2026-01-01'), overrides: { includedCalls: 30, overagePerCall: 100 } },
    ];
    const lines = buildInvoiceLines(
      input({ planTerms, callsLastMonth: { total: 40, wrong: 0, prank: 0, notBillable: 0 } }),
    );
    // 40 − 30 = 10 × 100 = 1,000
    expect(lines[1]?.description).toBe('超過通話 10件 × 100円（2026年10月分）');
    expect(lines[1]?.amount).toBe(1_000);
  });

  it('groups the digits of a per-call price of 1,000 yen or more', () => {
    const planTerms = [{ ...standardFrom('2026-01-01'), overrides: { overagePerCall: 1_200 } }];
    const lines = buildInvoiceLines(
      input({ planTerms, callsLastMonth: { total: 52, wrong: 0, prank: 0, notBillable: 0 } }),
    );
    // 52 − 50 = 2 × 1,200 = 2,400
    expect(printed(lines.slice(1))).toEqual([
      ['OVERAGE', '超過通話 2件 × 1,200円（2026年10月分）', 2, 1_200, 2_400],
    ]);
  });

  it('prorates the included count of a first month, rounded down', () => {
    // October 2026 from the 15th: 17 of 31 days; 50 × 17 / 31 = 850 / 31 = 27 r 13 → 27 included.
    // 40 billable − 27 = 13 × 150 = 1,950
    const lines = buildInvoiceLines(
      input({
        contract: { startDate: '2026-10-15', endDate: null },
        planTerms: [standardFrom('2026-10-15')],
        callsLastMonth: { total: 40, wrong: 0, prank: 0, notBillable: 0 },
      }),
    );
    expect(lines[1]).toMatchObject({ quantity: 13, unitPrice: 150, amount: 1_950 });
  });

  it('bills the last month of calls on the invoice after the contract ended', () => {
    // December 1–10: 50 × 10 / 31 = 500 / 31 = 16 r 4 → 16 included.
    // 30 − 2 wrong − 1 prank − 1 not billable = 26; 26 − 16 = 10 × 150 = 1,500
    const lines = buildInvoiceLines(
      input({
        month: '2027-01',
        contract: { startDate: '2026-01-01', endDate: '2026-12-10' },
        callsLastMonth: { total: 30, wrong: 2, prank: 1, notBillable: 1 },
      }),
    );
    expect(printed(lines)).toEqual([
      ['OVERAGE', '超過通話 10件 × 150円（2026年12月分）', 10, 150, 1_500],
    ]);
  });

  it('weights the included count by plan segment and bills at the last plan’s price', () => {
    const planTerms = [standardFrom('2026-01-01'), nextFrom('2026-11-16')];
    // November: (50 × 15 + 100 × 15) / 30 = 2,250 / 30 = 75 included.
    // 100 − 3 wrong − 2 prank = 95; 95 − 75 = 20 × 120 (Next) = 2,400
    const calls = { total: 100, wrong: 3, prank: 2, notBillable: 0 };
    const daily = buildInvoiceLines(input({ month: '2026-12', planTerms, callsLastMonth: calls }));
    expect(daily[1]).toMatchObject({ quantity: 20, unitPrice: 120, amount: 2_400 });
    // Prorate NONE: November was billed as Standard, so 50 included at 150: 45 × 150 = 6,750
    const none = buildInvoiceLines(
      input({
        month: '2026-12',
        terms: { ...DEFAULT_BILLING_TERMS, prorate: 'NONE' },
        planTerms,
        callsLastMonth: calls,
      }),
    );
    expect(none[1]).toMatchObject({ quantity: 45, unitPrice: 150, amount: 6_750 });
  });

  describe('mails and faxes handled', () => {
    const mails = (total: number, wrong = 0) => ({ total, wrong, prank: 0, notBillable: 0 });

    it('count as calls where the plan does not bill mail apart', () => {
      // 40 calls + 15 mails − 1 wrong = 54 billable; 54 − 50 included = 4 × 150
      const lines = buildInvoiceLines(
        input({ callsLastMonth: mails(40), mailsLastMonth: mails(15, 1) }),
      );
      expect(printed(lines.slice(1))).toEqual([
        ['OVERAGE', '超過通話 4件 × 150円（2026年10月分）', 4, 150, 600],
      ]);
    });

    it('are billed on a line of their own over the included mails where the plan bills them apart', () => {
      // 130 mails − 3 wrong = 127; 127 − 100 included = 27 × 80 = 2,160
      const lines = buildInvoiceLines(
        input({
          planTerms: [mailFrom('2026-01-01')],
          callsLastMonth: mails(0),
          mailsLastMonth: mails(130, 3),
        }),
      );
      expect(printed(lines.slice(1))).toEqual([
        ['MAIL_OVERAGE', '超過メール・FAX対応 27件 × 80円（2026年10月分）', 27, 80, 2_160],
      ]);
      expect(
        buildInvoiceLines(
          input({ planTerms: [mailFrom('2026-01-01')], mailsLastMonth: mails(100) }),
        ).map((l) => l.kind),
      ).toEqual(['PLAN']);
    });

    it('follow the plan in force at the month’s end, its included mails prorated by days', () => {
      // Standard, then the mail plan from October 17: 15 of 31 days; 100 × 15 / 31 = 48 included.
      // Calls stay calls: 60 − 50 × 16 / 31 (= 25) = 35 at the mail plan's 0 yen: no line.
      const planTerms = [standardFrom('2026-01-01'), mailFrom('2026-10-17')];
      const lines = buildInvoiceLines(
        input({ planTerms, callsLastMonth: mails(60), mailsLastMonth: mails(50) }),
      );
      expect(printed(lines.filter((l) => l.kind.endsWith('OVERAGE')))).toEqual([
        ['MAIL_OVERAGE', '超過メール・FAX対応 2件 × 80円（2026年10月分）', 2, 80, 160],
      ]);
    });
  });

  it('refuses billable calls in a month without a plan', () => {
    const first = {
      contract: { startDate: '2026-11-01', endDate: null },
      planTerms: [standardFrom('2026-11-01')],
    };
    expect(() =>
      buildInvoiceLines(
        input({ ...first, callsLastMonth: { total: 3, wrong: 0, prank: 0, notBillable: 0 } }),
      ),
    ).toThrow(RangeError);
    expect(
      buildInvoiceLines(
        input({ ...first, callsLastMonth: { total: 2, wrong: 2, prank: 0, notBillable: 0 } }),
      ).map((l) => l.kind),
    ).toEqual(['PLAN']);
  });
});

describe('adjustments', () => {
  it('adds charges and credits with their reason, tax-included ones converted first', () => {
    const lines = buildInvoiceLines(
      input({
        planTerms: [],
        adjustments: [
          { reason: '10月 システム障害による返金', amount: -3_000 },
          // 8,250 × 100 / 110 = 7,500
          { reason: 'スタートプラン 10月分（未請求）', amount: 8_250, taxIncluded: true },
          // −1,100 × 100 / 110 = −1,000
          { reason: '紹介割引', amount: -1_100, taxIncluded: true },
        ],
      }),
    );
    expect(printed(lines)).toEqual([
      ['CREDIT', '値引き：10月 システム障害による返金', 1, -3_000, -3_000],
      ['ADJUSTMENT', '調整：スタートプラン 10月分（未請求）', 1, 7_500, 7_500],
      ['CREDIT', '値引き：紹介割引', 1, -1_000, -1_000],
    ]);
    // 3,500 × 10% = 350
    expect(invoiceTotals(lines, 'FLOOR').total).toBe(3_850);
  });

  it('refuses an adjustment without a reason or amount', () => {
    expect(() => buildInvoiceLines(input({ adjustments: [{ reason: ' ', amount: 100 }] }))).toThrow(
      RangeError,
    );
    expect(() => buildInvoiceLines(input({ adjustments: [{ reason: 'x', amount: 0 }] }))).toThrow(
      RangeError,
    );
    expect(() => buildInvoiceLines(input({ adjustments: [{ reason: 'x', amount: 1.5 }] }))).toThrow(
      RangeError,
    );
  });

  it.each([
    [8_250, 10, 7_500],
    [16_500, 10, 15_000],
    // 1,000 × 100 / 110 = 909.09 → 909, toward zero both ways
    [1_000, 10, 909],
    [-1_000, 10, -909],
    [1_080, 8, 1_000],
    [500, 0, 500],
  ] as const)('%i yen tax-included at %i%% is %i yen tax-excluded', (amount, rate, expected) => {
    expect(fromTaxIncluded(amount, rate)).toBe(expected);
  });
});

describe('every line adds up', () => {
  it('has amount = quantity × unit price in whole yen', () => {
    const lines = buildInvoiceLines(
      input({
        contract: { startDate: '2026-10-15', endDate: null },
        planTerms: [standardFrom('2026-10-15'), nextFrom('2026-11-16')],
        options: [tollFree('2026-10-20'), panasonicRental('2026-10-15', '2026-11-20', 3)],
        callsLastMonth: { total: 200, wrong: 10, prank: 5, notBillable: 5 },
        adjustments: [{ reason: '値引き', amount: -777 }],
      }),
    );
    expect(lines.length).toBe(7);
    for (const line of lines) {
      expect(Number.isSafeInteger(line.amount)).toBe(true);
      expect(line.amount).toBe(line.quantity * line.unitPrice);
    }
  });
});

const line = (amount: number, taxRate: 10 | 8 | 0 = 10): InvoiceLine => ({
  kind: 'ONE_OFF',
  description: 'test',
  quantity: 1,
  unitPrice: amount,
  amount,
  taxRate,
  period: null,
});

describe('totals: tax once per invoice per rate', () => {
  it('differs from rounding each line (FLOOR)', () => {
    // Per line: 105 × 10% = 10.5 → 10, three times = 30.
    // Once: 315 × 10% = 31.5 → 31. The law requires 31.
    const lines = [line(105), line(105), line(105)];
    expect(invoiceTotals(lines, 'FLOOR')).toEqual({
      byRate: [{ taxRate: 10, subtotal: 315, tax: 31, total: 346 }],
      subtotal: 315,
      tax: 31,
      total: 346,
    });
  });

  it('differs from rounding each line (HALF_UP, CEIL)', () => {
    // HALF_UP per line: 10.5 → 11, × 3 = 33; once: 31.5 → 32
    expect(invoiceTotals([line(105), line(105), line(105)], 'HALF_UP').tax).toBe(32);
    // CEIL per line: 101 × 10% = 10.1 → 11, × 3 = 33; once: 303 → 30.3 → 31
    expect(invoiceTotals([line(101), line(101), line(101)], 'CEIL').tax).toBe(31);
  });

  it('keeps rates apart, 10 then 8 then 0', () => {
    const lines = [line(1_234, 8), line(15_000), line(-2_000, 0), line(533)];
    // 10%: 15,533 → 1,553.3 → 1,553. 8%: 1,234 → 98.72 → 98 (FLOOR) / 99 (HALF_UP, CEIL). 0%: no tax.
    expect(invoiceTotals(lines, 'FLOOR')).toEqual({
      byRate: [
        { taxRate: 10, subtotal: 15_533, tax: 1_553, total: 17_086 },
        { taxRate: 8, subtotal: 1_234, tax: 98, total: 1_332 },
        { taxRate: 0, subtotal: -2_000, tax: 0, total: -2_000 },
      ],
      subtotal: 14_767,
      tax: 1_651,
      total: 16_418,
    });
    expect(invoiceTotals(lines, 'HALF_UP').byRate[1]?.tax).toBe(99);
    expect(invoiceTotals(lines, 'CEIL').byRate[0]?.tax).toBe(1_554);
  });

  it('rounds a negative subtotal on its magnitude, mirroring the same charge', () => {
    // ±1,005 × 10% = ±100.5
    expect(invoiceTotals([line(-1_005)], 'FLOOR').tax).toBe(-100);
    expect(invoiceTotals([line(-1_005)], 'HALF_UP').tax).toBe(-101);
    expect(invoiceTotals([line(-1_005)], 'CEIL').tax).toBe(-101);
    expect(invoiceTotals([line(1_005)], 'FLOOR').tax).toBe(100);
    expect(invoiceTotals([line(1_005)], 'HALF_UP').tax).toBe(101);
    // A credit line nets off before rounding: 15,000 − 3,000 = 12,000 → 1,200
    expect(invoiceTotals([line(15_000), line(-3_000)], 'FLOOR').tax).toBe(1_200);
  });

  it('totals a tax-included entry after converting it: 8,250 → 7,500 + 750', () => {
    const lines = [line(fromTaxIncluded(8_250, 10))];
    expect(invoiceTotals(lines, 'FLOOR').byRate).toEqual([
      { taxRate: 10, subtotal: 7_500, tax: 750, total: 8_250 },
    ]);
  });

  it('totals an empty invoice as zero', () => {
    expect(invoiceTotals([], 'FLOOR')).toEqual({ byRate: [], subtotal: 0, tax: 0, total: 0 });
  });

  it.each([
    [1_045, 'FLOOR', 10],
    [1_045, 'HALF_UP', 10],
    [1_050, 'HALF_UP', 11],
    [1_049, 'HALF_UP', 10],
    [1_001, 'CEIL', 11],
    [1_000, 'CEIL', 10],
    [-1_050, 'HALF_UP', -11],
    [-1_001, 'CEIL', -11],
    [-1_099, 'FLOOR', -10],
    [0, 'CEIL', 0],
  ] as const)('%i / 100 rounded %s is %i', (numerator, mode, expected) => {
    expect(divideRounded(numerator, 100, mode)).toBe(expected);
  });
});

describe('credit notes (適格返還請求書)', () => {
  const original = { 10: 27_500 };

  it('allows a refund up to what remains of a rate', () => {
    // 27,500 − 7,500 already credited = 20,000 remain
    expect(creditNoteProblems(original, { 10: 7_500 }, { 10: 20_000 })).toEqual([]);
    expect(creditNoteProblems(original, {}, { 10: 1 })).toEqual([]);
  });

  it('refuses a refund beyond what remains', () => {
    expect(creditNoteProblems(original, { 10: 7_500 }, { 10: 20_001 })).toEqual([
      {
        field: 'requested.10',
        rule: 'refundOverRemaining',
        args: { remaining: 20_000, rate: 10 },
        message: 'at most 20000 yen remain to refund at 10%',
      },
    ]);
    expect(creditNoteProblems(original, { 10: 27_500 }, { 10: 1 })).toEqual([
      {
        field: 'requested.10',
        rule: 'refundOverRemaining',
        args: { remaining: 0, rate: 10 },
        message: 'at most 0 yen remain to refund at 10%',
      },
    ]);
  });

  it('refuses non-positive amounts, rates the invoice lacks, and an empty note', () => {
    expect(creditNoteProblems(original, {}, { 10: 0 })[0]?.field).toBe('requested.10');
    expect(creditNoteProblems(original, {}, { 10: -500 })[0]).toMatchObject({
      field: 'requested.10',
      rule: 'positiveYen',
    });
    expect(creditNoteProblems(original, {}, { 8: 100 })).toEqual([
      {
        field: 'requested.8',
        rule: 'nothingAtRate',
        args: { rate: 8 },
        message: 'the invoice has nothing at 8%',
      },
    ]);
    expect(creditNoteProblems(original, {}, {})).toEqual([
      { field: 'requested', rule: 'nothingToRefund', message: 'nothing to refund' },
    ]);
  });

  it('checks each rate on its own', () => {
    const mixed = { 10: 10_000, 8: 1_000 };
    const problems = creditNoteProblems(mixed, { 8: 600 }, { 10: 10_000, 8: 500 });
    // 10%: 10,000 of 10,000 left is fine; 8%: 1,000 − 600 = 400 < 500
    expect(problems).toEqual([
      {
        field: 'requested.8',
        rule: 'refundOverRemaining',
        args: { remaining: 400, rate: 8 },
        message: 'at most 400 yen remain to refund at 8%',
      },
    ]);
  });

  it('computes its tax once per rate like an invoice', () => {
    // 20,000 × 10% = 2,000
    expect(creditNoteTotals({ 10: 20_000 }, 'FLOOR')).toEqual({
      byRate: [{ taxRate: 10, subtotal: 20_000, tax: 2_000, total: 22_000 }],
      subtotal: 20_000,
      tax: 2_000,
      total: 22_000,
    });
    // 1,005 × 10% = 100.5 → 100; 505 × 8% = 40.4 → 40
    expect(creditNoteTotals({ 10: 1_005, 8: 505 }, 'FLOOR').tax).toBe(140);
  });

  it('is required by law from ¥10,000 tax-included (Dengon issues one anyway)', () => {
    expect(creditNoteRequired(9_999)).toBe(false);
    expect(creditNoteRequired(10_000)).toBe(true);
    expect(creditNoteRequired(22_000)).toBe(true);
  });
});

describe('invoice numbers', () => {
  it('formats prefix, year and a six-digit sequence', () => {
    expect(formatInvoiceNumber('DG', 2026, 123)).toBe('DG-2026-000123');
    expect(formatInvoiceNumber('DG', 2027, 1)).toBe('DG-2027-000001');
    expect(formatInvoiceNumber('DGC', 2026, 999_999)).toBe('DGC-2026-999999');
  });

  it.each([
    ['dg', 2026, 1],
    ['DG-', 2026, 1],
    ['DG', 26, 1],
    ['DG', 2026, 0],
    ['DG', 2026, 1_000_000],
    ['DG', 2026, 1.5],
  ])('refuses %s, %i, %i', (prefix, year, sequence) => {
    expect(() => formatInvoiceNumber(prefix, year, sequence)).toThrow(RangeError);
  });
});

describe('plan segments', () => {
  it('clamps terms to the contract and to the month', () => {
    const segments = planSegments('2026-11', { startDate: '2026-11-05', endDate: '2026-11-25' }, [
      standardFrom('2026-01-01'),
      nextFrom('2026-11-20'),
    ]);
    expect(segments.map((s) => [s.planName, s.range])).toEqual([
      ['スタンダードプラン', { from: '2026-11-05', to: '2026-11-19' }],
      ['ネクストプラン', { from: '2026-11-20', to: '2026-11-25' }],
    ]);
  });
});
