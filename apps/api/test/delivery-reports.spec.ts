import { Role } from '@dengon/domain';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventSignature } from '../src/common/signatures';
import type { AppConfig } from '../src/config/config';
import { APP_CONFIG } from '../src/config/config.module';
import { CALLER_FIELDS, clientOnPlan, publishScript } from './fixtures';
import { TestSmtp } from '@dengon/test-doubles';
import { TestApp, until } from './test-app';

// Jobs hop through pg-boss, polled every half second.
jest.setTimeout(30_000);

const DISPATCHES = `query($i: ID) { dispatches(intakeId: $i) { id status alert contractor { name }
  messages { id channel recipient status lastError providerMessageId sentAt reportedAt } } }`;
const REPORTS = `query($u: Boolean) { deliveryReports(unmatchedOnly: $u) { id source outboundMessageId outcome subject detail } }`;

/** A bounce as Postfix writes it (RFC 3464), quoting the returned message's headers. */
const bounce = (messageId: string, recipient: string) =>
  [
    'From: MAILER-DAEMON@mail.dengon.example (Mail Delivery System)',
    'To: no-reply@dengon.example',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND"',
    '',
    '--B0UND',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    "I'm sorry to have to inform you that your message could not be delivered.",
    '',
    '--B0UND',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.dengon.example',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: smtp; 550 5.1.1 <${recipient}>: Recipient address rejected:`,
    '    User unknown',
    '',
    '--B0UND',
    'Content-Type: text/rfc822-headers',
    '',
    `Message-ID: ${messageId}`,
    'Subject: =?UTF-8?B?44CQ5omL6YWN5pu444CR?=',
    '',
    '--B0UND--',
    '',
  ].join('\r\n');

describe('delivery reports', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let op: string;
  let bo: string;
  let secret: string;
  let maintenance: string;

  beforeAll(async () => {
    // HylaFAX's sendfax, as far as Dengon sees it: it queues the job and prints its id.
    const bin = mkdtempSync(join(tmpdir(), 'dengon-sendfax-'));
    const sendfax = join(bin, 'sendfax');
    writeFileSync(
      sendfax,
      '#!/bin/sh\necho "request id is 4711 (group id 4711) for host localhost (1 file)"\n',
    );
    chmodSync(sendfax, 0o755);
    smtp = await TestSmtp.start();
    t = await TestApp.start({
      SMTP_URL: smtp.url,
      FAX_GATEWAY: 'hylafax',
      HYLAFAX_SENDFAX: sendfax,
      PUBLIC_URL: 'https://dengon.example',
    });
    secret = t.app.get<AppConfig>(APP_CONFIG).deliveryReportsSecret;
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    await t.createUser('op@dengon.example', Role.Operator);
    bo = (await t.login('bo@dengon.example')).token;
    op = (await t.login('op@dengon.example')).token;
    const sv = (await t.login('sv@dengon.example')).token;
    maintenance = (await clientOnPlan(t, bo, '東都設備サービス', 'MAINTENANCE')).companyId;
    await publishScript(t, sv, maintenance, { fields: CALLER_FIELDS });
    for (const [name, priority, channel] of [
      ['メール設備', 1, { kind: 'EMAIL', address: 'gone@mail-setsubi.example', hours: null }],
      ['FAX設備', 5, { kind: 'FAX', address: '03-5555-6666', hours: null }],
    ] as const) {
      const r = await t.gql(
        `mutation($input: SaveContractorInput!) { saveContractor(input: $input) { id } }`,
        {
          input: {
            clientCompanyId: maintenance,
            name,
            priority,
            categories: ['水回り'],
            areas: [{ prefecture: '東京都', city: null }],
            channels: [channel],
          },
        },
        { token: bo },
      );
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const post = (path: string, body: string, contentType: string, sign = secret) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    return fetch(`${t.baseUrl}/webhooks/delivery-reports/${path}`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-dengon-timestamp': timestamp,
        'x-dengon-signature': eventSignature(sign, timestamp, body),
      },
      body,
    });
  };
  const mail = (raw: string, sign?: string) => post('mail', raw, 'message/rfc822', sign);
  const faxJob = (body: object) => post('fax-job', JSON.stringify(body), 'application/json');
  const reports = async (unmatched = false) =>
    (await t.gql(REPORTS, { u: unmatched }, { token: bo })).data?.['deliveryReports'];

  it('a bounce moves the dispatch to the next contractor, whose fax is reported delivered', async () => {
    const intake = await t.gql(
      `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
      {
        input: {
          clientCompanyId: maintenance,
          channel: 'PHONE',
          fields: { caller_name: '山田 太郎', callback_number: '090-1111-2222', message: '水漏れ' },
        },
      },
      { token: op },
    );
    const intakeId = intake.data?.['createIntake'].id as string;
    const created = await t.gql(
      `mutation($input: CreateDispatchInput!) { createDispatch(input: $input) { id } }`,
      {
        input: {
          intakeId,
          category: '水回り',
          siteAddress: '東京都港区芝公園4-2-8',
          instructions: '止水をお願いします。',
        },
      },
      { token: op },
    );
    expect(created.errors).toBeUndefined();
    const dispatchOf = async () =>
      (await t.gql(DISPATCHES, { i: intakeId }, { token: op })).data?.['dispatches'][0];
    const sent = await until(
      async () => ((await dispatchOf()).status === 'SENT' ? dispatchOf() : undefined),
      'the e-mail to be sent',
    );
    expect(sent.contractor.name).toBe('メール設備');
    const emailed = smtp.mails.find((m) => m.subject?.includes('【手配書】'))!;
    expect(emailed.messageId).toBe(`<${sent.messages[0].id}@dengon>`);

    // The recipient's server refuses it later: the mail server hands the bounce in.
    const answer = await mail(bounce(emailed.messageId!, 'gone@mail-setsubi.example'));
    expect(answer.status).toBe(202);
    expect(await answer.json()).toMatchObject({ matched: true, outcome: 'BOUNCED' });
    const moved = await until(async () => {
      const d = await dispatchOf();
      return d.messages.length === 2 && d.status === 'SENT' ? d : undefined;
    }, 'the dispatch to move to the fax contractor');
    expect(moved.contractor.name).toBe('FAX設備');
    expect(moved.alert).toContain('メールが届きませんでした（550 5.1.1');
    expect(moved.alert).toContain('次の手配先（FAX設備）に切り替えました');
    const [emailMessage, faxMessage] = moved.messages;
    expect(emailMessage).toMatchObject({ status: 'BOUNCED', reportedAt: expect.any(String) });
    expect(emailMessage.lastError).toContain('User unknown');
    expect(faxMessage).toMatchObject({ channel: 'FAX', providerMessageId: 'hylafax:4711' });

    // HylaFAX's notify hook reports the fax job done.
    expect((await faxJob({ jobId: '4711', outcome: 'DELIVERED' })).status).toBe(202);
    const delivered = (await dispatchOf()).messages[1];
    expect(delivered).toMatchObject({ status: 'DELIVERED', reportedAt: expect.any(String) });
    // A repeated or contradicting report is kept, and changes nothing.
    expect((await faxJob({ jobId: '4711', outcome: 'BOUNCED', detail: 'late' })).status).toBe(202);
    expect((await dispatchOf()).messages[1]).toEqual(delivered);
    expect((await dispatchOf()).status).toBe('SENT');
    const all = await reports();
    expect(all.map((r: { outcome: string }) => r.outcome)).toEqual([
      'BOUNCED',
      'DELIVERED',
      'BOUNCED',
    ]);
  });

  it('reads an internet-fax gateway’s Japanese result mail, matched by the mail it answers', async () => {
    // On the e-mail-to-fax route the gateway answers the mail it was sent; any sent mail will do here.
    // The intake's report to the client is one; it may still be on its way under load.
    const message = await until(async () => {
      const listed = await t.gql(
        `{ outboundMessages(first: 50) { id status } }`,
        {},
        { token: bo },
      );
      return listed.data!['outboundMessages'].find(
        (m: { status: string }) => m.status === 'SENT',
      ) as { id: string } | undefined;
    }, 'a sent message');
    const result = [
      'From: result@fax-gateway.example',
      'Subject: =?UTF-8?B?' + Buffer.from('FAX送信が成功しました').toString('base64') + '?=',
      `In-Reply-To: <${message.id}@dengon>`,
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      '送信先：0355556666　ページ数：1',
      '',
    ].join('\r\n');
    const answer = await mail(result);
    expect(await answer.json()).toMatchObject({ matched: true, outcome: 'DELIVERED' });
    const after = (
      await t.gql(`{ outboundMessages(first: 50) { id status } }`, {}, { token: bo })
    ).data?.['outboundMessages'].find((m: { id: string }) => m.id === message.id);
    expect(after.status).toBe('DELIVERED');
  });

  it('keeps a report that names no message of ours, for a person to read', async () => {
    const answer = await mail(
      'From: someone@example.jp\r\nSubject: Re: hello\r\n\r\nThanks for your mail.\r\n',
    );
    expect(await answer.json()).toMatchObject({ matched: false, outcome: null });
    const [unmatched] = await reports(true);
    expect(unmatched).toMatchObject({
      source: 'MAIL',
      outboundMessageId: null,
      subject: 'Re: hello',
    });
    // Client users do not see delivery reports.
    await t.createUser('admin@b.example', Role.ClientAdmin, maintenance);
    const client = (await t.login('admin@b.example')).token;
    const refused = await t.gql(REPORTS, {}, { token: client });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an unsigned or wrongly signed report, and bad input, and records nothing', async () => {
    const before = (await reports()).length;
    const raw = bounce('<00000000-0000-4000-8000-000000000000@dengon>', 'x@example.jp');
    expect((await mail(raw, 'not-the-secret-not-the-secret-not-the-secret')).status).toBe(403);
    const unsigned = await fetch(`${t.baseUrl}/webhooks/delivery-reports/mail`, {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822' },
      body: raw,
    });
    expect(unsigned.status).toBe(403);
    const empty = await mail('');
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({
      message: expect.stringContaining('message/rfc822'),
    });
    const badOutcome = await faxJob({ jobId: '4711', outcome: 'MAYBE' });
    expect(badOutcome.status).toBe(400);
    expect(JSON.stringify(await badOutcome.json())).toContain('outcome');
    expect((await faxJob({ jobId: '../etc', outcome: 'DELIVERED' })).status).toBe(400);
    expect(await reports()).toHaveLength(before);
  });
});
