import { parsePhoneNumberWithError, type NumberType } from 'libphonenumber-js/max';

/**
 * Japanese phone numbers, parsed by libphonenumber-js with its full metadata
 * (the small metadata cannot tell a number's type and accepts 0800-123-456).
 * Stored as E.164, shown in national format.
 */
export type NumberKind = 'TOLL_FREE' | 'REPRESENTATIVE' | 'DIRECT';
export const NUMBER_KINDS: readonly NumberKind[] = ['TOLL_FREE', 'REPRESENTATIVE', 'DIRECT'];

export type PhoneCheck = Readonly<
  { ok: true; e164: string; national: string; type: NumberType } | { ok: false; message: string }
>;

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
  if (!text) return { ok: false, message: 'is empty' };
  if (/[^\d\s\-+()]/.test(text))
    return {
      ok: false,
      message: `"${input}" contains characters that are not part of a phone number`,
    };
  const digits = text.replace(/\D/g, '');
  for (const [prefix, length] of Object.entries(TOLL_FREE_DIGITS)) {
    if (digits.startsWith(prefix) && digits.length !== length) {
      return {
        ok: false,
        message: `a ${prefix} number has ${length} digits, "${input}" has ${digits.length}`,
      };
    }
  }
  try {
    const parsed = parsePhoneNumberWithError(text, 'JP');
    const type = parsed.getType();
    if (parsed.country !== 'JP' || !parsed.isValid() || !type) {
      return { ok: false, message: `"${input}" is not a valid Japanese phone number` };
    }
    return { ok: true, e164: parsed.number, national: parsed.formatNational(), type };
  } catch {
    return { ok: false, message: `"${input}" is not a valid Japanese phone number` };
  }
}

const TYPES_FOR_KIND: Record<NumberKind, readonly NumberType[]> = {
  TOLL_FREE: ['TOLL_FREE'],
  REPRESENTATIVE: ['FIXED_LINE', 'VOIP', 'FIXED_LINE_OR_MOBILE'],
  DIRECT: ['FIXED_LINE', 'VOIP', 'FIXED_LINE_OR_MOBILE'],
};

const KIND_NAMES: Record<NumberKind, string> = {
  TOLL_FREE: 'a toll-free number (0120 or 0800)',
  REPRESENTATIVE: 'a representative number (geographic or 050)',
  DIRECT: 'a direct number (geographic or 050)',
};

/** Parses and checks that the number can be of this kind. */
export function checkNumberForKind(input: string, kind: NumberKind): PhoneCheck {
  const parsed = parseJapanesePhone(input);
  if (!parsed.ok || TYPES_FOR_KIND[kind].includes(parsed.type)) return parsed;
  return { ok: false, message: `"${input}" is not ${KIND_NAMES[kind]}` };
}

/** A toll-free number forwards to a fixed number (geographic or 050), never to another toll-free one. */
export function checkForwardingTarget(input: string): PhoneCheck {
  const parsed = parseJapanesePhone(input);
  if (!parsed.ok || TYPES_FOR_KIND.DIRECT.includes(parsed.type)) return parsed;
  return {
    ok: false,
    message: `"${input}" is not a fixed number a toll-free number can forward to`,
  };
}

/** The national format of a stored E.164 number, e.g. +81120123456 → 0120-123-456. */
export function formatNational(e164: string): string {
  const parsed = parseJapanesePhone(e164);
  return parsed.ok ? parsed.national : e164;
}
