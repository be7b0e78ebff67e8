import { parsePhoneNumberWithError, type NumberType } from 'libphonenumber-js/max';
import { type FieldRefusal, refusal } from '../text/field-rules';

/**
 * Japanese phone numbers, parsed by libphonenumber-js with its full metadata
 * (the small metadata cannot tell a number's type and accepts 0800-123-456).
 * Stored as E.164, shown in national format.
 */
export type NumberKind = 'TOLL_FREE' | 'REPRESENTATIVE' | 'DIRECT';
export const NUMBER_KINDS: readonly NumberKind[] = ['TOLL_FREE', 'REPRESENTATIVE', 'DIRECT'];

/** A number parsed, or why not: the rule refused by, so the screens say it in the user's language. */
export type PhoneCheck = Readonly<
  | { ok: true; e164: string; national: string; type: NumberType }
  | { ok: false; refused: FieldRefusal }
>;

const refused = (why: FieldRefusal): PhoneCheck => ({ ok: false, refused: why });

/** Digits a caller dials, trunk 0 included, by toll-free prefix. */
const TOLL_FREE_DIGITS: Record<string, number> = { '0120': 10, '0800': 11 };

/** Most numbers parsed are the same few again (a history page formats each row's): kept, up to a bound. */
const checked = new Map<string, PhoneCheck>();
const CHECKED_MAX = 10_000;

/** Accepts what people type: full-width digits, hyphens, spaces, parentheses, +81. */
export function parseJapanesePhone(input: string): PhoneCheck {
  let check = checked.get(input);
  if (!check) {
    check = Object.freeze(checkPhone(input));
    if (checked.size >= CHECKED_MAX) checked.clear();
    checked.set(input, check);
  }
  return check;
}

function checkPhone(input: string): PhoneCheck {
  // People type the dashes of a number with whatever their IME gives: ー, －, ‐, –, —, −.
  const text = input
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\u30fc\uff70]/g, '-')
    .trim();
  if (!text) return refused(refusal('isNotEmpty'));
  if (/[^\d\s\-+()]/.test(text)) return refused(refusal('phoneCharacters', { input }));
  const digits = text.replace(/\D/g, '');
  for (const [prefix, length] of Object.entries(TOLL_FREE_DIGITS)) {
    if (digits.startsWith(prefix) && digits.length !== length) {
      return refused(
        refusal('tollFreeDigits', { prefix, digits: length, input, count: digits.length }),
      );
    }
  }
  try {
    const parsed = parsePhoneNumberWithError(text, 'JP');
    const type = parsed.getType();
    if (parsed.country !== 'JP' || !parsed.isValid() || !type) {
      return refused(refusal('isPhoneNumber', { input }));
    }
    return { ok: true, e164: parsed.number, national: parsed.formatNational(), type };
  } catch {
    return refused(refusal('isPhoneNumber', { input }));
  }
}

const TYPES_FOR_KIND: Record<NumberKind, readonly NumberType[]> = {
  TOLL_FREE: ['TOLL_FREE'],
  REPRESENTATIVE: ['FIXED_LINE', 'VOIP', 'FIXED_LINE_OR_MOBILE'],
  DIRECT: ['FIXED_LINE', 'VOIP', 'FIXED_LINE_OR_MOBILE'],
};

/** Parses and checks that the number can be of this kind. */
export function checkNumberForKind(input: string, kind: NumberKind): PhoneCheck {
  const parsed = parseJapanesePhone(input);
  if (!parsed.ok || TYPES_FOR_KIND[kind].includes(parsed.type)) return parsed;
  return refused(refusal(kind === 'TOLL_FREE' ? 'notTollFree' : 'notFixedLine', { input }));
}

/** A toll-free number forwards to a fixed number (geographic or 050), never to another toll-free one. */
export function checkForwardingTarget(input: string): PhoneCheck {
  const parsed = parseJapanesePhone(input);
  if (!parsed.ok || TYPES_FOR_KIND.DIRECT.includes(parsed.type)) return parsed;
  return refused(refusal('notFixedLine', { input }));
}

/** The national format of a stored E.164 number, e.g. +81120123456 → 0120-123-456. */
export function formatNational(e164: string): string {
  const parsed = parseJapanesePhone(e164);
  return parsed.ok ? parsed.national : e164;
}
