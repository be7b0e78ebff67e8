/**
 * 受付番号: the client's prefix, the year (Asia/Tokyo) and a number gapless
 * per client and year, e.g. 'SS-2026-000123'. The database gives them
 * (trigger intake_record_number); this reads one that a person typed.
 */
const RECORD_NUMBER = /^([A-Z][A-Z0-9]{1,5})-(\d{4})-(\d{1,7})$/;

/**
 * The record number a search text names, written as the database writes it
 * ('ss-2026-123', 'ＳＳ－２０２６－０００１２３' → 'SS-2026-000123'), or null
 * when the text is no record number.
 */
export function recordNumberIn(text: string): string | null {
  const match = RECORD_NUMBER.exec(
    text
      .normalize('NFKC')
      .trim()
      .toUpperCase()
      .replace(/[‐－ー−]/g, '-'),
  );
  if (!match) return null;
  const [, prefix, year, number] = match;
  return `${prefix}-${year}-${number!.padStart(6, '0')}`;
}
