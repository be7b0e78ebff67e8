import { TZDate } from '@date-fns/tz';
import {
  ALWAYS_COVERED,
  type Coverage,
  type CoverageProblem,
  type CoverageWindow,
  coverageAt,
  describeCoverage,
  HOLIDAY_RULES,
  type HolidayRule,
  type IsoWeekday,
  tokyoDate,
  tokyoHour,
  validateCoverage,
} from './coverage';
import { japaneseHoliday } from './holidays';

// Expected values are written as Tokyo wall-clock times (UTC+9 all year).
const tokyo = (wallClock: string) => new Date(`${wallClock}+09:00`);
const w = (weekday: IsoWeekday, start: string, end: string): CoverageWindow => ({
  weekday,
  start,
  end,
});
const weekdays = (start: string, end: string) =>
  ([1, 2, 3, 4, 5] as const).map((day) => w(day, start, end));
const cov = (holidayRule: HolidayRule, ...windows: CoverageWindow[]): Coverage => ({
  windows,
  holidayRule,
});
const noHolidays = () => false;

// 2026-11-20 is a Friday, 2026-11-22 a Sunday, 2026-11-23 a Monday and 勤労感謝の日.
describe('coverageAt', () => {
  describe('a window across midnight (金 22:00–06:00)', () => {
    const friday = cov('AS_USUAL', w(5, '22:00', '06:00'));

    it('covers from the start, inclusive', () => {
      expect(coverageAt(friday, tokyo('2026-11-20T22:00'))).toEqual({
        covered: true,
        until: tokyo('2026-11-21T06:00'),
      });
    });

    it.each(['2026-11-20T23:30', '2026-11-21T02:00', '2026-11-21T05:59:59.999'])(
      'covers %s until Saturday 06:00',
      (at) => {
        expect(coverageAt(friday, tokyo(at))).toEqual({
          covered: true,
          until: tokyo('2026-11-21T06:00'),
        });
      },
    );

    it('stops at the end, exclusive, and next starts a week later', () => {
      expect(coverageAt(friday, tokyo('2026-11-21T06:00'))).toEqual({
        covered: false,
        nextStart: tokyo('2026-11-27T22:00'),
      });
    });

    it('is not covered just before the start', () => {
      expect(coverageAt(friday, tokyo('2026-11-20T21:59:59.999'))).toEqual({
        covered: false,
        nextStart: tokyo('2026-11-20T22:00'),
      });
    });
  });

  it('wraps from Sunday night into Monday', () => {
    const sunday = cov('AS_USUAL', w(7, '22:00', '06:00'));
    expect(coverageAt(sunday, tokyo('2026-11-15T23:00'))).toEqual({
      covered: true,
      until: tokyo('2026-11-16T06:00'),
    });
    expect(coverageAt(sunday, tokyo('2026-11-16T05:59'))).toEqual({
      covered: true,
      until: tokyo('2026-11-16T06:00'),
    });
    expect(coverageAt(sunday, tokyo('2026-11-16T06:00'))).toEqual({
      covered: false,
      nextStart: tokyo('2026-11-22T22:00'),
    });
  });

  describe('on a national holiday (2026-11-23, Monday)', () => {
    const hours = (rule: HolidayRule) =>
      cov(rule, ...weekdays('09:00', '18:00'), w(7, '10:00', '12:00'));

    it.each<[HolidayRule, string, { covered: boolean; until?: Date; nextStart?: Date }]>([
      ['AS_USUAL', '2026-11-23T10:30', { covered: true, until: tokyo('2026-11-23T18:00') }],
      ['CLOSED', '2026-11-23T10:30', { covered: false, nextStart: tokyo('2026-11-24T09:00') }],
      ['SUNDAY_HOURS', '2026-11-23T10:30', { covered: true, until: tokyo('2026-11-23T12:00') }],
      [
        'SUNDAY_HOURS',
        '2026-11-23T09:30',
        { covered: false, nextStart: tokyo('2026-11-23T10:00') },
      ],
      [
        'SUNDAY_HOURS',
        '2026-11-23T13:00',
        { covered: false, nextStart: tokyo('2026-11-24T09:00') },
      ],
      // From Sunday afternoon: the next start is Monday, unless the holiday closes it.
      ['AS_USUAL', '2026-11-22T13:00', { covered: false, nextStart: tokyo('2026-11-23T09:00') }],
      ['CLOSED', '2026-11-22T13:00', { covered: false, nextStart: tokyo('2026-11-24T09:00') }],
      [
        'SUNDAY_HOURS',
        '2026-11-22T13:00',
        { covered: false, nextStart: tokyo('2026-11-23T10:00') },
      ],
    ])('%s at %s', (rule, at, expected) => {
      expect(coverageAt(hours(rule), tokyo(at))).toEqual(expected);
    });

    it('leaves ordinary days alone under every rule', () => {
      for (const rule of HOLIDAY_RULES) {
        expect(coverageAt(hours(rule), tokyo('2026-11-24T10:30'))).toEqual({
          covered: true,
          until: tokyo('2026-11-24T18:00'),
        });
      }
    });
  });

  describe('the start date decides the holiday rule', () => {
    it('keeps a Sunday night window covering into a CLOSED holiday Monday', () => {
      const night = cov('CLOSED', w(7, '22:00', '06:00'), w(1, '09:00', '18:00'));
      expect(coverageAt(night, tokyo('2026-11-23T02:00'))).toEqual({
        covered: true,
        until: tokyo('2026-11-23T06:00'),
      });
      // …but the Monday day window itself is closed.
      expect(coverageAt(night, tokyo('2026-11-23T10:00'))).toEqual({
        covered: false,
        nextStart: tokyo('2026-11-29T22:00'),
      });
    });

    it('drops a night window that starts on the holiday, even after midnight', () => {
      const nights = (rule: HolidayRule) => cov(rule, ...weekdays('22:00', '06:00'));
      expect(coverageAt(nights('CLOSED'), tokyo('2026-11-24T02:00'))).toEqual({
        covered: false,
        nextStart: tokyo('2026-11-24T22:00'),
      });
      expect(coverageAt(nights('AS_USUAL'), tokyo('2026-11-24T02:00'))).toEqual({
        covered: true,
        until: tokyo('2026-11-24T06:00'),
      });
    });

    it('uses the Sunday night window on a holiday under SUNDAY_HOURS', () => {
      const nights = cov('SUNDAY_HOURS', w(1, '09:00', '18:00'), w(7, '20:00', '08:00'));
      expect(coverageAt(nights, tokyo('2026-11-24T07:00'))).toEqual({
        covered: true,
        until: tokyo('2026-11-24T08:00'),
      });
    });
  });

  it('takes the holiday calendar it is given', () => {
    const companyHoliday = (isoDate: string) => isoDate === '2026-11-24';
    const days = cov('CLOSED', ...weekdays('09:00', '18:00'));
    expect(coverageAt(days, tokyo('2026-11-24T10:00'), companyHoliday)).toEqual({
      covered: false,
      nextStart: tokyo('2026-11-25T09:00'),
    });
    expect(coverageAt(days, tokyo('2026-11-23T10:00'), noHolidays)).toEqual({
      covered: true,
      until: tokyo('2026-11-23T18:00'),
    });
  });

  describe("a '24:00' end", () => {
    it('covers up to midnight, exclusive', () => {
      const evening = cov('AS_USUAL', w(1, '18:00', '24:00'));
      expect(coverageAt(evening, tokyo('2026-11-16T23:59:59.999'))).toEqual({
        covered: true,
        until: tokyo('2026-11-17T00:00'),
      });
      expect(coverageAt(evening, tokyo('2026-11-17T00:00'))).toEqual({
        covered: false,
        nextStart: tokyo('2026-11-23T18:00'),
      });
    });

    it('has no next start within 8 days when the only window falls on a CLOSED holiday', () => {
      const evening = cov('CLOSED', w(1, '18:00', '24:00'));
      expect(coverageAt(evening, tokyo('2026-11-17T00:00'))).toEqual({ covered: false });
      // From Wednesday the search reaches Monday 11-30.
      expect(coverageAt(evening, tokyo('2026-11-25T00:00'))).toEqual({
        covered: false,
        nextStart: tokyo('2026-11-30T18:00'),
      });
    });

    it("makes '00:00'–'24:00' the whole day", () => {
      const saturday = cov('AS_USUAL', w(6, '00:00', '24:00'));
      expect(coverageAt(saturday, tokyo('2026-11-21T00:00'))).toEqual({
        covered: true,
        until: tokyo('2026-11-22T00:00'),
      });
      expect(coverageAt(saturday, tokyo('2026-11-20T23:59'))).toEqual({
        covered: false,
        nextStart: tokyo('2026-11-21T00:00'),
      });
    });
  });

  describe('ALWAYS_COVERED', () => {
    it.each([
      ['2026-01-01T00:00:00Z', '2026-01-01T15:00:00Z'], // 元日, 09:00 in Tokyo
      ['2026-11-23T12:34:56.789Z', '2026-11-23T15:00:00Z'], // 勤労感謝の日 21:34
      ['2026-11-22T15:00:00Z', '2026-11-23T15:00:00Z'], // the holiday's first instant
      ['2031-07-04T23:59:59.999Z', '2031-07-05T15:00:00Z'],
      ['1999-12-31T14:59:59.999Z', '1999-12-31T15:00:00Z'],
    ])('covers %s until the next Tokyo midnight', (at, until) => {
      expect(coverageAt(ALWAYS_COVERED, new Date(at))).toEqual({
        covered: true,
        until: new Date(until),
      });
    });

    it('covers pseudo-random instants from 2000 to 2050 until the next Tokyo midnight', () => {
      const day = 86_400_000;
      const nine = 9 * 3_600_000;
      let seed = 20261123;
      const from = Date.UTC(2000, 0, 1);
      const range = Date.UTC(2050, 0, 1) - from;
      for (let i = 0; i < 500; i++) {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        const at = from + Math.floor((seed / 2 ** 31) * range);
        const nextMidnight = (Math.floor((at + nine) / day) + 1) * day - nine;
        expect(coverageAt(ALWAYS_COVERED, new Date(at))).toEqual({
          covered: true,
          until: new Date(nextMidnight),
        });
      }
    });
  });

  it('ignores invalid windows', () => {
    const broken = cov('AS_USUAL', w(1, '9:00', '18:00'), w(1, '10:00', '10:00'));
    expect(coverageAt(broken, tokyo('2026-11-16T10:00'))).toEqual({ covered: false });
  });
});

describe('time zones other than Tokyo do not matter', () => {
  const newYork = (at: Date) => {
    const d = new TZDate(at, 'America/New_York');
    return `${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;
  };
  const sundayAfternoon = cov('AS_USUAL', w(7, '15:00', '17:00'));

  it('answers by the instant around New York springing forward (2026-03-08)', () => {
    // New York jumps from 01:59 EST to 03:00 EDT at 07:00Z, 16:00 Sunday in Tokyo.
    expect(newYork(new Date('2026-03-08T06:59:00Z'))).toBe('1:59');
    expect(newYork(new Date('2026-03-08T07:00:00Z'))).toBe('3:00');
    for (const at of ['2026-03-08T06:59:00Z', '2026-03-08T07:00:00Z', '2026-03-08T07:30:00Z']) {
      expect(coverageAt(sundayAfternoon, new Date(at))).toEqual({
        covered: true,
        until: tokyo('2026-03-08T17:00'),
      });
      expect(tokyoDate(new Date(at))).toBe('2026-03-08');
    }
    expect(coverageAt(sundayAfternoon, new Date('2026-03-08T08:00:00Z'))).toEqual({
      covered: false,
      nextStart: tokyo('2026-03-15T15:00'),
    });
  });

  it('answers by the instant when New York falls back (2026-11-01)', () => {
    // 01:30 happens twice in New York: 05:30Z (EDT) and 06:30Z (EST), 14:30 and 15:30 in Tokyo.
    expect(newYork(new Date('2026-11-01T05:30:00Z'))).toBe('1:30');
    expect(newYork(new Date('2026-11-01T06:30:00Z'))).toBe('1:30');
    expect(coverageAt(sundayAfternoon, new Date('2026-11-01T05:30:00Z'))).toEqual({
      covered: false,
      nextStart: tokyo('2026-11-01T15:00'),
    });
    expect(coverageAt(sundayAfternoon, new Date('2026-11-01T06:30:00Z'))).toEqual({
      covered: true,
      until: tokyo('2026-11-01T17:00'),
    });
  });

  it('keeps an overnight window at its Tokyo length across the switch', () => {
    // Sunday 10:00 to Monday 09:59 in Tokyo is 01:00Z–00:59Z, around New York's 07:00Z jump.
    const longSunday = cov('AS_USUAL', w(7, '10:00', '09:59'));
    const { until } = coverageAt(longSunday, new Date('2026-03-08T06:00:00Z'));
    expect(until).toEqual(tokyo('2026-03-09T09:59'));
    expect(until?.getTime()).toBe(tokyo('2026-03-08T10:00').getTime() + (24 * 60 - 1) * 60_000);
  });
});

/** What the API says of each problem: the field, the rule refused by and its English. */
const said = (problems: readonly CoverageProblem[]) =>
  problems.map(({ field, rule, message }) => ({ field, rule, message }));

describe('validateCoverage', () => {
  it('accepts ALWAYS_COVERED and an ordinary office week', () => {
    expect(said(validateCoverage(ALWAYS_COVERED))).toEqual([]);
    expect(said(validateCoverage(cov('CLOSED', ...weekdays('09:00', '18:00'))))).toEqual([]);
  });

  it('needs at least one window', () => {
    expect(said(validateCoverage(cov('AS_USUAL')))).toEqual([
      { field: 'windows', rule: 'arrayMinSize', message: 'must have at least 1 item(s)' },
    ]);
  });

  it('needs a known holiday rule', () => {
    const coverage = { ...ALWAYS_COVERED, holidayRule: 'CLOSED_ON_SUNDAYS' as HolidayRule };
    expect(said(validateCoverage(coverage))).toEqual([
      {
        field: 'holidayRule',
        rule: 'isIn',
        message: 'must be one of AS_USUAL, CLOSED, SUNDAY_HOURS',
      },
    ]);
  });

  it.each(['25:00', '9:00', '24:00', '12:60', '', '09:00:00', '０９:００'])(
    'rejects start %j',
    (start) => {
      expect(said(validateCoverage(cov('AS_USUAL', w(1, start, '18:00'))))).toEqual([
        {
          field: 'windows[0].start',
          rule: 'isTimeOfDay',
          message: 'must be HH:MM from 00:00 to 23:59',
        },
      ]);
    },
  );

  it.each(['25:00', '24:01', '9:00', '18:5', '23:60'])('rejects end %j', (end) => {
    expect(said(validateCoverage(cov('AS_USUAL', w(1, '09:00', end))))).toEqual([
      { field: 'windows[0].end', rule: 'isEndTime', message: 'must be HH:MM from 00:00 to 24:00' },
    ]);
  });

  it.each([0, 8, 1.5, -1])('rejects weekday %p', (weekday) => {
    const window = { weekday: weekday as IsoWeekday, start: '09:00', end: '18:00' };
    expect(said(validateCoverage(cov('AS_USUAL', window)))).toEqual([
      { field: 'windows[0].weekday', rule: 'isWeekday', message: 'must be 1 (月) to 7 (日)' },
    ]);
  });

  it.each([
    ['09:00', '09:00'],
    ['00:00', '00:00'],
  ])('rejects the empty window %s–%s', (start, end) => {
    expect(said(validateCoverage(cov('AS_USUAL', w(1, start, end))))).toEqual([
      { field: 'windows[0].end', rule: 'emptyTimeRange', message: 'must differ from the start' },
    ]);
  });

  it('reports every problem of every window', () => {
    expect(
      said(
        validateCoverage(
          cov('AS_USUAL', w(9 as IsoWeekday, '9:00', '24:30'), w(2, '10:00', '10:00')),
        ),
      ),
    ).toEqual([
      { field: 'windows[0].weekday', rule: 'isWeekday', message: 'must be 1 (月) to 7 (日)' },
      {
        field: 'windows[0].start',
        rule: 'isTimeOfDay',
        message: 'must be HH:MM from 00:00 to 23:59',
      },
      { field: 'windows[0].end', rule: 'isEndTime', message: 'must be HH:MM from 00:00 to 24:00' },
      { field: 'windows[1].end', rule: 'emptyTimeRange', message: 'must differ from the start' },
    ]);
  });

  describe('overlaps', () => {
    it('finds windows overlapping on the same day', () => {
      expect(
        said(validateCoverage(cov('AS_USUAL', w(1, '09:00', '12:00'), w(1, '11:00', '13:00')))),
      ).toEqual([
        { field: 'windows[1]', rule: 'overlaps', message: 'overlaps windows[0] (月 09:00–12:00)' },
      ]);
    });

    it('lets windows touch', () => {
      expect(
        said(validateCoverage(cov('AS_USUAL', w(1, '09:00', '12:00'), w(1, '12:00', '18:00')))),
      ).toEqual([]);
      expect(
        said(validateCoverage(cov('AS_USUAL', w(1, '22:00', '06:00'), w(2, '06:00', '09:00')))),
      ).toEqual([]);
      expect(
        said(validateCoverage(cov('AS_USUAL', w(7, '12:00', '24:00'), w(1, '00:00', '01:00')))),
      ).toEqual([]);
    });

    it('finds a window crossing midnight into the next day’s window', () => {
      const coverage = cov(
        'AS_USUAL',
        w(1, '09:00', '18:00'),
        w(1, '22:00', '06:00'),
        w(2, '09:00', '18:00'),
        w(2, '05:00', '07:00'),
      );
      expect(said(validateCoverage(coverage))).toEqual([
        { field: 'windows[3]', rule: 'overlaps', message: 'overlaps windows[1] (月 22:00–06:00)' },
      ]);
    });

    it('finds overlaps across the Sunday → Monday wrap-around, in either order', () => {
      expect(
        said(validateCoverage(cov('AS_USUAL', w(7, '22:00', '06:00'), w(1, '05:00', '09:00')))),
      ).toEqual([
        { field: 'windows[1]', rule: 'overlaps', message: 'overlaps windows[0] (日 22:00–06:00)' },
      ]);
      expect(
        said(validateCoverage(cov('AS_USUAL', w(1, '00:00', '03:00'), w(7, '22:00', '02:00')))),
      ).toEqual([
        { field: 'windows[1]', rule: 'overlaps', message: 'overlaps windows[0] (月 00:00–03:00)' },
      ]);
    });

    it('names every window a window overlaps', () => {
      const coverage = cov(
        'AS_USUAL',
        w(3, '09:00', '12:00'),
        w(3, '13:00', '18:00'),
        w(3, '00:00', '24:00'),
      );
      expect(said(validateCoverage(coverage))).toEqual([
        { field: 'windows[2]', rule: 'overlaps', message: 'overlaps windows[0] (水 09:00–12:00)' },
        { field: 'windows[2]', rule: 'overlaps', message: 'overlaps windows[1] (水 13:00–18:00)' },
      ]);
    });

    it('finds a duplicate window and a whole week on top of a window', () => {
      expect(
        said(validateCoverage(cov('AS_USUAL', w(5, '09:00', '18:00'), w(5, '09:00', '18:00')))),
      ).toEqual([
        { field: 'windows[1]', rule: 'overlaps', message: 'overlaps windows[0] (金 09:00–18:00)' },
      ]);
      const extra = {
        ...ALWAYS_COVERED,
        windows: [...ALWAYS_COVERED.windows, w(6, '23:00', '01:00')],
      };
      expect(said(validateCoverage(extra))).toEqual([
        { field: 'windows[7]', rule: 'overlaps', message: 'overlaps windows[5] (土 00:00–24:00)' },
        { field: 'windows[7]', rule: 'overlaps', message: 'overlaps windows[6] (日 00:00–24:00)' },
      ]);
    });

    it('skips invalid windows when looking for overlaps', () => {
      expect(
        said(validateCoverage(cov('AS_USUAL', w(1, '09:00', '18:00'), w(1, '9:00', '12:00')))),
      ).toEqual([
        {
          field: 'windows[1].start',
          rule: 'isTimeOfDay',
          message: 'must be HH:MM from 00:00 to 23:59',
        },
      ]);
    });
  });
});

describe('describeCoverage', () => {
  it.each<[string, Coverage, string]>([
    [
      'an office week, closed on holidays',
      cov('CLOSED', ...weekdays('09:00', '18:00'), w(6, '10:00', '15:00')),
      '月〜金 09:00〜18:00、土 10:00〜15:00、祝日休み',
    ],
    ['ALWAYS_COVERED', ALWAYS_COVERED, '24時間365日'],
    [
      'all week under SUNDAY_HOURS',
      { ...ALWAYS_COVERED, holidayRule: 'SUNDAY_HOURS' },
      '24時間365日',
    ],
    [
      'all week but closed on holidays',
      { ...ALWAYS_COVERED, holidayRule: 'CLOSED' },
      '月〜日 00:00〜24:00、祝日休み',
    ],
    [
      'nights and Sundays, holidays like Sunday',
      cov('SUNDAY_HOURS', ...weekdays('18:00', '09:00'), w(7, '00:00', '24:00')),
      '月〜金 18:00〜翌09:00、日 00:00〜24:00、祝日は日曜と同じ',
    ],
    ['holidays as usual add nothing', cov('AS_USUAL', w(1, '09:00', '18:00')), '月 09:00〜18:00'],
    [
      'separate days stay separate',
      cov('AS_USUAL', w(1, '09:00', '12:00'), w(3, '09:00', '12:00'), w(5, '09:00', '12:00')),
      '月 09:00〜12:00、水 09:00〜12:00、金 09:00〜12:00',
    ],
    [
      'two windows a day, in any order',
      cov('AS_USUAL', ...weekdays('13:00', '18:00'), ...weekdays('09:00', '12:00')),
      '月〜金 09:00〜12:00・13:00〜18:00',
    ],
    [
      'a weekend',
      cov('AS_USUAL', w(7, '10:00', '16:00'), w(6, '10:00', '16:00')),
      '土〜日 10:00〜16:00',
    ],
    [
      'a different Wednesday splits the week',
      cov(
        'AS_USUAL',
        w(1, '09:00', '18:00'),
        w(2, '09:00', '18:00'),
        w(3, '09:00', '12:00'),
        w(4, '09:00', '18:00'),
      ),
      '月〜火 09:00〜18:00、水 09:00〜12:00、木 09:00〜18:00',
    ],
  ])('%s', (_name, coverage, expected) => {
    expect(describeCoverage(coverage)).toBe(expected);
  });
});

describe('tokyoDate', () => {
  it.each([
    ['2026-11-22T14:59:59Z', '2026-11-22'],
    ['2026-11-22T15:00:00Z', '2026-11-23'],
    ['2026-12-31T15:00:00Z', '2027-01-01'],
    ['2028-02-28T15:00:00Z', '2028-02-29'],
  ])('%s is %s in Tokyo', (at, date) => {
    expect(tokyoDate(new Date(at))).toBe(date);
  });
});

describe('japaneseHoliday', () => {
  it.each([
    ['2026-11-23', '勤労感謝の日'],
    ['2026-01-01', '元日'],
    ['2026-11-24', null],
    ['2026-11-22', null],
    ['constructor', null],
    ['', null],
  ])('%j is %j', (date, name) => {
    expect(japaneseHoliday(date)).toBe(name);
  });
});

describe('tokyoHour', () => {
  it('reads the hour on the Tokyo clock', () => {
    expect(tokyoHour(new Date('2026-11-22T14:59:59Z'))).toBe(23);
    expect(tokyoHour(new Date('2026-11-22T15:00:00Z'))).toBe(0);
  });
});
