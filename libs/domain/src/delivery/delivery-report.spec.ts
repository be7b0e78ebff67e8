import {
  dengonMessageIds,
  faxResultOutcome,
  outcomeOfAction,
  readDeliveryStatus,
} from './delivery-report';

// As Postfix writes the message/delivery-status part of a bounce.
const POSTFIX_BOUNCE = [
  'Reporting-MTA: dns; mail.dengon.example',
  'X-Postfix-Queue-ID: 4F2C81A0B2',
  'Arrival-Date: Sun, 22 Nov 2026 10:00:00 +0900 (JST)',
  '',
  'Final-Recipient: rfc822; jobs@suido.example',
  'Original-Recipient: rfc822;jobs@suido.example',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.suido.example',
  'Diagnostic-Code: smtp; 550 5.1.1 <jobs@suido.example>: Recipient address',
  '    rejected: User unknown',
  '',
].join('\r\n');

describe('delivery status notifications', () => {
  it('reads each recipient of a bounce, with its folded diagnostic', () => {
    expect(readDeliveryStatus(POSTFIX_BOUNCE)).toEqual([
      {
        recipient: 'jobs@suido.example',
        action: 'failed',
        status: '5.1.1',
        diagnostic: '550 5.1.1 <jobs@suido.example>: Recipient address rejected: User unknown',
      },
    ]);
  });

  it('reads several recipients, and a success notice without a diagnostic', () => {
    const text = [
      'Reporting-MTA: dns; mx.example',
      '',
      'Final-Recipient: rfc822; a@example.jp',
      'Action: delivered',
      'Status: 2.0.0',
      '',
      'Original-Recipient: rfc822; b@example.jp',
      'Action: Delayed',
      'Status: 4.4.1',
    ].join('\n');
    expect(readDeliveryStatus(text)).toEqual([
      { recipient: 'a@example.jp', action: 'delivered', status: '2.0.0', diagnostic: null },
      { recipient: 'b@example.jp', action: 'delayed', status: '4.4.1', diagnostic: null },
    ]);
  });

  it('finds no recipient in a text that is not a status report', () => {
    expect(readDeliveryStatus('Hello\n\nJust a reply.')).toEqual([]);
  });

  it.each([
    ['failed', 'BOUNCED'],
    ['delivered', 'DELIVERED'],
    ['delayed', 'DELAYED'],
    ['relayed', null],
    ['expanded', null],
  ])('action %s means %s', (action, outcome) => {
    expect(outcomeOfAction(action)).toBe(outcome);
  });
});

describe('fax gateway result mails', () => {
  it.each([
    ['FAX送信が成功しました', '', 'DELIVERED'],
    ['FAX送信が失敗しました', '', 'BOUNCED'],
    ['送信結果のお知らせ', '宛先 0312345678 への送信は完了しました。', 'DELIVERED'],
    ['送信結果のお知らせ', '相手先が話中のため送信できませんでした。', 'BOUNCED'],
    ['Fax delivery report', 'Status: success', 'DELIVERED'],
    ['Fax delivery report', 'Status: failed (no answer)', 'BOUNCED'],
    ['Undelivered Mail Returned to Sender', '', 'BOUNCED'],
    ['Fax result', 'Your fax was successfully sent.', 'DELIVERED'],
    ['お知らせ', '本日はメンテナンスを行います。', null],
  ])('%s / %s → %s', (subject, text, outcome) => {
    expect(faxResultOutcome(subject, text)).toBe(outcome);
  });

  it('takes the subject before the body: a success subject with an error column stays a success', () => {
    expect(faxResultOutcome('FAX送信が成功しました', 'エラーコード: なし')).toBe('DELIVERED');
  });
});

describe('Dengon message ids', () => {
  const id = '0b6f5a2e-3c1d-4e8f-9a7b-123456789abc';

  it('finds our Message-ID in quoted headers, once, lower-cased', () => {
    const text = `Message-ID: <${id.toUpperCase()}@dengon>\nReferences: <${id}@dengon>`;
    expect(dengonMessageIds(text)).toEqual([id]);
  });

  it('ignores other senders’ ids and malformed ones', () => {
    expect(dengonMessageIds('<abc@dengon> <' + id + '@example.jp>')).toEqual([]);
  });
});
