import type { PriceOverridesInput } from '../gql/graphql';

export const PRICE_OVERRIDE_FIELDS = ['monthlyFee', 'includedCalls', 'overagePerCall'] as const;
export type PriceOverrideField = (typeof PRICE_OVERRIDE_FIELDS)[number];

/** As typed: '' leaves that term at the catalogue's price. */
export type PriceOverridesValue = Record<PriceOverrideField, number | ''>;

export const noOverrides: PriceOverridesValue = {
  monthlyFee: '',
  includedCalls: '',
  overagePerCall: '',
};

/** The API input: null when nothing is overridden, so the term follows the catalogue. */
export function overridesInput(value: PriceOverridesValue): PriceOverridesInput | null {
  if (PRICE_OVERRIDE_FIELDS.every((field) => value[field] === '')) return null;
  const orNull = (amount: number | '') => (amount === '' ? null : amount);
  return {
    monthlyFee: orNull(value.monthlyFee),
    includedCalls: orNull(value.includedCalls),
    overagePerCall: orNull(value.overagePerCall),
  };
}
