import { earlyTerminationFee } from './equipment';

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
