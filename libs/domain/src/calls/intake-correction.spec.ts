import { changeLabel, intakeChanges, intakeCorrectionMail } from './intake-correction';

const before = {
  fields: { caller_name: '山田', callback_number: '+819011112222', message: '水漏れ' },
  memo: '',
  callingE164: '+81311112222',
};

describe('intakeChanges', () => {
  it('lists only what differs: fields first, then the memo and the caller’s number', () => {
    expect(
      intakeChanges(before, {
        fields: { ...before.fields, callback_number: '+819033334444' },
        memo: '再訂正',
        callingE164: null,
      }),
    ).toEqual([
      { key: 'callback_number', before: '+819011112222', after: '+819033334444' },
      { key: 'memo', before: '', after: '再訂正' },
      { key: 'callingNumber', before: '+81311112222', after: null },
    ]);
  });

  it('finds nothing to correct in an unchanged record, and a field added or emptied', () => {
    expect(intakeChanges(before, { ...before, fields: { ...before.fields } })).toEqual([]);
    const { message: _message, ...rest } = before.fields;
    expect(intakeChanges(before, { ...before, fields: { ...rest, site: '2階' } })).toEqual([
      { key: 'message', before: '水漏れ', after: null },
      { key: 'site', before: null, after: '2階' },
    ]);
  });
});

describe('intakeCorrectionMail', () => {
  it('tells the client what was and what is, by the labels the operator saw, with the reason', () => {
    const labels = new Map([['callback_number', '折り返し先']]);
    expect(changeLabel('callback_number', labels)).toBe('折り返し先');
    expect(changeLabel('site', labels)).toBe('site');
    const mail = intakeCorrectionMail(
      '株式会社サンプル商事',
      { recordNumber: 'SS-2026-000123', receivedAt: new Date('2026-12-07T01:30:00Z') },
      [
        { key: 'callback_number', before: '+819011112222', after: '+819033334444' },
        { key: 'callingNumber', before: null, after: '+81311112222' },
      ],
      labels,
      '電話番号の聞き間違い',
      'https://dengon.example/portal/history/1',
    );
    expect(mail.subject).toBe('【訂正】受付番号SS-2026-000123の内容を訂正しました');
    expect(mail.text).toContain('2026年12月7日(月) 10:30にご報告した受付番号SS-2026-000123');
    expect(mail.text).toContain('■ 折り返し先\n　訂正前：090-1111-2222\n　訂正後：090-3333-4444');
    expect(mail.text).toContain('■ 発信者番号\n　訂正前：（なし）\n　訂正後：03-1111-2222');
    expect(mail.text).toContain('訂正の理由：電話番号の聞き間違い');
    expect(mail.text).toContain('受付の詳細：https://dengon.example/portal/history/1');
  });
});
