import { formatNational, tokyoDate as domainTokyoDate } from '@dengon/domain';

/** Yen as Japanese readers expect it: 15,000円. */
export function yen(amount: number): string {
  return `${amount.toLocaleString('ja-JP')}円`;
}

const TOKYO = 'Asia/Tokyo';

/** 'YYYY-MM-DD' today in Asia/Tokyo: the business date, whatever the browser's zone. */
export const tokyoDate = (instant: Date = new Date()): string => domainTokyoDate(instant);

/** The Tokyo date `days` after today. */
export function tokyoDateIn(days: number): string {
  return tokyoDate(new Date(Date.now() + days * 86_400_000));
}

/** The first day of next month in Tokyo, the usual day a plan change takes effect. */
export function firstOfNextMonth(): string {
  const [year, month] = tokyoDate().split('-').map(Number) as [number, number];
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  return `${next.y}-${String(next.m).padStart(2, '0')}-01`;
}

/** A date-time from the API (an untyped scalar), shown in Tokyo time in the reader's language. */
export function dateTime(iso: unknown, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone: TOKYO,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(String(iso)));
}

/** The time of day in Tokyo to the second, for what happens within the minute: 09:05:30. */
export function tokyoSecond(iso: unknown): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: TOKYO,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(String(iso)));
}

/** A date-time from the API in Tokyo as lists show it: 2026/05/01 09:05. */
export function tokyoMinute(iso: unknown): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TOKYO,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(String(iso)));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}/${part('month')}/${part('day')} ${part('hour')}:${part('minute')}`;
}

/**
 * A phone number the API stores as E.164, shown as Japanese readers write it:
 * +81355550101 → 03-5555-0101. Anything unparseable is shown as it came.
 */
export function nationalPhone(e164: string): string {
  return formatNational(e164);
}

/** A fax or phone number kept as E.164 in national format; an e-mail address as it is. */
export function recipientLabel(recipient: string): string {
  return recipient.startsWith('+') ? nationalPhone(recipient) : recipient;
}

/** 'YYYY-MM' as a month in the reader's language: 2026年11月, November 2026. */
export function yearMonth(month: string, language: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
  }).format(Date.UTC(year, monthNumber - 1, 1));
}

/** Seconds as a call centre's clock shows them: 0:07, 12:45, 1:02:03. Negative counts as zero. */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
