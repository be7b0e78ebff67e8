import {
  billsMailApart,
  effectivePrice,
  faqLimitViolation,
  type PlanFeatures,
  priceFor,
} from './plans';

const v = (effectiveFrom: string, monthlyFee: number) => ({
  effectiveFrom,
  monthlyFee,
  includedCalls: 30,
  overagePerCall: 200,
});

describe('price versions', () => {
  const versions = [v('2025-04-01', 7_000), v('2026-12-01', 8_000), v('2026-04-01', 7_500)];

  it('picks the latest version that started on or before the period start', () => {
    expect(priceFor(versions, '2026-11-01')?.monthlyFee).toBe(7_500);
    expect(priceFor(versions, '2026-12-01')?.monthlyFee).toBe(8_000);
    expect(priceFor(versions, '2026-04-01')?.monthlyFee).toBe(7_500);
    expect(priceFor(versions, '2026-03-31')?.monthlyFee).toBe(7_000);
  });

  it('does not apply a change to a period that started before it', () => {
    // A change on the 15th applies from the next period, not to the one running.
    expect(priceFor([...versions, v('2026-11-15', 9_000)], '2026-11-01')?.monthlyFee).toBe(7_500);
  });

  it('has no price before the first version', () => {
    expect(priceFor(versions, '2025-03-31')).toBeNull();
  });

  it('lets a contract override each field alone', () => {
    const base = v('2026-04-01', 7_500);
    const noMail = { includedMails: 0, overagePerMail: 0 };
    expect(effectivePrice(base, {})).toEqual({
      monthlyFee: 7_500,
      includedCalls: 30,
      overagePerCall: 200,
      ...noMail,
    });
    expect(effectivePrice(base, { includedCalls: 50, monthlyFee: null })).toEqual({
      monthlyFee: 7_500,
      includedCalls: 50,
      overagePerCall: 200,
      ...noMail,
    });
  });

  it('bills mail apart only where a price sets a per-mail charge', () => {
    expect(billsMailApart({})).toBe(false);
    expect(billsMailApart({ overagePerMail: 0 })).toBe(false);
    expect(billsMailApart({ overagePerMail: 80 })).toBe(true);
    expect(
      effectivePrice({ ...v('2026-04-01', 10_000), includedMails: 100, overagePerMail: 80 }, {}),
    ).toMatchObject({ includedMails: 100, overagePerMail: 80 });
  });
});

describe('FAQ limits', () => {
  const features = (faqLimit: number | null): PlanFeatures => ({
    faqLimit,
    extraFieldsAllowed: false,
    dispatchIncluded: false,
    emailHandling: false,
  });

  it('refuses any FAQ item on a plan without FAQ', () => {
    expect(faqLimitViolation('スタートプラン', features(0), 1)).toEqual({
      rule: 'faqNotInPlan',
      args: { plan: 'スタートプラン' },
      message: 'スタートプラン does not include FAQ answering (limit 0)',
    });
  });

  it('allows the 10th and refuses the 11th on Standard', () => {
    expect(faqLimitViolation('スタンダードプラン', features(10), 10)).toBeNull();
    expect(faqLimitViolation('スタンダードプラン', features(10), 11)).toEqual({
      rule: 'faqLimit',
      args: { plan: 'スタンダードプラン', limit: 10 },
      message: 'スタンダードプラン allows at most 10 enabled FAQ items',
    });
  });

  it('never refuses on an unlimited plan', () => {
    expect(faqLimitViolation('ネクストプラン', features(null), 10_000)).toBeNull();
  });
});
