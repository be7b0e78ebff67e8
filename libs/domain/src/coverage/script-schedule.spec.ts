import {
  closedDaysProblems,
  closedOn,
  isYearEnd,
  nightHoursProblems,
  type ScriptVariant,
  scriptInForce,
} from './script-schedule';

/** An instant from Tokyo wall-clock time. */
const tokyo = (local: string) => new Date(`${local}+09:00`);
const all = new Set<ScriptVariant>(['DEFAULT', 'NIGHT', 'HOLIDAY', 'YEAR_END']);
const night = { from: '18:00', until: '09:00' };

describe('the script in force', () => {
  it.each([
    // Wednesday 2026-11-25
    ['2026-11-25T12:00:00', 'DEFAULT', '通常', '2026-11-25T18:00:00'],
    ['2026-11-25T08:59:00', 'NIGHT', '夜間（18:00〜翌09:00）', '2026-11-25T09:00:00'],
    ['2026-11-25T18:00:00', 'NIGHT', '夜間（18:00〜翌09:00）', null],
    ['2026-11-25T23:59:00', 'NIGHT', '夜間（18:00〜翌09:00）', null],
    // 勤労感謝の日 (Monday 2026-11-23), a Saturday and a Sunday: all day, night or not
    ['2026-11-23T20:00:00', 'HOLIDAY', '休日（祝日: 勤労感謝の日）', null],
    ['2026-11-28T10:00:00', 'HOLIDAY', '休日（土曜日）', null],
    ['2026-11-29T10:00:00', 'HOLIDAY', '休日（日曜日）', null],
    // 年末年始 wins over a holiday (元日) and a weekend
    ['2026-12-29T10:00:00', 'YEAR_END', '年末年始（12/29〜1/3）', null],
    ['2027-01-01T03:00:00', 'YEAR_END', '年末年始（12/29〜1/3）', null],
    ['2027-01-03T23:59:00', 'YEAR_END', '年末年始（12/29〜1/3）', null],
    ['2027-01-04T12:00:00', 'DEFAULT', '通常', '2027-01-04T18:00:00'],
  ])('at %s is %s (%s)', (local, variant, reason, changesAt) => {
    expect(scriptInForce(all, night, tokyo(local))).toEqual({
      variant,
      reason,
      changesAt: changesAt ? tokyo(changesAt) : null,
    });
  });

  it('skips a variant the client has not published', () => {
    const usual = new Set<ScriptVariant>(['DEFAULT']);
    expect(scriptInForce(usual, night, tokyo('2026-12-31T23:00:00')).variant).toBe('DEFAULT');
    const nights = new Set<ScriptVariant>(['DEFAULT', 'NIGHT']);
    // A Sunday night without a holiday script is a night.
    expect(scriptInForce(nights, night, tokyo('2026-11-29T22:00:00')).variant).toBe('NIGHT');
    // Without night hours the night script never applies.
    expect(scriptInForce(nights, null, tokyo('2026-11-25T22:00:00')).variant).toBe('DEFAULT');
  });

  it('takes night hours within one day', () => {
    const lunch = { from: '12:00', until: '13:00' };
    const nights = new Set<ScriptVariant>(['DEFAULT', 'NIGHT']);
    expect(scriptInForce(nights, lunch, tokyo('2026-11-25T12:30:00'))).toEqual({
      variant: 'NIGHT',
      reason: '夜間（12:00〜13:00）',
      changesAt: tokyo('2026-11-25T13:00:00'),
    });
    expect(scriptInForce(nights, lunch, tokyo('2026-11-25T13:00:00')).variant).toBe('DEFAULT');
  });

  it('knows 年末年始 and checks night hours', () => {
    expect(['2026-12-28', '2026-12-29', '2027-01-03', '2027-01-04'].map(isYearEnd)).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(nightHoursProblems(night)).toEqual([]);
    expect(nightHoursProblems({ from: '25:00', until: '9:00' })).toEqual([
      {
        field: 'nightHours.from',
        rule: 'isTimeOfDay',
        message: 'must be HH:MM from 00:00 to 23:59',
      },
      {
        field: 'nightHours.until',
        rule: 'isTimeOfDay',
        message: 'must be HH:MM from 00:00 to 23:59',
      },
    ]);
    expect(nightHoursProblems({ from: '18:00', until: '18:00' })).toEqual([
      { field: 'nightHours.until', rule: 'emptyTimeRange', message: 'must differ from the start' },
    ]);
  });
});

describe('closed days', () => {
  const days = [{ from: '2026-12-10', until: '2026-12-11', reason: '臨時休業（社員研修）' }];

  it('close whole Tokyo days, first to last', () => {
    expect(closedOn(days, tokyo('2026-12-09T23:59:00'))).toBeNull();
    expect(closedOn(days, tokyo('2026-12-10T00:00:00'))).toEqual(days[0]);
    expect(closedOn(days, tokyo('2026-12-11T23:59:00'))).toEqual(days[0]);
    expect(closedOn(days, tokyo('2026-12-12T00:00:00'))).toBeNull();
    // 2026-12-09T15:00Z is already the 10th in Tokyo.
    expect(closedOn(days, new Date('2026-12-09T15:00:00Z'))).toEqual(days[0]);
  });

  it('are refused when dates are wrong, reversed, too long or without a reason', () => {
    expect(closedDaysProblems(days)).toEqual([]);
    expect(
      closedDaysProblems([
        { from: '2026-13-01', until: '2026-12-01', reason: 'x' },
        { from: '2026-12-10', until: '2026-12-09', reason: ' ' },
        { from: '2026-12-01', until: '2027-01-15', reason: '長期休暇' },
      ]),
    ).toEqual([
      { field: 'closedDays[0].from', rule: 'isDateOnly', message: 'must be a date YYYY-MM-DD' },
      {
        field: 'closedDays[1].until',
        rule: 'notBeforeStart',
        args: { start: '2026-12-10' },
        message: 'must not be before the start (2026-12-10)',
      },
      { field: 'closedDays[1].reason', rule: 'isNotEmpty', message: 'is required' },
      {
        field: 'closedDays[2].until',
        rule: 'closesAtMost',
        args: { days: 32 },
        message: 'closes at most 32 days in a row',
      },
    ]);
  });
});
