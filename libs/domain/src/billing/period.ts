/**
 * Billing months and their dates. Business dates are 'YYYY-MM-DD' strings in
 * Asia/Tokyo and months are 'YYYY-MM': string comparison orders them, and no
 * server time zone can move a day. Day counts use Date.UTC, which has no
 * daylight saving, so they are exact integers.
 */
import { tokyoDate } from '../coverage/coverage';
import { type FieldProblem, type FieldRefusal, fieldProblem, refusal } from '../text/field-rules';

/** 'YYYY-MM', a month in Asia/Tokyo. */
export type BillingMonth = string;

/** Both ends included, 'YYYY-MM-DD'. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * When a contract is invoiced: data on the contract, not constants. Only
 * advance billing exists today (the fee for month M on the invoice issued at
 * the start of M); the literal type makes another mode a deliberate change.
 */
export interface BillingTerms {
  advanceBilling: true;
  /** DAILY: a partial month costs fee × days / days in month; NONE: any day costs the whole month. */
  prorate: 'DAILY' | 'NONE';
  due: DueRule;
}

/** When payment is due, counted from the issue date (Asia/Tokyo). */
export type DueRule =
  | { kind: 'END_OF_ISSUE_MONTH' }
  | { kind: 'END_OF_NEXT_MONTH' }
  | { kind: 'DAYS_AFTER_ISSUE'; days: number };

/** The DOMAIN.md default: issued at the start of the month, due at its end, prorated daily. */
export const DEFAULT_BILLING_TERMS: BillingTerms = {
  advanceBilling: true,
  prorate: 'DAILY',
  due: { kind: 'END_OF_ISSUE_MONTH' },
};

/** Longest DAYS_AFTER_ISSUE accepted: a typo of 300 should not pass silently. */
export const MAX_PAYMENT_TERM_DAYS = 120;

const DAY_MS = 86_400_000;

export function isBillingMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return !!match && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** A real calendar date written 'YYYY-MM-DD' ('2026-02-30' is not). */
export function isIsoDateString(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = `${match[1]}-${match[2]}`;
  const day = Number(match[3]);
  return isBillingMonth(month) && day >= 1 && day <= daysInMonth(month);
}

function parts(month: BillingMonth): [number, number] {
  if (!isBillingMonth(month)) throw new RangeError(`not a month 'YYYY-MM': ${month}`);
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date. */
function dayNumber(isoDate: string): number {
  if (!isIsoDateString(isoDate)) throw new RangeError(`not a date 'YYYY-MM-DD': ${isoDate}`);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function daysInMonth(month: BillingMonth): number {
  const [y, m] = parts(month);
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function firstDayOfMonth(month: BillingMonth): string {
  parts(month);
  return `${month}-01`;
}

export function lastDayOfMonth(month: BillingMonth): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

export function monthRange(month: BillingMonth): DateRange {
  return { from: firstDayOfMonth(month), to: lastDayOfMonth(month) };
}

/** The month a 'YYYY-MM-DD' date falls in. */
export function monthOfDate(isoDate: string): BillingMonth {
  dayNumber(isoDate);
  return isoDate.slice(0, 7);
}

/** The billing month of an instant, in Asia/Tokyo: 2026-10-31T15:00Z is already November. */
export function billingMonthOf(instant: Date): BillingMonth {
  return tokyoDate(instant).slice(0, 7);
}

/** The month `count` months later (earlier when negative). */
export function shiftBillingMonth(month: BillingMonth, count: number): BillingMonth {
  if (!Number.isInteger(count)) throw new RangeError(`not a whole number of months: ${count}`);
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The label printed as the transaction period of a monthly invoice: '2026年11月分'. */
export function monthLabel(month: BillingMonth): string {
  const [y, m] = parts(month);
  return `${y}年${m}月分`;
}

/** A short range for line descriptions: '11/15〜11/30'. */
export function rangeLabel(range: DateRange): string {
  const short = (d: string) => `${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))}`;
  return `${short(range.from)}〜${short(range.to)}`;
}

export function addDaysToDate(isoDate: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** Days from `from` to `to`: 0 on the same day, negative when `to` is earlier. */
export function daysFromTo(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Days in a range, both ends counted: 11/15〜11/30 is 16. */
export function daysInRange(range: DateRange): number {
  return daysFromTo(range.from, range.to) + 1;
}

/**
 * The part of a month during which something running from `start` to `end`
 * (both included; null = open-ended) is active, or null when it is not.
 */
export function activeRangeInMonth(
  month: BillingMonth,
  start: string,
  end: string | null,
): DateRange | null {
  const { from, to } = monthRange(month);
  dayNumber(start);
  if (end !== null) dayNumber(end);
  const a = start > from ? start : from;
  const b = end !== null && end < to ? end : to;
  return a <= b ? { from: a, to: b } : null;
}

/**
 * amount × daysUsed / daysInMonth, rounded down to whole yen. Integer
 * arithmetic only: a float factor (16/30 = 0.5333…) loses yen.
 */
export function prorate(amount: number, daysUsed: number, monthDays: number): number {
  if (!Number.isSafeInteger(amount) || amount < 0)
    throw new RangeError(`not an amount of yen: ${amount}`);
  if (!Number.isInteger(monthDays) || monthDays < 28 || monthDays > 31)
    throw new RangeError(`not a month length: ${monthDays}`);
  if (!Number.isInteger(daysUsed) || daysUsed < 0 || daysUsed > monthDays)
    throw new RangeError(`days used must be 0–${monthDays}: ${daysUsed}`);
  const scaled = amount * daysUsed;
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`amount too large: ${amount}`);
  return (scaled - (scaled % monthDays)) / monthDays;
}

/** The due date of an invoice issued on `issueDate` ('YYYY-MM-DD', Asia/Tokyo). */
export function dueDate(issueDate: string, rule: DueRule): string {
  const month = monthOfDate(issueDate);
  switch (rule.kind) {
    case 'END_OF_ISSUE_MONTH':
      return lastDayOfMonth(month);
    case 'END_OF_NEXT_MONTH':
      return lastDayOfMonth(shiftBillingMonth(month, 1));
    case 'DAYS_AFTER_ISSUE': {
      const problem = dueRuleProblem(rule);
      if (problem) throw new RangeError(problem.message);
      return addDaysToDate(issueDate, rule.days);
    }
  }
}

function dueRuleProblem(rule: DueRule): FieldRefusal | null {
  if (rule.kind !== 'DAYS_AFTER_ISSUE') return null;
  return Number.isInteger(rule.days) && rule.days >= 1 && rule.days <= MAX_PAYMENT_TERM_DAYS
    ? null
    : refusal('paymentTermDays', { max: MAX_PAYMENT_TERM_DAYS });
}

export type BillingTermsProblem = FieldProblem;

/** All problems of a contract's billing terms (they may come from JSON), empty when valid. */
export function billingTermsProblems(terms: BillingTerms): BillingTermsProblem[] {
  const problems: BillingTermsProblem[] = [];
  if (terms.advanceBilling !== true)
    problems.push(fieldProblem('advanceBilling', 'advanceBillingOnly'));
  if (terms.prorate !== 'DAILY' && terms.prorate !== 'NONE')
    problems.push(fieldProblem('prorate', 'isIn', { values: ['DAILY', 'NONE'] }));
  const kinds = ['END_OF_ISSUE_MONTH', 'END_OF_NEXT_MONTH', 'DAYS_AFTER_ISSUE'];
  if (!terms.due || !kinds.includes(terms.due.kind)) {
    problems.push(fieldProblem('due.kind', 'isIn', { values: kinds }));
  } else {
    const problem = dueRuleProblem(terms.due);
    if (problem) problems.push({ field: 'due.days', ...problem });
  }
  return problems;
}
