import { callerMarkLabel, callerMarkPattern } from './caller-marks';

describe('caller marks', () => {
  it.each([
    ['090-1234-5678', false, '+819012345678'],
    ['０９０ー１２３４ー５６７８', false, '+819012345678'],
    ['+81 3 1234 5678', false, '+81312345678'],
    ['050-1234', true, '+81501234'],
    ['０５０－１２３４', true, '+81501234'],
    ['03', true, '+813'],
    ['+81 50', true, '+8150'],
  ])('reads %s (prefix %s) as %s', (input, prefix, pattern) => {
    expect(callerMarkPattern(input, prefix)).toEqual({ ok: true, pattern });
  });

  it.each([
    ['12345', false, 'isPhoneNumber', '"12345" is not a valid Japanese phone number'],
    [
      '0',
      true,
      'isNumberPrefix',
      '"0" is not the start of a Japanese number (e.g. 050-1234): 0 and at least 1 more digit',
    ],
    [
      '50-1234',
      true,
      'isNumberPrefix',
      '"50-1234" is not the start of a Japanese number (e.g. 050-1234): 0 and at least 1 more digit',
    ],
    [
      '050-12ab',
      true,
      'isNumberPrefix',
      '"050-12ab" is not the start of a Japanese number (e.g. 050-1234): 0 and at least 1 more digit',
    ],
    [
      '090123456789',
      true,
      'isNumberPrefix',
      '"090123456789" is not the start of a Japanese number (e.g. 050-1234): 0 and at least 1 more digit',
    ],
  ])('refuses %s (prefix %s) by %s', (input, prefix, rule, message) => {
    expect(callerMarkPattern(input, prefix)).toEqual({
      ok: false,
      refused: { rule, args: { input }, message },
    });
  });

  it('reads back in national form', () => {
    expect(callerMarkLabel('+819012345678', false)).toBe('090-1234-5678');
    expect(callerMarkLabel('+81501234', true)).toBe('0501234…');
  });
});
