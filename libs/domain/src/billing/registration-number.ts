/**
 * The qualified-invoice registration number (登録番号): `T` and 13 digits.
 * For a corporation the digits are its 法人番号, whose first digit is a check
 * digit. Whether sole-proprietor numbers carry the same check is unverified,
 * so a bad check digit is reported, not refused: the caller decides whether it
 * blocks (our own issuer number at boot) or only warns (a client's number).
 */
export type RegistrationNumberCheck =
  { ok: true; value: string; checkDigitValid: boolean } | { ok: false; message: string };

/**
 * The check digit of a 法人番号 from its 12-digit base:
 * 9 − (Σ Pn×Qn mod 9), Pn the n-th digit counted from the right, Qn 1 for odd
 * n and 2 for even n. The mod applies to the whole sum (the ordinance's
 * brackets read otherwise, but the real numbers only pass this way).
 */
export function corporateNumberCheckDigit(base: string): number {
  if (!/^\d{12}$/.test(base)) throw new RangeError(`not a 12-digit base: "${base}"`);
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** Dashes people type between digit groups, before and after NFKC. */
const SEPARATORS = /[\s\-‐‑‒–—―−]/g;

/**
 * Accepts what people type or paste: surrounding spaces, full-width
 * characters (Ｔ１２…), a lower-case t, hyphens and spaces between groups.
 */
export function parseRegistrationNumber(input: string): RegistrationNumberCheck {
  const text = input.trim().normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  if (!text) return { ok: false, message: 'is empty' };
  if (/^\d{13}$/.test(text))
    return {
      ok: false,
      message: `"${input}" lacks the leading T of a registration number (T${text}?)`,
    };
  if (!text.startsWith('T'))
    return { ok: false, message: `"${input}" should start with T followed by 13 digits` };
  const digits = text.slice(1);
  if (/\D/.test(digits))
    return { ok: false, message: `"${input}" should have only digits after the T` };
  if (digits.length !== 13)
    return {
      ok: false,
      message: `"${input}" has ${digits.length} digits after the T, a registration number has 13`,
    };
  return {
    ok: true,
    value: text,
    checkDigitValid: Number(digits[0]) === corporateNumberCheckDigit(digits.slice(1)),
  };
}
