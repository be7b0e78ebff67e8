import { earlyTerminationFee, wholeMonthsRented } from './equipment';

describe('early termination of a Panasonic rental', () => {
  it.each([
    [0, 24_800],
    [1, 21_820],
    [3, 15_860],
    [5, 9_900],
    [6, 0],
    [12, 0],
  ])('after %i months paid costs %i yen', (months, fee) => {
    expect(earlyTerminationFee('KX_HDV230N', months)).toBe(fee);
  });

  it('does not apply to models without a minimum', () => {
    expect(earlyTerminationFee('GXP1628', 1)).toBe(0);
  });
});

describe('months rented', () => {
  it.each([
    ['2026-01-10', '2026-04-09', 3],
    ['2026-01-10', '2026-04-08', 2],
    ['2026-01-01', '2026-06-30', 6],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-01-10', '2026-01-10', 0],
    ['2026-04-01', '2026-03-31', 0],
  ])('%s to %s is %i whole months', (first, last, months) => {
    expect(wholeMonthsRented(first, last)).toBe(months);
  });
});
