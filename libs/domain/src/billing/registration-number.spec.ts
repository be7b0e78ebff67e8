import { corporateNumberCheckDigit, parseRegistrationNumber } from './registration-number';

describe('法人番号 check digit', () => {
  it('is 9 − (the whole weighted sum mod 9), weights 1,2,1,2… from the right', () => {
    // 010705000725 from the right: 5·1 + 2·2 + 7·1 + 0 + 0 + 0 + 5·1 + 0 + 7·1 + 0 + 1·1 + 0 = 29; 29 mod 9 = 2.
    expect(corporateNumberCheckDigit('010705000725')).toBe(7);
    // 234567890123: 3 + 4 + 1 + 0 + 9 + 16 + 7 + 12 + 5 + 8 + 3 + 4 = 72; 72 mod 9 = 0, so 9.
    expect(corporateNumberCheckDigit('234567890123')).toBe(9);
  });

  it('refuses anything but 12 digits', () => {
    expect(() => corporateNumberCheckDigit('12345678901')).toThrow(RangeError);
    expect(() => corporateNumberCheckDigit('12345678901a')).toThrow(RangeError);
  });
});

describe('registration numbers', () => {
  it.each(['7010705000725', '4011001098993', '2120901007402', '8700110005901', '7123456789012'])(
    'accepts the real number T%s with a valid check digit',
    (digits) => {
      expect(parseRegistrationNumber(`T${digits}`)).toEqual({
        ok: true,
        value: `T${digits}`,
        checkDigitValid: true,
      });
    },
  );

  it('reports the common sample T1234567890123 as failing the check, not as malformed', () => {
    expect(parseRegistrationNumber('T1234567890123')).toEqual({
      ok: true,
      value: 'T1234567890123',
      checkDigitValid: false,
    });
    // With the expected first digit 9 it passes.
    expect(parseRegistrationNumber('T9234567890123')).toMatchObject({ checkDigitValid: true });
  });

  it('normalises full-width input, a lower-case t, spaces and hyphens', () => {
    for (const input of [
      'Ｔ７０１０７０５０００７２５',
      ' t7010705000725 ',
      'T7-0107-0500-0725',
      'T 7010 7050 00725',
      'Ｔ７－０１０７－０５００－０７２５',
      'T7‐0107‐0500‐0725',
      '\u3000T7010705000725\u3000',
    ]) {
      expect(parseRegistrationNumber(input)).toEqual({
        ok: true,
        value: 'T7010705000725',
        checkDigitValid: true,
      });
    }
  });

  it('refuses wrong lengths, saying how many digits there are', () => {
    const short = parseRegistrationNumber('T701070500072');
    expect(short).toEqual({
      ok: false,
      message: '"T701070500072" has 12 digits after the T, a registration number has 13',
    });
    expect(parseRegistrationNumber('T70107050007250')).toMatchObject({
      ok: false,
      message: expect.stringContaining('has 14 digits') as string,
    });
    expect(parseRegistrationNumber('T')).toMatchObject({ ok: false });
  });

  it('refuses letters among the digits and a missing or wrong prefix', () => {
    expect(parseRegistrationNumber('T70107050007A5')).toEqual({
      ok: false,
      message: '"T70107050007A5" should have only digits after the T',
    });
    expect(parseRegistrationNumber('7010705000725')).toEqual({
      ok: false,
      message: '"7010705000725" lacks the leading T of a registration number (T7010705000725?)',
    });
    expect(parseRegistrationNumber('X7010705000725')).toEqual({
      ok: false,
      message: '"X7010705000725" should start with T followed by 13 digits',
    });
    expect(parseRegistrationNumber('TT7010705000725')).toMatchObject({ ok: false });
  });

  it('refuses empty input', () => {
    expect(parseRegistrationNumber('')).toEqual({ ok: false, message: 'is empty' });
    expect(parseRegistrationNumber('  - ')).toEqual({ ok: false, message: 'is empty' });
  });
});
