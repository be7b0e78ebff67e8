import { formatNational, parseJapanesePhone } from '../numbers/phone';
import { type FieldRefusal, refusal } from '../text/field-rules';

/**
 * A client's marks on callers: VIP numbers are offered before other waiting
 * calls; nuisance numbers (迷惑電話) hear a short message and reach nobody.
 * A mark names one number, or a prefix (e.g. 050-1234) that covers many; a
 * number's own mark wins over a prefix, a longer prefix over a shorter one.
 */
export const CALLER_MARK_KINDS = ['VIP', 'NUISANCE'] as const;
export type CallerMarkKind = (typeof CALLER_MARK_KINDS)[number];

export type PatternCheck = { ok: true; pattern: string } | { ok: false; refused: FieldRefusal };

/** Digits of a national prefix; anything of at least 2 digits after the leading 0. */
const PREFIX = /^0\d{1,10}$/;

/**
 * A number or prefix as people write it (national, full-width, with any
 * dashes) as the E.164 text routing compares calling numbers with.
 */
export function callerMarkPattern(input: string, prefix: boolean): PatternCheck {
  if (!prefix) {
    const phone = parseJapanesePhone(input);
    return phone.ok ? { ok: true, pattern: phone.e164 } : phone;
  }
  const digits = input
    .normalize('NFKC')
    .replace(/[\s\-()\u2010-\u2015\u2212\u30fc\uff70]/g, '')
    .replace(/^\+81/, '0');
  if (!PREFIX.test(digits)) return { ok: false, refused: refusal('isNumberPrefix', { input }) };
  return { ok: true, pattern: `+81${digits.slice(1)}` };
}

/** How a mark reads on screen: the number in national format, or a prefix's digits followed by …. */
export function callerMarkLabel(pattern: string, prefix: boolean): string {
  return prefix ? `0${pattern.slice(3)}…` : formatNational(pattern);
}
