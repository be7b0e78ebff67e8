import { type FieldRefusal, refusal } from '../text/field-rules';

/**
 * What a plan allows, and which price applies to a billing period. The plan
 * catalogue itself is data (seeded by a migration, edited by back office);
 * these are the rules read off it.
 */
export interface PlanFeatures {
  /** Enabled FAQ items allowed; null = unlimited. */
  faqLimit: number | null;
  extraFieldsAllowed: boolean;
  dispatchIncluded: boolean;
  emailHandling: boolean;
}

/** One price version, applying to periods that start on or after `effectiveFrom` ('YYYY-MM-DD'). */
export interface PlanPrice {
  effectiveFrom: string;
  monthlyFee: number;
  includedCalls: number;
  overagePerCall: number;
  /**
   * Mails and faxes handled in the month without charge, and the price of each
   * one over, where the plan bills mail apart (overagePerMail > 0); otherwise
   * (absent or 0) a handled mail counts as a call.
   */
  includedMails?: number;
  overagePerMail?: number;
}

/** Whether a price bills handled mail apart from calls. */
export const billsMailApart = (price: Pick<PlanPrice, 'overagePerMail'>): boolean =>
  (price.overagePerMail ?? 0) > 0;

/** The version in force for a period starting on `periodStart`; null before the first version. */
export function priceFor<T extends PlanPrice>(
  versions: readonly T[],
  periodStart: string,
): T | null {
  let found: T | null = null;
  for (const v of versions) {
    if (v.effectiveFrom <= periodStart && (!found || v.effectiveFrom > found.effectiveFrom))
      found = v;
  }
  return found;
}

/** A contract's own terms override the catalogue price field by field ("~" in the price list means "from"). */
export interface PriceOverrides {
  monthlyFee?: number | null;
  includedCalls?: number | null;
  overagePerCall?: number | null;
}

export function effectivePrice(
  price: PlanPrice,
  overrides: PriceOverrides,
): Omit<PlanPrice, 'effectiveFrom'> {
  return {
    monthlyFee: overrides.monthlyFee ?? price.monthlyFee,
    includedCalls: overrides.includedCalls ?? price.includedCalls,
    overagePerCall: overrides.overagePerCall ?? price.overagePerCall,
    includedMails: price.includedMails ?? 0,
    overagePerMail: price.overagePerMail ?? 0,
  };
}

/** Why enabling one more FAQ item is refused, or null when the plan allows it. */
export function faqLimitViolation(
  planName: string,
  features: PlanFeatures,
  enabledAfter: number,
): FieldRefusal | null {
  if (features.faqLimit === null || enabledAfter <= features.faqLimit) return null;
  return features.faqLimit === 0
    ? refusal('faqNotInPlan', { plan: planName })
    : refusal('faqLimit', { plan: planName, limit: features.faqLimit });
}
