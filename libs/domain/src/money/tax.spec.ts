import { isYen, taxExcluded } from './tax';

describe('tax-excluded prices', () => {
  it.each([
    [8_250, 7_500],
    [16_500, 15_000],
    [44_000, 40_000],
    [66_000, 60_000],
    [13_200, 12_000],
    [11_000, 10_000],
    [21_450, 19_500],
  ])('%i yen including tax is %i excluding', (incl, excl) => {
    expect(taxExcluded(incl)).toBe(excl);
  });

  it('rounds down when the price does not divide exactly', () => {
    expect(taxExcluded(1_000)).toBe(909);
    expect(taxExcluded(108, 8)).toBe(100);
  });

  it('refuses non-integer and negative amounts', () => {
    expect(() => taxExcluded(8_250.5)).toThrow(RangeError);
    expect(() => taxExcluded(-1)).toThrow(RangeError);
    expect(isYen(0)).toBe(true);
    expect(isYen(1.5)).toBe(false);
  });
});
