/**
 * Readings of names (フリガナ) as Japanese forms keep them: full-width
 * katakana. What people type is made so: half-width katakana widened
 * (ｻﾄｳ → サトウ, by NFKC), hiragana turned to katakana (さとう → サトウ),
 * spaces of either width made one ideographic space between words.
 */
export function toKatakanaReading(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .trim()
    .replace(/\s+/g, '\u3000');
}

/** Katakana reading (フリガナ): full-width katakana, prolonged sound mark, middle dot, spaces, Latin letters and digits. */
export function isKatakanaReading(text: string): boolean {
  return /^[\u30A1-\u30FA\u30FC\u30FB\s\u3000A-Za-z0-9]+$/.test(text.normalize('NFKC'));
}

/** The key of the field that holds the reading of `key`: caller_name → caller_name_kana. */
export const readingKeyOf = (key: string): string => `${key}_kana`;
