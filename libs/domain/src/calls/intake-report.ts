import { TZDate } from '@date-fns/tz';
import { formatNational } from '../numbers/phone';
import type { IntakeValue } from './intake-values';

/** How an intake reached the service, as clients read it. */
export const INTAKE_CHANNEL_LABELS_JA: Record<string, string> = {
  PHONE: '電話',
  VOICEMAIL: '留守番電話',
  FAX: 'FAX',
  EMAIL: 'メール',
};

const WEEKDAYS = '日月火水木金土';
const TOKYO = 'Asia/Tokyo';
const pad = (n: number) => String(n).padStart(2, '0');

/** A stored intake value as people read it: phone numbers in national format. */
export function intakeValueText(value: IntakeValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' && value.startsWith('+81')
    ? formatNational(value)
    : String(value);
}

/** '2026年11月22日(日)', in Asia/Tokyo. */
export function tokyoDateText(instant: Date): string {
  const d = new TZDate(instant, TOKYO);
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日(${WEEKDAYS.charAt(d.getDay())})`;
}

/** '2026年11月22日(日) 14:05', in Asia/Tokyo. */
export function tokyoDateTimeText(instant: Date): string {
  const d = new TZDate(instant, TOKYO);
  return `${tokyoDateText(instant)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The 24 hours a daily digest sent on a Tokyo date at 'HH:MM' covers: from
 * the same time the day before, up to (not including) the sending time.
 */
export function digestWindow(tokyoDate: string, digestTime: string): { from: Date; to: Date } {
  const to = new Date(`${tokyoDate}T${digestTime}:00+09:00`);
  if (Number.isNaN(to.getTime()))
    throw new RangeError(`bad digest date or time: ${tokyoDate} ${digestTime}`);
  return { from: new Date(to.getTime() - 86_400_000), to };
}

export interface ReportedIntake {
  id: string;
  /** 受付番号, e.g. 'SS-2026-000123'. */
  recordNumber: string;
  receivedAt: Date;
  channel: string;
  dialedE164: string | null;
  callingE164: string | null;
  fields: Record<string, IntakeValue>;
  memo: string;
  urgentKeywords: readonly string[];
}

export interface MailText {
  subject: string;
  text: string;
}

/** Field labels of the script version each intake was taken with, by key. */
export type FieldLabels = ReadonlyMap<string, string>;

function intakeLines(r: ReportedIntake, labels: FieldLabels): string[] {
  const lines = [
    `受付番号：${r.recordNumber}`,
    `受付日時：${tokyoDateTimeText(r.receivedAt)}`,
    `受付方法：${INTAKE_CHANNEL_LABELS_JA[r.channel] ?? r.channel}`,
  ];
  if (r.dialedE164) lines.push(`着信番号：${formatNational(r.dialedE164)}`);
  if (r.callingE164) lines.push(`発信者番号：${formatNational(r.callingE164)}`);
  for (const [key, value] of Object.entries(r.fields))
    lines.push(`${labels.get(key) ?? key}：${intakeValueText(value)}`);
  if (r.memo) lines.push(`メモ：${r.memo}`);
  return lines;
}

const urgentNote = (r: ReportedIntake) =>
  `※緊急キーワード（${r.urgentKeywords.join('、')}）を含むため、ご登録の緊急連絡先へお電話でもご連絡いたします。`;

export const SIGNATURE = [
  '',
  '――',
  '電話代行サービス Dengon',
  '本メールは送信専用です。ご返信いただいてもお答えできません。',
];

/** The e-mail telling a client of one intake, the moment it is saved. */
export function intakeReportMail(
  clientName: string,
  r: ReportedIntake,
  labels: FieldLabels,
  recordUrl: string,
): MailText {
  const urgent = r.urgentKeywords.length > 0;
  const caller = r.fields['caller_name'];
  return {
    subject: `${urgent ? '【至急】' : ''}【お電話受付】受付番号${r.recordNumber}${caller ? ` ${intakeValueText(caller)}様より` : ''}`,
    text: [
      `${clientName} ご担当者様`,
      '',
      'いつもお世話になっております。',
      '以下のとおりご連絡を承りましたので、ご報告いたします。',
      ...(urgent ? ['', urgentNote(r)] : []),
      '',
      ...intakeLines(r, labels),
      '',
      '対応状況の更新・コメントはお客様ポータルから行えます。',
      recordUrl,
      ...SIGNATURE,
    ].join('\n'),
  };
}

/** The daily e-mail listing a client's intakes of the 24 hours before `to`. */
export function intakeDigestMail(
  clientName: string,
  window: { from: Date; to: Date },
  records: readonly { intake: ReportedIntake; labels: FieldLabels }[],
  historyUrl: string,
): MailText {
  const period = `${tokyoDateTimeText(window.from)} 〜 ${tokyoDateTimeText(window.to)}`;
  const body = records.length
    ? records.flatMap(({ intake, labels }, i) => [
        `■ ${i + 1}件目${intake.urgentKeywords.length ? '【至急】' : ''}`,
        ...intakeLines(intake, labels),
        '',
      ])
    : ['この期間のお電話・ご伝言はありませんでした。', ''];
  return {
    subject: `【受付日報】${tokyoDateText(window.to)} ${records.length}件`,
    text: [
      `${clientName} ご担当者様`,
      '',
      'いつもお世話になっております。',
      `${period} の受付内容をご報告いたします（${records.length}件）。`,
      '',
      ...body,
      '受付履歴はお客様ポータルでご覧いただけます。',
      historyUrl,
      ...SIGNATURE,
    ].join('\n'),
  };
}
