/**
 * Money is integer yen. Prices in the seeds are tax-included; Dengon stores
 * them tax-excluded, converted with integer arithmetic only, because
 * floating point gets 8,250 / 1.1 wrong (7,499).
 */
export const STANDARD_TAX_RATE_PERCENT = 10;

export function isYen(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** The tax-excluded price of a tax-included one, rounded down when it does not divide exactly. */
export function taxExcluded(taxIncluded: number, ratePercent = STANDARD_TAX_RATE_PERCENT): number {
  if (!isYen(taxIncluded)) throw new RangeError(`not an amount of yen: ${taxIncluded}`);
  return Math.floor((taxIncluded * 100) / (100 + ratePercent));
}
