import type { CoverageWindow } from '../coverage/coverage';
import { renderVariables, unknownVariables } from '../text/variables';

/**
 * Replies to mail from per-client templates (返信テンプレート): the
 * operator picks one, sees it filled in, may touch it up, and sends it. An
 * auto-acknowledgment (受付しました) is a template the client asked to be
 * sent as each mail is received.
 */
export const REPLY_VARIABLES = ['お名前', '受付番号', '会社名', '営業時間'] as const;
export type ReplyVariable = (typeof REPLY_VARIABLES)[number];

export function unknownReplyVariables(text: string): string[] {
  return unknownVariables(text, REPLY_VARIABLES);
}

export function renderReply(text: string, values: Record<ReplyVariable, string>): string {
  return renderVariables(text, values);
}

/** 「Re: 」 before a subject, once however long the thread. */
export function replySubject(subject: string): string {
  const bare = subject.replace(/^\s*((re|ｒｅ|Ｒｅ|RE)\s*[:：]\s*)+/i, '').trim();
  return `Re: ${bare || '（件名なし）'}`;
}

/** The name to greet a sender by: the display name of a From, or its address without one. */
export function senderName(from: { name?: string; address?: string } | undefined): string {
  return from?.name?.trim() || from?.address?.trim() || '';
}

const WEEKDAY_NAMES = ['月', '火', '水', '木', '金', '土', '日'] as const;

/**
 * Business hours as a reply says them: days with the same hours together,
 * 「月〜金 9:00〜18:00、土 10:00〜17:00」; 「24時間365日」 for every day all day.
 */
export function coverageText(windows: readonly CoverageWindow[]): string {
  const hours = (w: CoverageWindow) => `${w.start.replace(/^0/, '')}〜${w.end.replace(/^0/, '')}`;
  const sorted = [...windows].sort(
    (a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start),
  );
  if (sorted.length === 7 && sorted.every((w) => w.start === '00:00' && w.end === '24:00'))
    return '24時間365日';
  const byHours = new Map<string, number[]>();
  for (const w of sorted) byHours.set(hours(w), [...(byHours.get(hours(w)) ?? []), w.weekday]);
  return [...byHours].map(([h, days]) => `${dayRuns(days)} ${h}`).join('、');
}

/** 1,2,3,4,5,7 → 「月〜金・日」 */
function dayRuns(days: number[]): string {
  const unique = [...new Set(days)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const d of unique) {
    const last = runs[runs.length - 1];
    if (last && last[1] === d - 1) last[1] = d;
    else runs.push([d, d]);
  }
  const name = (d: number) => WEEKDAY_NAMES[d - 1]!;
  return runs
    .map(([a, b]) =>
      a === b ? name(a) : b === a + 1 ? `${name(a)}・${name(b)}` : `${name(a)}〜${name(b)}`,
    )
    .join('・');
}
