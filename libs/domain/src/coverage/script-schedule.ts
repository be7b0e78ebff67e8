/**
 * Which of a client's scripts is in force at a moment, and why; and the
 * client's closed days (臨時休業, 年末年始休業), when calls go to the
 * out-of-hours message instead of an operator. All in Asia/Tokyo.
 */
import { TZDate } from '@date-fns/tz';
import { type FieldProblem, type FieldRefusal, fieldProblem, refusal } from '../text/field-rules';
import { isCalendarDate } from '../text/input-text';
import { japaneseHoliday } from './holidays';

/** A client's scripts: the usual one, and those for nights, days off and the year's end. */
export const SCRIPT_VARIANTS = ['DEFAULT', 'NIGHT', 'HOLIDAY', 'YEAR_END'] as const;
export type ScriptVariant = (typeof SCRIPT_VARIANTS)[number];

/** Japanese names of the variants, as screens and the call screen say them. */
export const SCRIPT_VARIANT_NAMES: Record<ScriptVariant, string> = {
  DEFAULT: '通常',
  NIGHT: '夜間',
  HOLIDAY: '休日',
  YEAR_END: '年末年始',
};

/** The night script's hours, 'HH:MM'; `until` at or before `from` is the next morning. */
export interface NightHours {
  from: string;
  until: string;
}

/** Days the client is closed, 'YYYY-MM-DD' inclusive, with the reason callers' records show. */
export interface ClosedDays {
  from: string;
  until: string;
  reason: string;
}

export interface ScriptChoice {
  variant: ScriptVariant;
  /** Which and why, for the call screen: '夜間（18:00〜翌09:00）', '休日（祝日: 勤労感謝の日）', '通常'. */
  reason: string;
  /** When the choice may change later the same Tokyo day (a night boundary); none otherwise. */
  changesAt: Date | null;
}

const TOKYO = 'Asia/Tokyo';
const WEEKEND = ['日曜日', '', '', '', '', '', '土曜日'];

const isoDay = (d: TZDate): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** 年末年始: 29 December to 3 January, the days Japanese offices close. */
export function isYearEnd(isoDate: string): boolean {
  const monthDay = isoDate.slice(5);
  return monthDay >= '12-29' || monthDay <= '01-03';
}

/** Problems of night hours, each naming its field; empty when valid. */
export function nightHoursProblems(night: NightHours): FieldProblem[] {
  const time = /^([01]\d|2[0-3]):[0-5]\d$/;
  const problems = (['from', 'until'] as const)
    .filter((key) => !time.test(night[key]))
    .map((key) => fieldProblem(`nightHours.${key}`, 'isTimeOfDay'));
  if (!problems.length && night.from === night.until)
    problems.push(fieldProblem('nightHours.until', 'emptyTimeRange'));
  return problems;
}

/** Problems of closed days, each naming its field; empty when valid. */
export function closedDaysProblems(days: readonly ClosedDays[]): FieldProblem[] {
  return days.flatMap((day, i) => {
    const at = (key: string, why: FieldRefusal) => ({ field: `closedDays[${i}].${key}`, ...why });
    const problems = [];
    const fromOk = isCalendarDate(day.from);
    if (!fromOk) problems.push(at('from', refusal('isDateOnly')));
    if (!isCalendarDate(day.until)) problems.push(at('until', refusal('isDateOnly')));
    else if (fromOk && day.until < day.from)
      problems.push(at('until', refusal('notBeforeStart', { start: day.from })));
    else if (fromOk && Date.parse(day.until) - Date.parse(day.from) > 31 * 86_400_000)
      problems.push(at('until', refusal('closesAtMost', { days: 32 })));
    if (!day.reason.trim()) problems.push(at('reason', refusal('isNotEmpty')));
    return problems;
  });
}

/** The closed days the instant falls on (Tokyo date), or null. */
export function closedOn(days: readonly ClosedDays[], instant: Date): ClosedDays | null {
  const today = isoDay(new TZDate(instant, TOKYO));
  return days.find((day) => day.from <= today && today <= day.until) ?? null;
}

/**
 * The script in force: 年末年始 first, then days off (Saturday, Sunday, a
 * national holiday), then the night hours, else the usual script. A variant
 * the client has not published is skipped, so a client with only the usual
 * script always gets it.
 */
export function scriptInForce(
  published: ReadonlySet<ScriptVariant>,
  night: NightHours | null,
  instant: Date,
  holiday: (isoDate: string) => string | null = japaneseHoliday,
): ScriptChoice {
  const tokyo = new TZDate(instant, TOKYO);
  const today = isoDay(tokyo);
  if (published.has('YEAR_END') && isYearEnd(today))
    return { variant: 'YEAR_END', reason: '年末年始（12/29〜1/3）', changesAt: null };
  if (published.has('HOLIDAY')) {
    const name = holiday(today);
    const weekend = WEEKEND[tokyo.getDay()];
    if (name) return { variant: 'HOLIDAY', reason: `休日（祝日: ${name}）`, changesAt: null };
    if (weekend) return { variant: 'HOLIDAY', reason: `休日（${weekend}）`, changesAt: null };
  }
  if (!published.has('NIGHT') || !night)
    return { variant: 'DEFAULT', reason: '通常', changesAt: null };
  const now = tokyo.getHours() * 60 + tokyo.getMinutes();
  const from = minutesOf(night.from);
  const until = minutesOf(night.until);
  const inNight = from < until ? from <= now && now < until : now >= from || now < until;
  const midnight = new TZDate(tokyo.getFullYear(), tokyo.getMonth(), tokyo.getDate(), TOKYO);
  const next = [from, until].filter((m) => m > now).sort((a, b) => a - b)[0];
  const changesAt = next === undefined ? null : new Date(midnight.getTime() + next * 60_000);
  const hours = until <= from ? `${night.from}〜翌${night.until}` : `${night.from}〜${night.until}`;
  return inNight
    ? { variant: 'NIGHT', reason: `夜間（${hours}）`, changesAt }
    : { variant: 'DEFAULT', reason: '通常', changesAt };
}
