import {
  digestWindow,
  intakeDigestMail,
  intakeReportMail,
  intakeValueText,
  type ReportedIntake,
  tokyoDateTimeText,
} from './intake-report';

const labels = new Map([
  ['caller_name', 'お名前'],
  ['callback_number', '折り返し先'],
  ['message', 'ご用件'],
]);
const intake: ReportedIntake = {
  id: 'a1b2',
  recordNumber: 'SS-2026-001024',
  // 2026-11-22 23:30 in Tokyo.
  receivedAt: new Date('2026-11-22T14:30:00Z'),
  channel: 'PHONE',
  dialedE164: '+81120100200',
  callingE164: '+819011112222',
  fields: { caller_name: '山田 太郎', callback_number: '+819011112222', message: '見積りの件' },
  memo: '',
  urgentKeywords: [],
};

describe('intake report texts', () => {
  it('shows phone numbers in national format and other values as they are', () => {
    expect(intakeValueText('+819011112222')).toBe('090-1111-2222');
    expect(intakeValueText('+81120100200')).toBe('0120-100-200');
    expect(intakeValueText(3)).toBe('3');
    expect(intakeValueText('+1 is not Japanese')).toBe('+1 is not Japanese');
    expect(intakeValueText(undefined)).toBe('');
  });

  it('writes times in Asia/Tokyo with the weekday, across the UTC date line', () => {
    expect(tokyoDateTimeText(new Date('2026-11-22T14:30:00Z'))).toBe('2026年11月22日(日) 23:30');
    expect(tokyoDateTimeText(new Date('2026-11-22T15:05:00Z'))).toBe('2026年11月23日(月) 00:05');
  });

  it('reports one intake with every field under its label, and a link to the record', () => {
    const mail = intakeReportMail(
      '株式会社サンプル商事',
      intake,
      labels,
      'https://x/portal/history/a1b2',
    );
    expect(mail.subject).toBe('【お電話受付】受付番号SS-2026-001024 山田 太郎様より');
    expect(mail.text.split('\n')).toEqual(
      expect.arrayContaining([
        '株式会社サンプル商事 ご担当者様',
        '受付番号：SS-2026-001024',
        '受付日時：2026年11月22日(日) 23:30',
        '受付方法：電話',
        '着信番号：0120-100-200',
        '発信者番号：090-1111-2222',
        'お名前：山田 太郎',
        '折り返し先：090-1111-2222',
        'ご用件：見積りの件',
        'https://x/portal/history/a1b2',
      ]),
    );
    expect(mail.text).not.toContain('メモ：');
    expect(mail.text).not.toContain('緊急');
  });

  it('marks an urgent intake in the subject and says the client will be phoned', () => {
    const mail = intakeReportMail(
      'A社',
      { ...intake, urgentKeywords: ['水漏れ', '至急'], memo: '至急' },
      labels,
      'u',
    );
    expect(mail.subject.startsWith('【至急】【お電話受付】')).toBe(true);
    expect(mail.text).toContain('緊急キーワード（水漏れ、至急）');
    expect(mail.text).toContain('メモ：至急');
  });

  it('falls back to the key for a field the labels do not know', () => {
    const mail = intakeReportMail('A社', { ...intake, fields: { shoe: '27' } }, labels, 'u');
    expect(mail.text).toContain('shoe：27');
    expect(mail.subject).toBe('【お電話受付】受付番号SS-2026-001024');
  });
});

describe('daily digest', () => {
  it('covers the 24 hours up to the digest time in Tokyo', () => {
    expect(digestWindow('2026-11-22', '18:00')).toEqual({
      from: new Date('2026-11-21T09:00:00Z'),
      to: new Date('2026-11-22T09:00:00Z'),
    });
    expect(digestWindow('2026-11-01', '00:30')).toEqual({
      from: new Date('2026-10-30T15:30:00Z'),
      to: new Date('2026-10-31T15:30:00Z'),
    });
  });

  it('refuses a malformed time', () => {
    expect(() => digestWindow('2026-11-22', '25:00')).toThrow(RangeError);
  });

  it('lists every intake, numbered, urgent ones marked', () => {
    const window = digestWindow('2026-11-23', '09:00');
    const mail = intakeDigestMail(
      'A社',
      window,
      [
        { intake, labels },
        {
          intake: { ...intake, recordNumber: 'SS-2026-001025', urgentKeywords: ['水漏れ'] },
          labels,
        },
      ],
      'https://x/portal/history',
    );
    expect(mail.subject).toBe('【受付日報】2026年11月23日(月) 2件');
    expect(mail.text).toContain('2026年11月22日(日) 09:00 〜 2026年11月23日(月) 09:00 の受付内容');
    expect(mail.text).toContain('■ 1件目\n受付番号：SS-2026-001024');
    expect(mail.text).toContain('■ 2件目【至急】\n受付番号：SS-2026-001025');
  });

  it('says so when nothing came in', () => {
    const mail = intakeDigestMail('A社', digestWindow('2026-11-23', '09:00'), [], 'u');
    expect(mail.subject).toBe('【受付日報】2026年11月23日(月) 0件');
    expect(mail.text).toContain('この期間のお電話・ご伝言はありませんでした。');
  });
});
