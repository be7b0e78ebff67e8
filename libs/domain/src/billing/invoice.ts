/**
 * The lines and totals of a monthly invoice (請求書) and of a credit note
 * (適格返還請求書). Amounts are integer yen, tax-excluded (税抜). Consumption
 * tax is computed once per invoice per rate from the subtotal of that rate,
 * never per line (消令70の10, NTA Q&A 問57).
 *
 * The invoice issued at the start of month M bills the plan and recurring
 * options for M in advance, and the calls of M−1 over the included count in
 * arrears. Inputs are plain data mapped from the contract (plan-term
 * history, options) and the plan catalogue's price versions.
 */
import {
  type EquipmentModel,
  earlyTerminationFee,
  wholeMonthsRented,
} from '../contracts/equipment';
import { isYen, taxExcluded } from '../money/tax';
import {
  type PlanPrice,
  type PriceOverrides,
  billsMailApart,
  effectivePrice,
  priceFor,
} from '../plans/plans';
import { type FieldProblem, fieldProblem } from '../text/field-rules';
import {
  type BillingMonth,
  type BillingTerms,
  type DateRange,
  activeRangeInMonth,
  addDaysToDate,
  daysInMonth,
  daysInRange,
  monthLabel,
  monthOfDate,
  monthRange,
  prorate,
  rangeLabel,
  shiftBillingMonth,
} from './period';

/** 10 = standard, 8 = reduced (軽減税率), 0 = outside consumption tax (対象外), e.g. a carried prepayment. */
export type TaxRate = 10 | 8 | 0;
export const TAX_RATES: readonly TaxRate[] = [10, 8, 0];

export type InvoiceLineKind =
  | 'PLAN'
  | 'OPTION'
  | 'ONE_OFF'
  | 'EARLY_TERMINATION'
  | 'OVERAGE'
  | 'MAIL_OVERAGE'
  | 'ADJUSTMENT'
  | 'CREDIT'
  | 'CARRIED_CREDIT'
  | 'CATCH_UP';

/** One line. amount = quantity × unitPrice always, so a printed line adds up. */
export interface InvoiceLine {
  kind: InvoiceLineKind;
  /** Japanese, printed as is. */
  description: string;
  quantity: number;
  /** Tax-excluded yen; negative for credits. */
  unitPrice: number;
  /** Tax-excluded yen; negative for credits. */
  amount: number;
  taxRate: TaxRate;
  /** The service period the line is for; null when it has none (a carried credit). */
  period: DateRange | null;
  /** On a CATCH_UP line: the invoiced month and the kind of charge it settles (see catch-up.ts). */
  catchUpOf?: { month: BillingMonth; kind: InvoiceLineKind };
}

/** One row of the contract's plan history (ContractPlanTerm) with the plan's catalogue price versions. */
export interface PlanTermInput {
  /** Japanese plan name, e.g. 'スタンダードプラン'. */
  planName: string;
  effectiveFrom: string;
  prices: readonly PlanPrice[];
  overrides?: PriceOverrides;
}

/** A contract option (ContractOption); fees per unit, tax-excluded. */
export interface OptionInput {
  kind: 'TOLL_FREE_NUMBER' | 'EXTRA_FIELDS' | 'EQUIPMENT' | 'ONE_OFF' | 'MAIL_HANDLING';
  /** e.g. '着信課金番号 0120-444-555', 'Panasonic KX-HDV230N（レンタル）'. */
  description: string;
  quantity: number;
  /** Per unit per month; for rented equipment rent + use fee. */
  monthlyFee: number;
  /** Per unit, billed once in the month the option starts. */
  oneOffFee: number;
  startDate: string;
  /** Last day included; null = open-ended. */
  endDate: string | null;
  equipmentModel?: EquipmentModel | null;
  acquisition?: 'PURCHASE' | 'RENTAL' | null;
}

/** Calls of a month as counted; wrong, prank and not-billable calls are not charged. */
export interface CallCounts {
  total: number;
  wrong: number;
  prank: number;
  notBillable: number;
}

/** A manual charge (positive) or credit (negative) with its reason. */
export interface AdjustmentInput {
  reason: string;
  amount: number;
  /** Default 10. */
  taxRate?: TaxRate;
  /** The amount was entered tax-included: converted with taxExcluded() first (8,250 → 7,500). */
  taxIncluded?: boolean;
}

export interface InvoiceInput {
  /** M: billed in advance for M, calls of M−1 in arrears. */
  month: BillingMonth;
  terms: BillingTerms;
  contract: { startDate: string; endDate: string | null };
  /** The plan history, any order; each row runs until the next one starts. */
  planTerms: readonly PlanTermInput[];
  options: readonly OptionInput[];
  /** Calls of M−1; null when there were none to count. */
  callsLastMonth: CallCounts | null;
  /** Mails and faxes handled in M−1 (intakes of channel EMAIL or FAX); absent or null for none. */
  mailsLastMonth?: CallCounts | null;
  adjustments?: readonly AdjustmentInput[];
}

const STANDARD_RATE: TaxRate = 10;

function requireCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${what} must be a whole number ≥ 0: ${value}`);
}

function requireYen(value: number, what: string): void {
  if (!isYen(value)) throw new RangeError(`${what} is not an amount of yen: ${value}`);
}

/** 1200 → '1,200', without depending on the runtime's ICU data. */
const groupDigits = (yen: number): string => String(yen).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Billable calls: wrong, prank and not-billable ones are never charged. */
export function billableCalls(calls: CallCounts): number {
  requireCount(calls.total, 'total calls');
  requireCount(calls.wrong, 'wrong calls');
  requireCount(calls.prank, 'prank calls');
  requireCount(calls.notBillable, 'not-billable calls');
  const billable = calls.total - calls.wrong - calls.prank - calls.notBillable;
  if (billable < 0) throw new RangeError('wrong + prank + not-billable calls exceed the total');
  return billable;
}

/** A tax-included amount made tax-excluded, sign kept; rate 0 is unchanged. */
export function fromTaxIncluded(amount: number, rate: TaxRate): number {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not an amount of yen: ${amount}`);
  if (rate === 0) return amount;
  // Rounded toward zero, so a credit is the mirror of the same charge.
  return amount < 0 ? -taxExcluded(-amount, rate) : taxExcluded(amount, rate);
}

/** A part of a month under one plan term, with its effective price. */
export interface PlanSegment {
  planName: string;
  range: DateRange;
  price: Omit<PlanPrice, 'effectiveFrom'>;
}

/**
 * The plan in force on each part of a month: each term runs from its
 * effectiveFrom to the day before the next term, within the contract. The
 * catalogue price is the version in force on the segment's first day in
 * the month, then the term's overrides apply.
 */
export function planSegments(
  month: BillingMonth,
  contract: InvoiceInput['contract'],
  planTerms: readonly PlanTermInput[],
): PlanSegment[] {
  const sorted = [...planTerms].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const segments: PlanSegment[] = [];
  sorted.forEach((term, index) => {
    const next = sorted[index + 1];
    if (next && next.effectiveFrom === term.effectiveFrom)
      throw new RangeError(`two plan terms start on ${term.effectiveFrom}`);
    const start = term.effectiveFrom > contract.startDate ? term.effectiveFrom : contract.startDate;
    let end = next ? addDaysToDate(next.effectiveFrom, -1) : null;
    if (contract.endDate !== null && (end === null || contract.endDate < end))
      end = contract.endDate;
    if (end !== null && end < start) return;
    const range = activeRangeInMonth(month, start, end);
    if (!range) return;
    const version = priceFor(term.prices, range.from);
    if (!version) throw new RangeError(`${term.planName} has no price on ${range.from}`);
    const price = effectivePrice(version, term.overrides ?? {});
    requireYen(price.monthlyFee, `${term.planName} monthly fee`);
    requireCount(price.includedCalls, `${term.planName} included calls`);
    requireYen(price.overagePerCall, `${term.planName} overage per call`);
    requireCount(price.includedMails ?? 0, `${term.planName} included mails`);
    requireYen(price.overagePerMail ?? 0, `${term.planName} overage per mail`);
    segments.push({ planName: term.planName, range, price });
  });
  return segments;
}

/** Whether a range is the whole month, i.e. needs no proration. */
const isWholeMonth = (month: BillingMonth, range: DateRange): boolean =>
  daysInRange(range) === daysInMonth(month);

/** Per unit: the monthly fee, or its prorated part, floored per unit so that quantity × unit = amount. */
function recurringLine(
  kind: 'PLAN' | 'OPTION',
  title: string,
  month: BillingMonth,
  range: DateRange,
  monthlyFee: number,
  quantity: number,
  terms: BillingTerms,
): InvoiceLine {
  const whole = terms.prorate === 'NONE' || isWholeMonth(month, range);
  const unitPrice = whole
    ? monthlyFee
    : prorate(monthlyFee, daysInRange(range), daysInMonth(month));
  return {
    kind,
    description: `${title}（${whole ? monthLabel(month) : `${rangeLabel(range)} 日割`}）`,
    quantity,
    unitPrice,
    amount: unitPrice * quantity,
    taxRate: STANDARD_RATE,
    period: whole ? monthRange(month) : range,
  };
}

/**
 * The plan and recurring option fees of one month, as they stand now. With
 * prorate NONE, a month with any active day costs the whole fee, and of
 * several plans in one month only the first one is billed (a change takes
 * effect on the invoice from the next month).
 */
export function recurringLines(input: Omit<InvoiceInput, 'callsLastMonth'>): InvoiceLine[] {
  const { month, terms, contract } = input;
  const lines: InvoiceLine[] = [];
  const segments = planSegments(month, contract, input.planTerms);
  for (const segment of terms.prorate === 'NONE' ? segments.slice(0, 1) : segments) {
    lines.push(
      recurringLine(
        'PLAN',
        `${segment.planName} 月額基本料`,
        month,
        segment.range,
        segment.price.monthlyFee,
        1,
        terms,
      ),
    );
  }
  for (const option of input.options) {
    checkOption(option);
    const range = optionRangeInMonth(month, contract, option);
    if (!range || option.monthlyFee === 0) continue;
    lines.push(
      recurringLine(
        'OPTION',
        option.description,
        month,
        range,
        option.monthlyFee,
        option.quantity,
        terms,
      ),
    );
  }
  return lines;
}

function checkOption(option: OptionInput): void {
  if (!Number.isSafeInteger(option.quantity) || option.quantity < 1)
    throw new RangeError(`${option.description}: quantity must be 1 or more`);
  requireYen(option.monthlyFee, `${option.description} monthly fee`);
  requireYen(option.oneOffFee, `${option.description} one-off fee`);
  if (option.endDate !== null && option.endDate < option.startDate)
    throw new RangeError(`${option.description} ends before it starts`);
}

/** The last day an option runs: its own end, or the contract's when that is earlier. */
function optionEnd(contract: InvoiceInput['contract'], option: OptionInput): string | null {
  if (contract.endDate === null) return option.endDate;
  if (option.endDate === null) return contract.endDate;
  return option.endDate < contract.endDate ? option.endDate : contract.endDate;
}

function optionRangeInMonth(
  month: BillingMonth,
  contract: InvoiceInput['contract'],
  option: OptionInput,
): DateRange | null {
  const start = option.startDate > contract.startDate ? option.startDate : contract.startDate;
  const end = optionEnd(contract, option);
  if (end !== null && end < start) return null;
  return activeRangeInMonth(month, start, end);
}

/** What is counted against a plan's included number: calls, or mails where the plan bills them apart. */
const USAGE_UNITS = {
  CALL: {
    kind: 'OVERAGE',
    name: '超過通話',
    included: (p: PlanSegment['price']) => p.includedCalls,
    unitPrice: (p: PlanSegment['price']) => p.overagePerCall,
  },
  MAIL: {
    kind: 'MAIL_OVERAGE',
    name: '超過メール・FAX対応',
    included: (p: PlanSegment['price']) => p.includedMails ?? 0,
    unitPrice: (p: PlanSegment['price']) => p.overagePerMail ?? 0,
  },
} as const;

/**
 * Calls (or mails) of month M−1 over the included count. With daily
 * proration the included count is prorated like the fee: Σ included × days
 * / days in month over the plan segments, rounded down once. The unit price
 * is the one of the plan in force at the month's end (the last segment).
 * With prorate NONE, the month's first plan decides both, unprorated.
 */
export function overageLine(
  month: BillingMonth,
  terms: BillingTerms,
  contract: InvoiceInput['contract'],
  planTerms: readonly PlanTermInput[],
  calls: CallCounts,
  unit: keyof typeof USAGE_UNITS = 'CALL',
): InvoiceLine | null {
  const billable = billableCalls(calls);
  const all = planSegments(month, contract, planTerms);
  const segments = terms.prorate === 'NONE' ? all.slice(0, 1) : all;
  const last = segments[segments.length - 1];
  if (!last) {
    if (billable > 0) throw new RangeError(`calls billed for ${month}, when no plan was in force`);
    return null;
  }
  const { kind, name, included: includedOf, unitPrice: unitPriceOf } = USAGE_UNITS[unit];
  const monthDays = daysInMonth(month);
  const weighted = segments.reduce(
    (sum, s) =>
      sum + includedOf(s.price) * (terms.prorate === 'NONE' ? monthDays : daysInRange(s.range)),
    0,
  );
  const included = (weighted - (weighted % monthDays)) / monthDays;
  const over = billable - included;
  const unitPrice = unitPriceOf(last.price);
  if (over <= 0 || unitPrice === 0) return null;
  return {
    kind,
    description: `${name} ${over}件 × ${groupDigits(unitPrice)}円（${monthLabel(month)}）`,
    quantity: over,
    unitPrice,
    amount: over * unitPrice,
    taxRate: STANDARD_RATE,
    period: monthRange(month),
  };
}

/**
 * The usage of M−1 over what the plan includes: where the plan in force at
 * the month's end bills mail apart, mails over its included mails on a line
 * of their own; otherwise a handled mail counts as a call.
 */
function usageLines(input: InvoiceInput): InvoiceLine[] {
  const month = shiftBillingMonth(input.month, -1);
  const none: CallCounts = { total: 0, wrong: 0, prank: 0, notBillable: 0 };
  const calls = input.callsLastMonth ?? none;
  const mails = input.mailsLastMonth ?? none;
  const segments = planSegments(month, input.contract, input.planTerms);
  const decisive = input.terms.prorate === 'NONE' ? segments[0] : segments.at(-1);
  const apart = decisive !== undefined && billsMailApart(decisive.price);
  const line = (counts: CallCounts, unit: keyof typeof USAGE_UNITS) =>
    overageLine(month, input.terms, input.contract, input.planTerms, counts, unit);
  const lines = apart
    ? [line(calls, 'CALL'), line(mails, 'MAIL')]
    : [line(sumCounts(calls, mails), 'CALL')];
  return lines.filter((l): l is InvoiceLine => l !== null);
}

const sumCounts = (a: CallCounts, b: CallCounts): CallCounts => ({
  total: a.total + b.total,
  wrong: a.wrong + b.wrong,
  prank: a.prank + b.prank,
  notBillable: a.notBillable + b.notBillable,
});

/** One-off option fees (purchases, setup) on the invoice of the month the option starts. */
function oneOffLines(input: InvoiceInput): InvoiceLine[] {
  return input.options
    .filter((o) => o.oneOffFee > 0 && monthOfDate(o.startDate) === input.month)
    .map((o) => ({
      kind: 'ONE_OFF' as const,
      description: o.description,
      quantity: o.quantity,
      unitPrice: o.oneOffFee,
      amount: o.oneOffFee * o.quantity,
      taxRate: STANDARD_RATE,
      period: { from: o.startDate, to: o.startDate },
    }));
}

/**
 * A rental returned before its minimum term costs earlyTerminationFee for
 * the whole months rented (as the contracts service computes it), billed
 * on the invoice of the month the rental ends, beside its last rent.
 */
function earlyTerminationLines(input: InvoiceInput): InvoiceLine[] {
  const lines: InvoiceLine[] = [];
  for (const option of input.options) {
    if (option.acquisition !== 'RENTAL' || !option.equipmentModel) continue;
    const end = optionEnd(input.contract, option);
    if (end === null || monthOfDate(end) !== input.month) continue;
    const months = wholeMonthsRented(option.startDate, end);
    const fee = earlyTerminationFee(option.equipmentModel, months);
    if (fee === 0) continue;
    lines.push({
      kind: 'EARLY_TERMINATION',
      description: `${option.description} 中途解約金（${months}か月利用）`,
      quantity: option.quantity,
      unitPrice: fee,
      amount: fee * option.quantity,
      taxRate: STANDARD_RATE,
      period: { from: option.startDate, to: end },
    });
  }
  return lines;
}

/** A manual charge or credit; a credit is a negative line named 値引き. */
export function adjustmentLine(adjustment: AdjustmentInput, month: BillingMonth): InvoiceLine {
  const rate = adjustment.taxRate ?? STANDARD_RATE;
  if (!TAX_RATES.includes(rate)) throw new RangeError(`not a tax rate: ${rate}`);
  if (!adjustment.reason.trim()) throw new RangeError('an adjustment needs a reason');
  const amount = adjustment.taxIncluded
    ? fromTaxIncluded(adjustment.amount, rate)
    : adjustment.amount;
  if (!Number.isSafeInteger(amount) || amount === 0)
    throw new RangeError(`not a non-zero amount of yen: ${adjustment.amount}`);
  return {
    kind: amount < 0 ? 'CREDIT' : 'ADJUSTMENT',
    description: `${amount < 0 ? '値引き' : '調整'}：${adjustment.reason.trim()}`,
    quantity: 1,
    unitPrice: amount,
    amount,
    taxRate: rate,
    period: monthRange(month),
  };
}

/**
 * The draft lines of the invoice issued at the start of `input.month`, in
 * print order: plan, options, one-off fees, early termination, overage of
 * the month before, adjustments. Throws RangeError on inconsistent input
 * (the API validates before saving, so that is a bug, not a user error).
 */
export function buildInvoiceLines(input: InvoiceInput): InvoiceLine[] {
  // Fails on a malformed month or contract dates even when nothing else would look at them.
  activeRangeInMonth(input.month, input.contract.startDate, input.contract.endDate);
  const lines = [...recurringLines(input), ...oneOffLines(input), ...earlyTerminationLines(input)];
  if (input.callsLastMonth || input.mailsLastMonth) lines.push(...usageLines(input));
  for (const adjustment of input.adjustments ?? [])
    lines.push(adjustmentLine(adjustment, input.month));
  return lines;
}

/** 切捨て, 四捨五入, 切上げ: one company setting. */
export type TaxRounding = 'FLOOR' | 'HALF_UP' | 'CEIL';

/**
 * numerator / denominator rounded on the magnitude, sign kept: FLOOR drops
 * the fraction (toward zero), CEIL raises it (away from zero), HALF_UP
 * rounds halves away from zero. So the tax of a credit is exactly minus the
 * tax of the same charge. Integer arithmetic only.
 */
export function divideRounded(numerator: number, denominator: number, mode: TaxRounding): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0)
    throw new RangeError(`cannot divide ${numerator} by ${denominator}`);
  const magnitude = Math.abs(numerator);
  const remainder = magnitude % denominator;
  const down = (magnitude - remainder) / denominator;
  const up =
    mode === 'CEIL' ? remainder > 0 : mode === 'HALF_UP' ? remainder * 2 >= denominator : false;
  const result = up ? down + 1 : down;
  return numerator < 0 ? -result : result;
}

export interface RateTotal {
  taxRate: TaxRate;
  /** 税抜 */
  subtotal: number;
  /** Computed once from the subtotal. */
  tax: number;
  /** 税込 */
  total: number;
}

export interface InvoiceTotals {
  /** Rates present on the document, 10, 8, then 0. */
  byRate: RateTotal[];
  subtotal: number;
  tax: number;
  total: number;
}

/** Tax-excluded amounts per rate. */
export type RateAmounts = Partial<Record<TaxRate, number>>;

/** Totals from subtotals per rate: tax = subtotal × rate / 100, rounded once per rate. */
export function totalsFromSubtotals(subtotals: RateAmounts, rounding: TaxRounding): InvoiceTotals {
  const byRate: RateTotal[] = [];
  for (const taxRate of TAX_RATES) {
    const subtotal = subtotals[taxRate];
    if (subtotal === undefined) continue;
    if (!Number.isSafeInteger(subtotal)) throw new RangeError(`not an amount of yen: ${subtotal}`);
    const tax = divideRounded(subtotal * taxRate, 100, rounding);
    byRate.push({ taxRate, subtotal, tax, total: subtotal + tax });
  }
  return {
    byRate,
    subtotal: byRate.reduce((sum, r) => sum + r.subtotal, 0),
    tax: byRate.reduce((sum, r) => sum + r.tax, 0),
    total: byRate.reduce((sum, r) => sum + r.total, 0),
  };
}

/** Totals of an invoice's lines: summed per rate first, tax rounded once per rate, never per line. */
export function invoiceTotals(lines: readonly InvoiceLine[], rounding: TaxRounding): InvoiceTotals {
  const subtotals: RateAmounts = {};
  for (const line of lines) {
    if (!TAX_RATES.includes(line.taxRate)) throw new RangeError(`not a tax rate: ${line.taxRate}`);
    if (!Number.isSafeInteger(line.amount))
      throw new RangeError(`not an amount of yen: ${line.amount}`);
    subtotals[line.taxRate] = (subtotals[line.taxRate] ?? 0) + line.amount;
  }
  return totalsFromSubtotals(subtotals, rounding);
}

/**
 * A credit note (適格返還請求書) refunds part of one issued invoice; the
 * invoice itself is never edited. The law does not require one for a
 * tax-included refund under ¥10,000 (judged per refund, not per rate), but
 * Dengon always issues one, so that every refund is traceable.
 */
export const CREDIT_NOTE_THRESHOLD = 10_000;

/** Whether the law requires a credit note for this tax-included refund (Dengon issues one anyway). */
export function creditNoteRequired(taxIncludedRefund: number): boolean {
  return Math.abs(taxIncludedRefund) >= CREDIT_NOTE_THRESHOLD;
}

/** `field` is e.g. 'requested.10', or 'requested' for the note as a whole. */
export type CreditNoteProblem = FieldProblem;

/**
 * Why a credit note is refused, empty when it may be issued. Amounts are
 * positive tax-excluded subtotals per rate: of the original invoice, of the
 * credit notes already issued against it, and of this one. A rate may not
 * be refunded beyond what remains of it.
 */
export function creditNoteProblems(
  original: RateAmounts,
  alreadyCredited: RateAmounts,
  requested: RateAmounts,
): CreditNoteProblem[] {
  const problems: CreditNoteProblem[] = [];
  const rates = TAX_RATES.filter((rate) => requested[rate] !== undefined);
  if (rates.length === 0) problems.push(fieldProblem('requested', 'nothingToRefund'));
  for (const rate of rates) {
    const field = `requested.${rate}`;
    const amount = requested[rate] ?? 0;
    if (!Number.isSafeInteger(amount) || amount <= 0) {
      problems.push(fieldProblem(field, 'positiveYen'));
      continue;
    }
    const remaining = (original[rate] ?? 0) - (alreadyCredited[rate] ?? 0);
    if (original[rate] === undefined || (original[rate] ?? 0) <= 0) {
      problems.push(fieldProblem(field, 'nothingAtRate', { rate }));
    } else if (amount > remaining) {
      problems.push(
        fieldProblem(field, 'refundOverRemaining', { remaining: Math.max(0, remaining), rate }),
      );
    }
  }
  return problems;
}

/** A credit note's totals: positive refund amounts, tax once per rate like an invoice. */
export function creditNoteTotals(requested: RateAmounts, rounding: TaxRounding): InvoiceTotals {
  return totalsFromSubtotals(requested, rounding);
}

/**
 * 'DG-2026-000123'. The sequence is gapless per prefix and year, which only
 * the database can guarantee; six digits keep numbers sorting as text.
 */
export function formatInvoiceNumber(prefix: string, year: number, sequence: number): string {
  if (!/^[A-Z]{1,6}$/.test(prefix)) throw new RangeError(`prefix must be 1–6 capitals: ${prefix}`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999)
    throw new RangeError(`not a year: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999)
    throw new RangeError(`sequence must be 1–999999: ${sequence}`);
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}
