/**
 * A correction of an intake record after it was saved (訂正): what changed,
 * field by field, and the notice that tells the client when the record had
 * already been reported to them.
 */
import {
  type FieldLabels,
  type MailText,
  intakeValueText,
  SIGNATURE,
  tokyoDateTimeText,
} from './intake-report';
import type { IntakeValue } from './intake-values';

/** What a correction may change: the intake fields, the memo and the caller's number. */
export interface CorrectableIntake {
  fields: Record<string, IntakeValue>;
  memo: string;
  callingE164: string | null;
}

/** One changed item: an intake field's key, or 'memo' / 'callingNumber'. */
export interface IntakeChange {
  key: string;
  before: IntakeValue | null;
  after: IntakeValue | null;
}

/** The items that differ, fields in the script's order first, then the memo and the caller's number. */
export function intakeChanges(before: CorrectableIntake, after: CorrectableIntake): IntakeChange[] {
  const keys = [...new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])];
  const changes: IntakeChange[] = keys
    .filter((key) => before.fields[key] !== after.fields[key])
    .map((key) => ({ key, before: before.fields[key] ?? null, after: after.fields[key] ?? null }));
  if (before.memo !== after.memo)
    changes.push({ key: 'memo', before: before.memo, after: after.memo });
  if (before.callingE164 !== after.callingE164)
    changes.push({ key: 'callingNumber', before: before.callingE164, after: after.callingE164 });
  return changes;
}

/** An item's Japanese name: the script's label, or the record's own. */
export function changeLabel(key: string, labels: FieldLabels): string {
  if (key === 'memo') return 'メモ';
  if (key === 'callingNumber') return '発信者番号';
  return labels.get(key) ?? key;
}

const valueText = (value: IntakeValue | null): string =>
  value === null || value === '' ? '（なし）' : intakeValueText(value);

/** The notice to a client whose report of the record went out before the correction. */
export function intakeCorrectionMail(
  clientName: string,
  record: { recordNumber: string; receivedAt: Date },
  changes: readonly IntakeChange[],
  labels: FieldLabels,
  reason: string,
  recordUrl: string,
): MailText {
  return {
    subject: `【訂正】受付番号${record.recordNumber}の内容を訂正しました`,
    text: [
      `${clientName} ご担当者様`,
      '',
      'いつもお世話になっております。',
      `${tokyoDateTimeText(record.receivedAt)}にご報告した受付番号${record.recordNumber}の内容に誤りがあり、以下のとおり訂正いたしました。`,
      'ご迷惑をおかけし、申し訳ございません。',
      '',
      ...changes.flatMap((c) => [
        `■ ${changeLabel(c.key, labels)}`,
        `\u3000訂正前：${valueText(c.before)}`,
        `\u3000訂正後：${valueText(c.after)}`,
      ]),
      '',
      `訂正の理由：${reason}`,
      '',
      `受付の詳細：${recordUrl}`,
      ...SIGNATURE,
    ].join('\n'),
  };
}
