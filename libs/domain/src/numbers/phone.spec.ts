import {
  checkForwardingTarget,
  checkNumberForKind,
  formatNational,
  parseJapanesePhone,
} from './phone';

describe('Japanese phone numbers', () => {
  it.each([
    ['0120-123-456', '+81120123456', '0120-123-456', 'TOLL_FREE'],
    ['0800-123-4567', '+818001234567', '0800-123-4567', 'TOLL_FREE'],
    ['０１２０－１２３－４５６', '+81120123456', '0120-123-456', 'TOLL_FREE'],
    ['050-1234-5678', '+815012345678', '050-1234-5678', 'VOIP'],
    ['03-1234-5678', '+81312345678', '03-1234-5678', 'FIXED_LINE'],
    ['(03) 1234 5678', '+81312345678', '03-1234-5678', 'FIXED_LINE'],
    ['０３ー１２３４ー５６７８', '+81312345678', '03-1234-5678', 'FIXED_LINE'],
    ['03‐1234−5678', '+81312345678', '03-1234-5678', 'FIXED_LINE'],
    ['090–1234—5678', '+819012345678', '090-1234-5678', 'MOBILE'],
    ['+81 90 1234 5678', '+819012345678', '090-1234-5678', 'MOBILE'],
  ])('parses %s', (input, e164, national, type) => {
    expect(parseJapanesePhone(input)).toEqual({ ok: true, e164, national, type });
  });

  it.each([
    ['0120-1234-567', 'tollFreeDigits', 'a 0120 number has 10 digits, "0120-1234-567" has 11'],
    ['0120-12-345', 'tollFreeDigits', 'a 0120 number has 10 digits, "0120-12-345" has 9'],
    ['0800-123-456', 'tollFreeDigits', 'a 0800 number has 11 digits, "0800-123-456" has 10'],
    ['12345', 'isPhoneNumber', '"12345" is not a valid Japanese phone number'],
    [
      '03-1234-567a',
      'phoneCharacters',
      '"03-1234-567a" contains characters that are not part of a phone number',
    ],
    ['', 'isNotEmpty', 'is required'],
    ['+1 212 555 0100', 'isPhoneNumber', '"+1 212 555 0100" is not a valid Japanese phone number'],
  ])('refuses %s by %s', (input, rule, message) => {
    const parsed = parseJapanesePhone(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.refused).toMatchObject({ rule, message });
  });

  it('gives the figures a refusal names', () => {
    expect(parseJapanesePhone('0120-12-345')).toEqual({
      ok: false,
      refused: {
        rule: 'tollFreeDigits',
        args: { prefix: '0120', digits: 10, input: '0120-12-345', count: 9 },
        message: 'a 0120 number has 10 digits, "0120-12-345" has 9',
      },
    });
  });

  it('checks the kind', () => {
    expect(checkNumberForKind('0120-123-456', 'TOLL_FREE').ok).toBe(true);
    expect(checkNumberForKind('03-1234-5678', 'TOLL_FREE')).toEqual({
      ok: false,
      refused: {
        rule: 'notTollFree',
        args: { input: '03-1234-5678' },
        message: '"03-1234-5678" is not a toll-free number (0120 or 0800)',
      },
    });
    expect(checkNumberForKind('050-1234-5678', 'DIRECT').ok).toBe(true);
    expect(checkNumberForKind('0120-123-456', 'REPRESENTATIVE')).toEqual({
      ok: false,
      refused: {
        rule: 'notFixedLine',
        args: { input: '0120-123-456' },
        message: '"0120-123-456" is not a fixed number (geographic or 050)',
      },
    });
    expect(checkNumberForKind('090-1234-5678', 'DIRECT').ok).toBe(false);
  });

  it('forwards toll-free numbers to fixed numbers only', () => {
    expect(checkForwardingTarget('03-1234-5678').ok).toBe(true);
    expect(checkForwardingTarget('050-1234-5678').ok).toBe(true);
    expect(checkForwardingTarget('0120-123-456')).toMatchObject({
      ok: false,
      refused: { rule: 'notFixedLine' },
    });
  });

  it('shows stored numbers in national format', () => {
    expect(formatNational('+818001234567')).toBe('0800-123-4567');
    expect(formatNational('+81312345678')).toBe('03-1234-5678');
  });
});
