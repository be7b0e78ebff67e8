import { addDays, differenceInMonths, parseISO } from 'date-fns';

/**
 * IP phones and accessories the service sells or rents (seed 001), prices
 * tax-excluded. The Panasonic set has a 6-month minimum rental; ending earlier
 * costs its purchase price less the rent already paid.
 */
export type EquipmentModel = 'GXP1628' | 'KX_HDV230N' | 'POE_HUB' | 'FAX_ADAPTER';

export interface EquipmentTerms {
  name: string;
  purchasePrice: number;
  monthlyRent: number | null;
  monthlyUseFee: number;
  minimumRentalMonths: number;
}

export const EQUIPMENT: Record<EquipmentModel, EquipmentTerms> = {
  GXP1628: {
    name: 'Grandstream GXP1628',
    purchasePrice: 9_800,
    monthlyRent: 1_200,
    monthlyUseFee: 500,
    minimumRentalMonths: 0,
  },
  KX_HDV230N: {
    name: 'Panasonic KX-HDV230N',
    purchasePrice: 24_800,
    monthlyRent: 2_980,
    monthlyUseFee: 500,
    minimumRentalMonths: 6,
  },
  POE_HUB: {
    name: 'PoE HUB',
    purchasePrice: 8_000,
    monthlyRent: null,
    monthlyUseFee: 0,
    minimumRentalMonths: 0,
  },
  // Price not in the seed: set per contract as a one-off fee.
  FAX_ADAPTER: {
    name: 'FAXアダプター',
    purchasePrice: 0,
    monthlyRent: null,
    monthlyUseFee: 0,
    minimumRentalMonths: 0,
  },
};

/** The fee for ending a rental after `monthsPaid` months; 0 once the minimum is served. */
export function earlyTerminationFee(model: EquipmentModel, monthsPaid: number): number {
  const terms = EQUIPMENT[model];
  if (!terms.monthlyRent || monthsPaid >= terms.minimumRentalMonths) return 0;
  return Math.max(0, terms.purchasePrice - terms.monthlyRent * monthsPaid);
}

/**
 * Whole months from the first day to the last day of a rental, both
 * included: 2026-01-10 to 2026-04-09 is 3 months.
 */
export function wholeMonthsRented(firstDay: string, lastDay: string): number {
  return Math.max(0, differenceInMonths(addDays(parseISO(lastDay), 1), parseISO(firstDay)));
}
