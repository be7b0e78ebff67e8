/** Plans and options the billing specs bill, prices tax-excluded. */
import type { PlanPrice } from '../plans/plans';
import type { OptionInput, PlanTermInput } from './invoice';

// Catalogue prices (tax-excluded). Included calls and overage are this test's own.
export const STANDARD_PRICES: PlanPrice[] = [
  { effectiveFrom: '2020-01-01', monthlyFee: 15_000, includedCalls: 50, overagePerCall: 150 },
];
export const NEXT_PRICES: PlanPrice[] = [
  { effectiveFrom: '2020-01-01', monthlyFee: 40_000, includedCalls: 100, overagePerCall: 120 },
];
// メール受信・送信代行: mail billed apart, 100 included, 80 yen each over.
export const MAIL_PRICES: PlanPrice[] = [
  {
    effectiveFrom: '2020-01-01',
    monthlyFee: 10_000,
    includedCalls: 0,
    overagePerCall: 0,
    includedMails: 100,
    overagePerMail: 80,
  },
];
export const mailFrom = (effectiveFrom: string): PlanTermInput => ({
  planName: 'メール受信・送信代行プラン',
  effectiveFrom,
  prices: MAIL_PRICES,
});
export const standardFrom = (effectiveFrom: string): PlanTermInput => ({
  planName: 'スタンダードプラン',
  effectiveFrom,
  prices: STANDARD_PRICES,
});
export const nextFrom = (effectiveFrom: string): PlanTermInput => ({
  planName: 'ネクストプラン',
  effectiveFrom,
  prices: NEXT_PRICES,
});

export const tollFree = (startDate: string, endDate: string | null = null): OptionInput => ({
  kind: 'TOLL_FREE_NUMBER',
  description: '着信課金番号 0120-444-555',
  quantity: 1,
  monthlyFee: 1_000,
  oneOffFee: 0,
  startDate,
  endDate,
});

export const panasonicRental = (
  startDate: string,
  endDate: string | null,
  quantity = 1,
): OptionInput => ({
  kind: 'EQUIPMENT',
  description: 'Panasonic KX-HDV230N（レンタル）',
  quantity,
  // rent 2,980 + use 500
  monthlyFee: 3_480,
  oneOffFee: 0,
  startDate,
  endDate,
  equipmentModel: 'KX_HDV230N',
  acquisition: 'RENTAL',
});
