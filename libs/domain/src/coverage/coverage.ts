/**
 * Coverage hours: when the answering service takes a client's calls. Windows
 * are weekly wall-clock times in Asia/Tokyo. A window belongs to the date it
 * starts on, and only that date decides what a national holiday does to it.
 */
import { TZDate } from '@date-fns/tz';
import { type FieldProblem, fieldProblem } from '../text/field-rules';
import { japaneseHoliday } from './holidays';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * A weekly window in Asia/Tokyo. `start`/`end` are 'HH:MM' (00:00–23:59, end
 * may also be '24:00'). An end at or before the start (other than '24:00')
 * is on the next day. start === end is an empty window (invalid).
 */
export interface CoverageWindow {
  weekday: IsoWeekday;
  start: string;
  end: string;
}

/**
 * AS_USUAL = the weekday's windows apply; CLOSED = no window that starts on a
 * holiday applies; SUNDAY_HOURS = on a holiday the Sunday windows apply.
 */
export type HolidayRule = 'AS_USUAL' | 'CLOSED' | 'SUNDAY_HOURS';
export const HOLIDAY_RULES: readonly HolidayRule[] = ['AS_USUAL', 'CLOSED', 'SUNDAY_HOURS'];

export interface Coverage {
  windows: readonly CoverageWindow[];
  holidayRule: HolidayRule;
}

const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** 24 hours, 365 days: seven 00:00–24:00 windows, holidays as usual. */
export const ALWAYS_COVERED: Coverage = {
  windows: WEEKDAYS.map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  holidayRule: 'AS_USUAL',
};

/** `field` is e.g. 'windows[2].end', or 'windows' for the list as a whole. */
export type CoverageProblem = FieldProblem;

const TOKYO = 'Asia/Tokyo';
const DAY = 24 * 60;
const WEEK = 7 * DAY;
const DAY_NAMES = '月火水木金土日';

const dayName = (weekday: IsoWeekday): string => DAY_NAMES.charAt(weekday - 1);

/** Minutes after midnight, or null when not two-digit 'HH:MM'. */
function minutes(time: string, isEnd: boolean): number | null {
  if (isEnd && time === '24:00') return DAY;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Start and length in minutes from the start date's midnight; null when invalid. */
function span(window: CoverageWindow): { from: number; length: number } | null {
  const from = minutes(window.start, false);
  const to = minutes(window.end, true);
  if (from === null || to === null || from === to) return null;
  return { from, length: to > from ? to - from : to + DAY - from };
}

/** All problems, empty when valid. Overlaps are checked on the cyclic week. */
export function validateCoverage(coverage: Coverage): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  if (coverage.windows.length === 0) {
    problems.push(fieldProblem('windows', 'arrayMinSize', { n: 1 }));
  }
  // The type says so, but a coverage may come from JSON.
  if (!HOLIDAY_RULES.includes(coverage.holidayRule)) {
    problems.push(fieldProblem('holidayRule', 'isIn', { values: HOLIDAY_RULES }));
  }
  const placed: {
    window: string;
    day: string;
    start: string;
    end: string;
    from: number;
    to: number;
  }[] = [];
  coverage.windows.forEach((window, index) => {
    const field = `windows[${index}]`;
    const found = problems.length;
    if (!WEEKDAYS.includes(window.weekday)) {
      problems.push(fieldProblem(`${field}.weekday`, 'isWeekday'));
    }
    const from = minutes(window.start, false);
    const to = minutes(window.end, true);
    if (from === null) {
      problems.push(fieldProblem(`${field}.start`, 'isTimeOfDay'));
    }
    if (to === null) {
      problems.push(fieldProblem(`${field}.end`, 'isEndTime'));
    }
    if (from !== null && from === to) {
      problems.push(fieldProblem(`${field}.end`, 'emptyTimeRange'));
    }
    const own = span(window);
    // A broken window has no place on the week to overlap with.
    if (problems.length > found || !own) return;
    const at = (window.weekday - 1) * DAY + own.from;
    for (const other of placed) {
      // Shifting by a week either way catches Sunday → Monday wrap-around.
      const overlaps = [-WEEK, 0, WEEK].some(
        (shift) => Math.max(at, other.from + shift) < Math.min(at + own.length, other.to + shift),
      );
      if (overlaps) {
        const { window: otherWindow, day, start, end } = other;
        problems.push(fieldProblem(field, 'overlaps', { window: otherWindow, day, start, end }));
      }
    }
    placed.push({
      window: field,
      day: dayName(window.weekday),
      start: window.start,
      end: window.end,
      from: at,
      to: at + own.length,
    });
  });
  return problems;
}

/** 'YYYY-MM-DD' of the instant in Asia/Tokyo. */
export function tokyoDate(instant: Date): string {
  return isoDay(new TZDate(instant, TOKYO));
}

const isoDay = (d: TZDate): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const isJapaneseHoliday = (isoDate: string): boolean => japaneseHoliday(isoDate) !== null;

/**
 * The [start, end) instants (ms) of the windows that start on a Tokyo date.
 * Asia/Tokyo keeps no daylight saving, so minutes add to midnight linearly.
 */
function windowsStartingOn(
  coverage: Coverage,
  midnight: TZDate,
  isHoliday: (isoDate: string) => boolean,
): [number, number][] {
  let weekday = (midnight.getDay() || 7) as IsoWeekday;
  if (isHoliday(isoDay(midnight))) {
    if (coverage.holidayRule === 'CLOSED') return [];
    if (coverage.holidayRule === 'SUNDAY_HOURS') weekday = 7;
  }
  const base = midnight.getTime();
  return coverage.windows.flatMap((window): [number, number][] => {
    const own = window.weekday === weekday ? span(window) : null;
    return own ? [[base + own.from * 60_000, base + (own.from + own.length) * 60_000]] : [];
  });
}

/**
 * Is the instant covered? `until` is when the covering window ends;
 * `nextStart` is the next window start within 8 days when not covered.
 * Invalid windows are ignored: validate before saving. This runs on every
 * incoming call, so it looks at yesterday and today first and walks ahead
 * only when uncovered, stopping at the first day with a later start.
 */
export function coverageAt(
  coverage: Coverage,
  instant: Date,
  isHoliday: (isoDate: string) => boolean = isJapaneseHoliday,
): { covered: boolean; until?: Date; nextStart?: Date } {
  const now = instant.getTime();
  const today = new TZDate(instant, TOKYO);
  const day = (offset: number) =>
    windowsStartingOn(
      coverage,
      new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + offset, TOKYO),
      isHoliday,
    );
  // Yesterday's windows may run past midnight.
  const recent = [...day(-1), ...day(0)];
  const covering = recent.filter(([start, end]) => start <= now && now < end);
  if (covering.length)
    return { covered: true, until: new Date(Math.max(...covering.map(([, end]) => end))) };
  // A week and a day ahead finds the next start even when a holiday closes this week's only window.
  for (let offset = 0; offset <= 8; offset++) {
    const starts = (offset === 0 ? recent : day(offset))
      .map(([start]) => start)
      .filter((start) => start > now);
    if (starts.length) return { covered: false, nextStart: new Date(Math.min(...starts)) };
  }
  return { covered: false };
}

const showWindow = ({ start, end }: CoverageWindow): string =>
  end !== '24:00' && end <= start ? `${start}〜翌${end}` : `${start}〜${end}`;

const HOLIDAY_SUFFIX: Record<HolidayRule, string | null> = {
  AS_USUAL: null,
  CLOSED: '祝日休み',
  SUNDAY_HOURS: '祝日は日曜と同じ',
};

/**
 * A short Japanese summary for the operator's screen, e.g.
 * '月〜金 09:00〜18:00、土 10:00〜15:00、祝日休み'. Days without windows are
 * left out; holidays as usual add nothing.
 */
export function describeCoverage(coverage: Coverage): string {
  const hours = WEEKDAYS.map((weekday) =>
    coverage.windows
      .filter((window) => window.weekday === weekday)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map(showWindow)
      .join('・'),
  );
  if (hours.every((h) => h === '00:00〜24:00') && coverage.holidayRule !== 'CLOSED') {
    return '24時間365日';
  }
  const parts: string[] = [];
  let first = 0;
  hours.forEach((h, i) => {
    if (hours[i + 1] === h) return;
    const days =
      i === first ? DAY_NAMES.charAt(i) : `${DAY_NAMES.charAt(first)}〜${DAY_NAMES.charAt(i)}`;
    if (h) parts.push(`${days} ${h}`);
    first = i + 1;
  });
  const suffix = HOLIDAY_SUFFIX[coverage.holidayRule];
  if (suffix) parts.push(suffix);
  return parts.join('、');
}

/** The hour (0–23) of the instant in Asia/Tokyo. */
export function tokyoHour(instant: Date): number {
  return new TZDate(instant, TOKYO).getHours();
}
