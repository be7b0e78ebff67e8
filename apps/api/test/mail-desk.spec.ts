import { Role } from '@dengon/domain';
import nodemailer from 'nodemailer';
import { InboundSmtp } from '../src/inbound/inbound-smtp';
import { Acd } from '../src/acd/acd.service';
import { TestCalls } from '../src/telephony/test-calls.service';
import {
  activeNumber,
  ALWAYS,
  clientOnPlan,
  fieldsOf,
  publishScript,
  trainOperators,
} from './fixtures';
import { faxTiff, TestSmtp } from '@dengon/test-doubles';
import { codeOf, TestApp, until, violationOf } from './test-app';

const SAVE_TEMPLATE = `mutation($input: SaveReplyTemplateInput!) { saveReplyTemplate(input: $input) { id version } }`;
const QUEUE = `query { mailQueue { id subject intakeId } }`;
const TAKE = `mutation($id: ID!) { takeMail(id: $id) { id takenBy } }`;
const DRAFT = `query($m: ID!, $t: ID!) { draftReply(inboundMailId: $m, templateId: $t) { subject body } }`;
const REPLY = `mutation($input: ReplyToMailInput!) { replyToMail(input: $input) { id recipient subject sentBy } }`;
const FINISH = `mutation($id: ID!) { finishMail(id: $id) { id finishedAt } }`;
const RECORD = `query($id: ID!) { intakeRecord(id: $id) { mail { subject replies { subject body sentBy } } } }`;

describe('the operators’ mail desk', () => {
  let t: TestApp;
  let sink: TestSmtp;
  let sv: string;
  let op1: string;
  let op2: string;
  let stranger: string;
  let op1Id: string;
  let client: string;
  let faxClient: string;
  let inbound: (to: string, subject: string, messageId: string) => Promise<unknown>;

  beforeAll(async () => {
    sink = await TestSmtp.start();
    t = await TestApp.start({ INBOUND_SMTP_PORT: '0', SMTP_URL: sink.url });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    op1Id = (await t.createUser('op1@dengon.example', Role.Operator)).id;
    const op2Id = (await t.createUser('op2@dengon.example', Role.Operator)).id;
    await t.createUser('op3@dengon.example', Role.Operator);
    const bo = (await t.login('bo@dengon.example')).token;
    sv = (await t.login('sv@dengon.example')).token;
    op1 = (await t.login('op1@dengon.example')).token;
    op2 = (await t.login('op2@dengon.example')).token;
    stranger = (await t.login('op3@dengon.example')).token;
    client = (await clientOnPlan(t, bo, 'メール商事', 'MAIL')).companyId;
    faxClient = (await clientOnPlan(t, bo, '東都設備', 'MAINTENANCE', ALWAYS)).companyId;
    await activeNumber(t, bo, faxClient, '0120-800-002');
    for (const id of [client, faxClient]) await publishScript(t, sv, id);
    await trainOperators(t, sv, 'メール担当', [client, faxClient], [op1Id, op2Id]);
    for (const [clientCompanyId, address, kind] of [
      [client, 'mail-shoji@in.dengon.example', 'EMAIL'],
      [faxClient, 'fax-toto@in.dengon.example', 'FAX'],
    ] as const) {
      await t.gql(
        `mutation($input: AddInboundAddressInput!) { addInboundAddress(input: $input) { id } }`,
        { input: { clientCompanyId, address, kind } },
        { token: bo },
      );
    }
    const port = t.app.get(InboundSmtp).port!;
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, ignoreTLS: true });
    inbound = (to, subject, messageId) =>
      transport.sendMail({
        from: '山田 太郎 <yamada@customer.example>',
        to,
        subject,
        messageId,
        text: '資料を送ってください。',
        attachments:
          to === 'fax-toto@in.dengon.example'
            ? [{ filename: 'fax.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') }]
            : [],
      });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const setState = (token: string, state: string) =>
    t.gql(
      `mutation($state: OperatorState!) { setMyOperatorState(state: $state) { state } }`,
      { state },
      { token },
    );
  const mailOfferOf = async (token: string) =>
    (await t.gql(`{ myMailOffer { state mail { id subject } } }`, {}, { token })).data?.[
      'myMailOffer'
    ];
  const inHand = async (token: string) =>
    (
      (await t.gql(`{ mailsInHand { id } }`, {}, { token })).data?.['mailsInHand'] as {
        id: string;
      }[]
    ).map((m) => m.id);

  const save = (input: Record<string, unknown>) =>
    t.gql(SAVE_TEMPLATE, { input: { clientCompanyId: client, ...input } }, { token: sv });

  it('refuses a template with variables no reply knows, naming the field', async () => {
    const result = await save({ name: '誤り', subject: '{件名}', body: '{お名前}様 {ご住所}' });
    expect(fieldsOf(result)).toEqual([
      { field: 'subject', message: 'has unknown variables: {件名}' },
      { field: 'body', message: 'has unknown variables: {ご住所}' },
    ]);
  });

  it('acknowledges a mail by itself, threaded under it, when the client has an auto-acknowledgment', async () => {
    const saved = await save({
      name: '自動受付',
      subject: '【{会社名}】受付しました（{受付番号}）',
      body: '{お名前}様\nお問い合わせを受け付けました。',
      autoReply: true,
    });
    expect(saved.errors).toBeUndefined();
    const second = await save({ name: '二つ目', subject: '', body: 'x', autoReply: true });
    expect(fieldsOf(second).map((f) => f.field)).toEqual(['autoReply']);

    await inbound('mail-shoji@in.dengon.example', '資料請求', '<ask-1@customer.example>');
    // The client is told of the mail as of a call; the sender gets the acknowledgment.
    const ack = await until(
      () => sink.mails.find((m) => m.subject?.startsWith('【メール商事】受付しました')),
      'the acknowledgment',
    );
    expect(ack.to).toMatchObject({ text: 'yamada@customer.example' });
    expect(ack.subject).toMatch(/^【メール商事】受付しました（.+-\d{4}-\d{6}）$/);
    expect(ack.text).toContain('山田 太郎様');
    expect(ack.inReplyTo).toBe('<ask-1@customer.example>');
    expect(ack.references).toBe('<ask-1@customer.example>');
  });

  it('offers each waiting mail through the ACD to one free operator trained on its client; a call beats a mail', async () => {
    const mail = (
      (await t.gql(QUEUE, {}, { token: op1 })).data?.['mailQueue'] as {
        id: string;
        subject: string;
      }[]
    ).find((m) => m.subject === '資料請求')!;
    expect(mail).toBeDefined();
    expect((await t.gql(QUEUE, {}, { token: stranger })).data?.['mailQueue']).toEqual([]);
    // Nobody is available: the mail waits.
    expect(await mailOfferOf(op1)).toBeNull();

    await setState(op1, 'AVAILABLE');
    expect(await mailOfferOf(op1)).toMatchObject({ state: 'OFFERED', mail: { id: mail.id } });
    // Only the operator it is offered to takes it: not one untrained, not one it was not offered to.
    await setState(stranger, 'AVAILABLE');
    for (const token of [stranger, op2])
      expect(violationOf(await t.gql(TAKE, { id: mail.id }, { token }))).toBe('MAIL_NOT_OFFERED');
    expect((await t.gql(TAKE, { id: mail.id }, { token: op1 })).data?.['takeMail']).toEqual({
      id: mail.id,
      takenBy: op1Id,
    });
    expect(await mailOfferOf(op1)).toBeNull();
    expect(await inHand(op1)).toEqual([mail.id]);
    const late = await t.gql(TAKE, { id: mail.id }, { token: sv });
    expect(violationOf(late)).toBe('MAIL_TAKEN');
    expect(codeOf(late)).toBe('CONFLICT');

    // One mail in hand at a time (ACD_MAIL_CONCURRENCY 1): the next waits for another operator.
    await inbound('mail-shoji@in.dengon.example', '見積依頼', '<ask-2@customer.example>');
    expect(await mailOfferOf(op1)).toBeNull();
    await setState(op2, 'AVAILABLE');
    const quote = await mailOfferOf(op2);
    expect(quote).toMatchObject({ state: 'OFFERED', mail: { subject: '見積依頼' } });

    // A call beats a mail: a mail in hand keeps no call from op1, and the call
    // offered to op2 takes the mail ringing there back to the queue.
    const ring = async () => {
      const rung = await t.gql(
        `mutation($id: ID!) { ringTestCall(clientCompanyId: $id) { id } }`,
        { id: faxClient },
        { token: sv },
      );
      const [{ provider_call_id: callId }] = await t.query(
        `SELECT provider_call_id FROM call_sessions WHERE id = $1`,
        [rung.data?.['ringTestCall'].id],
      );
      return callId as string;
    };
    const calls = [await ring(), await ring()];
    for (const token of [op1, op2])
      expect(
        (await t.gql(`{ myOffer { offer { state } } }`, {}, { token })).data?.['myOffer'],
      ).toEqual({
        offer: { state: 'OFFERED' },
      });
    expect(await mailOfferOf(op2)).toBeNull();
    expect(violationOf(await t.gql(TAKE, { id: quote.mail.id }, { token: op2 }))).toBe(
      'MAIL_NOT_OFFERED',
    );
    // The callers hang up: the mail rings for op2 again.
    for (const callId of calls) await t.app.get(TestCalls).hangUp(callId);
    await t.app.get(Acd).dispatch();
    expect(await mailOfferOf(op2)).toMatchObject({ mail: { subject: '見積依頼' } });
    expect((await t.gql(TAKE, { id: quote.mail.id }, { token: op2 })).errors).toBeUndefined();

    // Finished with, a mail leaves op1's hands; only the one who holds it finishes it.
    expect(violationOf(await t.gql(FINISH, { id: mail.id }, { token: op2 }))).toBe(
      'MAIL_NOT_IN_HAND',
    );
    expect((await t.gql(FINISH, { id: mail.id }, { token: op1 })).errors).toBeUndefined();
    expect(await inHand(op1)).toEqual([]);
    expect(violationOf(await t.gql(FINISH, { id: mail.id }, { token: op1 }))).toBe(
      'MAIL_NOT_IN_HAND',
    );
    // With a hand free, op1 is offered the next mail as it comes.
    await inbound('mail-shoji@in.dengon.example', 'カタログ請求', '<ask-3@customer.example>');
    expect(await mailOfferOf(op1)).toMatchObject({ mail: { subject: 'カタログ請求' } });
    for (const token of [op1, op2, stranger]) await setState(token, 'OFFLINE');
  });

  it('answers from a template filled in for the mail, threaded under it, kept beside the record', async () => {
    const template = (
      await save({
        name: '資料送付',
        subject: '',
        body: '{お名前}様\n{会社名}です。受付番号 {受付番号} にて承りました。営業時間: {営業時間}',
      })
    ).data?.['saveReplyTemplate'];
    const mail = (
      await t.query(`SELECT id, intake_id FROM inbound_mails WHERE subject = '資料請求'`)
    )[0] as { id: string; intake_id: string };
    const draft = (await t.gql(DRAFT, { m: mail.id, t: template.id }, { token: op1 })).data?.[
      'draftReply'
    ];
    expect(draft.subject).toBe('Re: 資料請求');
    expect(draft.body).toMatch(
      /^山田 太郎様\nメール商事です。受付番号 .+-\d{4}-\d{6} にて承りました。営業時間: 月〜金 9:00〜18:00$/,
    );

    // Only the operator who took it answers it; a reply with a raw variable left is refused.
    const notMine = await t.gql(
      REPLY,
      { input: { inboundMailId: mail.id, subject: draft.subject, body: draft.body } },
      { token: op2 },
    );
    expect(codeOf(notMine)).toBe('FORBIDDEN');
    const raw = await t.gql(
      REPLY,
      { input: { inboundMailId: mail.id, subject: 'Re', body: '{お名前}様' } },
      { token: op1 },
    );
    expect(fieldsOf(raw).map((f) => f.field)).toEqual(['body']);

    const sent = await t.gql(
      REPLY,
      {
        input: {
          inboundMailId: mail.id,
          subject: draft.subject,
          body: `${draft.body}\n資料を添付します。`,
        },
      },
      { token: op1 },
    );
    expect(sent.data?.['replyToMail']).toMatchObject({
      recipient: 'yamada@customer.example',
      subject: 'Re: 資料請求',
      sentBy: op1Id,
    });
    const reply = await until(
      () => sink.mails.find((m) => m.subject === 'Re: 資料請求'),
      'the reply',
    );
    expect(reply.inReplyTo).toBe('<ask-1@customer.example>');
    expect(reply.text).toContain('資料を添付します。');

    const record = (await t.gql(RECORD, { id: mail.intake_id }, { token: sv })).data?.[
      'intakeRecord'
    ];
    expect(
      record.mail.replies.map((r: { subject: string; sentBy: string | null }) => [
        r.subject,
        r.sentBy,
      ]),
    ).toEqual([
      [expect.stringMatching(/^【メール商事】受付しました/), null],
      ['Re: 資料請求', op1Id],
    ]);
  });

  it('lets a supervisor take any waiting mail, and refuses to answer a fax-to-mail by e-mail', async () => {
    await inbound('fax-toto@in.dengon.example', 'FAX受信', '<fax-1@carrier.example>');
    const fax = (
      (await t.gql(QUEUE, {}, { token: sv })).data?.['mailQueue'] as {
        id: string;
        subject: string;
      }[]
    ).find((m) => m.subject === 'FAX受信')!;
    expect((await t.gql(TAKE, { id: fax.id }, { token: sv })).errors).toBeUndefined();
    const result = await t.gql(
      REPLY,
      { input: { inboundMailId: fax.id, subject: 'Re', body: '受け付けました' } },
      { token: sv },
    );
    expect(violationOf(result)).toBe('MAIL_NOT_REPLYABLE');
  });

  it("routes by the client's rules: a subject keyword's department, a VIP's mail offered first", async () => {
    const bo = (await t.login('bo@dengon.example')).token;
    const add = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: AddMailRoutingRuleInput!) { addMailRoutingRule(input: $input) { kind pattern department } }`,
        { input: { clientCompanyId: client, department: '', ...input } },
        { token: bo },
      );
    expect(
      (await add({ kind: 'SUBJECT_KEYWORD', pattern: '見積', department: '営業部' })).errors,
    ).toBeUndefined();
    expect(
      (await add({ kind: 'VIP_DOMAIN', pattern: '@Big-Client.co.jp' })).data?.[
        'addMailRoutingRule'
      ],
    ).toEqual({
      kind: 'VIP_DOMAIN',
      pattern: 'big-client.co.jp',
      department: '',
    });
    expect(fieldsOf(await add({ kind: 'VIP_DOMAIN', pattern: 'localhost' }))).toEqual([
      { field: 'pattern', message: 'must be a domain such as example.co.jp' },
    ]);
    expect(
      fieldsOf(await add({ kind: 'SUBJECT_KEYWORD', pattern: '請求', department: ' ' })),
    ).toEqual([{ field: 'department', message: 'is required' }]);
    expect(
      fieldsOf(await add({ kind: 'SUBJECT_KEYWORD', pattern: '見積', department: '営業部' })),
    ).toEqual([{ field: 'pattern', message: 'is already in use' }]);

    const port = t.app.get(InboundSmtp).port!;
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, ignoreTLS: true });
    const send = (from: string, subject: string, id: string) =>
      transport.sendMail({
        from,
        to: 'mail-shoji@in.dengon.example',
        subject,
        messageId: id,
        text: '本文です。',
      });
    await send('佐藤 <sato@customer.example>', 'お見積りの依頼', '<route-1@customer.example>');
    await send('社長 <ceo@mail.big-client.co.jp>', 'ご相談', '<route-2@big-client.co.jp>');
    const queue = (
      await t.gql(`query { mailQueue { subject department vip intakeId } }`, {}, { token: sv })
    ).data?.['mailQueue'] as {
      subject: string;
      department: string | null;
      vip: boolean;
      intakeId: string;
    }[];
    // The VIP's mail came last and is offered first.
    expect(queue[0]).toMatchObject({ subject: 'ご相談', department: null, vip: true });
    const quote = queue.find((m) => m.subject === 'お見積りの依頼')!;
    expect(quote).toMatchObject({ department: '営業部', vip: false });
    const memo = await t.gql(
      `query($id: ID!) { intakeRecord(id: $id) { memo } }`,
      { id: quote.intakeId },
      { token: sv },
    );
    expect(memo.data?.['intakeRecord'].memo).toContain('宛先部署: 営業部');

    // The client's fax carrier mails its faxes to the same address: its sender makes them faxes.
    expect(fieldsOf(await add({ kind: 'FAX_SENDER', pattern: 'fax@localhost' }))).toEqual([
      {
        field: 'pattern',
        message:
          'must be an address such as fax@carrier.example or a domain such as carrier.example',
      },
    ]);
    expect(
      (await add({ kind: 'FAX_SENDER', pattern: 'FAX@Carrier.example' })).data?.[
        'addMailRoutingRule'
      ],
    ).toMatchObject({ kind: 'FAX_SENDER', pattern: 'fax@carrier.example' });
    await transport.sendMail({
      from: 'fax@carrier.example',
      to: 'mail-shoji@in.dengon.example',
      subject: 'FAX受信 03-1234-5678',
      text: 'FAXを受信しました。',
      attachments: [{ filename: 'fax.tif', content: await faxTiff(1), contentType: 'image/tiff' }],
    });
    const [fax] = await t.query(
      `SELECT m.kind, r.channel, m.attachments->0->>'pages' AS pages
         FROM inbound_mails m JOIN intake_records r ON r.id = m.intake_id
        WHERE m.subject = 'FAX受信 03-1234-5678'`,
    );
    expect(fax).toEqual({ kind: 'FAX', channel: 'FAX', pages: '1' });
  });
});
