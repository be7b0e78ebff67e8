import type { CoverageWindowInput, HolidayRule } from '../gql/graphql';

export const HOLIDAY_RULES: readonly HolidayRule[] = ['CLOSED', 'AS_USUAL', 'SUNDAY_HOURS'];
/** ISO weekdays, Monday first as Japanese calendars at work read. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface CoverageValue {
  windows: CoverageWindowInput[];
  holidayRule: HolidayRule;
}

/** The two coverages most contracts start from (seed 002: business hours, or 24 hours 365 days). */
export const COVERAGE_PRESETS = {
  weekdays: {
    windows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '18:00' })),
    holidayRule: 'CLOSED',
  },
  always: {
    windows: WEEKDAYS.map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
    holidayRule: 'AS_USUAL',
  },
} as const satisfies Record<string, { windows: CoverageWindowInput[]; holidayRule: HolidayRule }>;

export function presetCoverage(name: keyof typeof COVERAGE_PRESETS): CoverageValue {
  const preset = COVERAGE_PRESETS[name];
  return { windows: preset.windows.map((w) => ({ ...w })), holidayRule: preset.holidayRule };
}

/** Only what the API takes: the query's windows carry a __typename. */
export function windowInputs(windows: readonly CoverageWindowInput[]): CoverageWindowInput[] {
  return windows.map(({ weekday, start, end }) => ({ weekday, start, end }));
}
