import { Role } from '@dengon/domain';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG } from '../src/config/config.module';
import type { AppConfig } from '../src/config/config';
import { Delivery } from '../src/delivery/delivery.service';
import { IntakeReports } from '../src/reports/intake-reports.service';
import { CALLER_FIELDS, clientOnPlan, publishScript } from './fixtures';
import { pdfText } from './pdf-text';
import { TestSmtp } from '@dengon/test-doubles';
import { TestApp, until } from './test-app';

const CREATE = `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id recordNumber urgent } }`;

// Jobs hop through pg-boss, polled every half second.
jest.setTimeout(30_000);

describe('telling the client', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let op: string;
  let mailCompany: string;
  let digestCompany: string;

  beforeAll(async () => {
    smtp = await TestSmtp.start({ refuse: (address) => address.startsWith('refused@') });
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://dengon.example' });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    await t.createUser('op@dengon.example', Role.Operator);
    const bo = (await t.login('bo@dengon.example')).token;
    const sv = (await t.login('sv@dengon.example')).token;
    op = (await t.login('op@dengon.example')).token;
    mailCompany = (await clientOnPlan(t, bo, '株式会社メール', 'STANDARD')).companyId;
    digestCompany = (await clientOnPlan(t, bo, '株式会社日報', 'STANDARD')).companyId;
    await t.query(
      `UPDATE client_companies SET report_method = 'DAILY_DIGEST', digest_time = '18:00', report_email = 'digest@client.example' WHERE id = $1`,
      [digestCompany],
    );
    for (const company of [mailCompany, digestCompany])
      await publishScript(t, sv, company, { fields: CALLER_FIELDS, urgentKeywords: ['水漏れ'] });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const take = (clientCompanyId: string, message: string, receivedAt?: string) =>
    t.gql(
      CREATE,
      {
        input: {
          clientCompanyId,
          channel: 'PHONE',
          fields: { caller_name: '山田 太郎', callback_number: '090-1111-2222', message },
          callingNumber: '090-1111-2222',
          receivedAt,
        },
      },
      { token: op },
    );
  const message = async (relatedId: string) =>
    (
      await t.query(
        `SELECT id, status, attempts, last_error, recipient FROM outbound_messages WHERE related_id = $1`,
        [relatedId],
      )
    )[0] as
      | {
          id: string;
          status: string;
          attempts: number;
          last_error: string | null;
          recipient: string;
        }
      | undefined;

  const due = async (intakeId: string) =>
    (await t.query(`SELECT 1 FROM intake_reports_due WHERE intake_id = $1`, [intakeId])).length > 0;
  const reportJobs = async (intakeIds: string[]) =>
    Number(
      (
        await t.query(
          `SELECT count(*) AS n FROM pgboss.job WHERE name = 'intake.report' AND data->>'intakeId' = ANY($1)`,
          [intakeIds],
        )
      )[0].n,
    );

  it('e-mails the intake in Japanese the moment it is saved, and logs it as sent', async () => {
    const before = smtp.mails.length;
    const saved = (await take(mailCompany, '見積りの件でお電話ください')).data?.['createIntake'];
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.to).toMatchObject({ text: 'report@client.example' });
    expect(mail!.subject).toBe(`【お電話受付】受付番号${saved.recordNumber} 山田 太郎様より`);
    expect(mail!.text).toContain('株式会社メール ご担当者様');
    expect(mail!.text).toContain('折り返し先：090-1111-2222');
    expect(mail!.text).toContain('ご用件：見積りの件でお電話ください');
    expect(mail!.text).toContain(`https://dengon.example/portal/history/${saved.id}`);
    expect(mail!.messageId).toMatch(/@dengon>$/);
    const logged = await until(async () => {
      const m = await message(saved.id);
      return m?.status === 'SENT' ? m : undefined;
    }, 'the message to be marked sent');
    expect(logged).toMatchObject({ attempts: 1, last_error: null });
  });

  it('sends once when the same delivery job runs again', async () => {
    const saved = (await take(mailCompany, '二度目の配信テスト')).data?.['createIntake'];
    await until(
      async () => ((await message(saved.id))?.status === 'SENT' ? true : undefined),
      'sent',
    );
    const count = smtp.mails.length;
    await t.app.get(Delivery).deliver((await message(saved.id))!.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.mails.filter((m) => m.text?.includes('二度目の配信テスト'))).toHaveLength(1);
    expect(smtp.mails.length).toBe(count);
  });

  it('sends a batch at once: each message recorded as it went, a refused one failed for good, none twice', async () => {
    const ids: string[] = [];
    for (const recipient of [
      'batch-1@client.example',
      'refused@client.example',
      'batch-2@client.example',
    ]) {
      const [{ id }] = await t.query(
        `INSERT INTO outbound_messages (dedupe_key, purpose, channel, recipient, subject, body, status)
         VALUES ($1, 'INTAKE_REPORT', 'EMAIL', $2, '一括送信', '本文', 'QUEUED') RETURNING id`,
        [`batch:${recipient}`, recipient],
      );
      ids.push(id);
    }
    const sentOnce = () => smtp.mails.filter((m) => m.subject === '一括送信').length;
    await t.app.get(Delivery).deliverMany(ids);
    const outcome = () =>
      t.query(
        `SELECT recipient, status, attempts, provider_message_id IS NOT NULL AS "providerId",
                sent_at IS NOT NULL AS "sentAt", last_error IS NOT NULL AS "error"
           FROM outbound_messages WHERE id = ANY($1) ORDER BY recipient`,
        [ids],
      );
    const sent = { status: 'SENT', attempts: 1, providerId: true, sentAt: true, error: false };
    expect(await outcome()).toEqual([
      { recipient: 'batch-1@client.example', ...sent },
      { recipient: 'batch-2@client.example', ...sent },
      {
        recipient: 'refused@client.example',
        status: 'FAILED',
        attempts: 1,
        providerId: false,
        sentAt: false,
        error: true,
      },
    ]);
    expect(sentOnce()).toBe(2);
    // The same batch again (a job repeated) sends nothing and changes nothing.
    const before = await outcome();
    await t.app.get(Delivery).deliverMany(ids);
    expect(await outcome()).toEqual(before);
    expect(sentOnce()).toBe(2);
  });

  it('leaves a digest client to the daily digest, but e-mails an urgent intake at once', async () => {
    const calm = (await take(digestCompany, '資料を送ってください')).data?.['createIntake'];
    const urgent = (await take(digestCompany, '天井から水漏れしています')).data?.['createIntake'];
    expect(urgent.urgent).toBe(true);
    const mail = await until(
      () => smtp.mails.find((m) => m.subject?.includes(`受付番号${urgent.recordNumber}`)),
      'the urgent mail',
    );
    expect(mail.subject?.startsWith('【至急】')).toBe(true);
    expect(mail.text).toContain('緊急キーワード（水漏れ）');
    // Once swept, the calm one has no job and no message: the digest will carry it.
    await until(async () => ((await due(calm.id)) ? undefined : true), 'the calm one swept');
    expect(await reportJobs([calm.id])).toBe(0);
    expect(await message(calm.id)).toBeUndefined();
  });

  it('reports intakes no process heard of, each once however many sweeps claim at once', async () => {
    // As a process that died before its events went out leaves them: due, and unheard of.
    const rows: { id: string }[] = await t.query(
      `INSERT INTO intake_records (client_company_id, channel, script_version_id, fields, memo, status, received_at, search_text, search_bigrams, version)
       SELECT c.id, 'PHONE', v.id, jsonb_build_object('caller_name', '未通知 ' || i, 'callback_number', '09011112222', 'message', '通知されなかった伝言'), '', 'RECEIVED', now(), '', '{}', 1
         FROM client_companies c
         JOIN script_versions v ON v.client_company_id = c.id, generate_series(1, 40) i
        WHERE c.id = $1
       RETURNING id`,
      [mailCompany],
    );
    const ids = rows.map((r) => r.id);
    await t.query(`INSERT INTO intake_reports_due (intake_id) SELECT unnest($1::uuid[])`, [ids]);
    const reports = t.app.get(IntakeReports);
    await Promise.all([reports.sweep(), reports.sweep(), reports.sweep()]);
    await until(
      async () => ((await t.query(`SELECT 1 FROM intake_reports_due`)).length ? undefined : true),
      'every due intake swept',
    );
    // An e-mail report is queued by the sweep itself: one message each, and no report job.
    const messages = await t.query(
      `SELECT related_id, count(*)::int AS n FROM outbound_messages WHERE related_id = ANY($1) GROUP BY related_id`,
      [ids],
    );
    expect(messages).toHaveLength(40);
    expect(messages.every((m: { n: number }) => m.n === 1)).toBe(true);
    expect(await reportJobs(ids)).toBe(0);
    await until(
      () => (smtp.mails.filter((m) => m.text?.includes('未通知 ')).length >= 40 ? true : undefined),
      'the 40 mails',
    );
    expect(smtp.mails.filter((m) => m.text?.includes('未通知 '))).toHaveLength(40);
  });

  it('sends the daily digest once at the client’s time, with the 24 hours before it', async () => {
    const reports = t.app.get(IntakeReports);
    // 2026-11-22 17:00 and 18:30 in Tokyo; the window is 11-21 18:00 to 11-22 18:00.
    await take(digestCompany, '日報に載る伝言', '2026-11-22T08:00:00Z');
    await take(digestCompany, '翌日の日報に回る伝言', '2026-11-22T09:30:00Z');
    expect(await reports.sendDueDigests(new Date('2026-11-22T08:59:00Z'))).toBe(0);
    expect(await reports.sendDueDigests(new Date('2026-11-22T09:01:00Z'))).toBe(1);
    expect(await reports.sendDueDigests(new Date('2026-11-22T09:30:00Z'))).toBe(0);
    const digest = await until(
      () => smtp.mails.find((m) => m.subject?.startsWith('【受付日報】2026年11月22日(日)')),
      'the digest',
    );
    expect(digest.to).toMatchObject({ text: 'digest@client.example' });
    expect(digest.text).toContain('日報に載る伝言');
    expect(digest.text).not.toContain('翌日の日報に回る伝言');
  });

  it('sends once what a process that died mid-send left behind', async () => {
    // As a process leaves it when it dies after claiming a message, before the server took it.
    const [{ id }] = await t.query(
      `INSERT INTO outbound_messages (dedupe_key, client_company_id, purpose, channel, recipient, subject, body, status, attempts, updated_at)
       VALUES ('test:died-mid-send', $1, 'INTAKE_REPORT', 'EMAIL', 'report@client.example', '送信中に止まった伝言', '本文', 'SENDING', 1, now() - interval '10 minutes')
       RETURNING id`,
      [mailCompany],
    );
    const arrived = () => smtp.mails.filter((m) => m.subject === '送信中に止まった伝言').length;
    const delivery = t.app.get(Delivery);
    expect(await delivery.recover()).toBe(1);
    await until(() => (arrived() === 1 ? true : undefined), 'the mail');
    // SENT is written once the server took the mail: a moment after it arrives.
    const row = await until(async () => {
      const [m] = await t.query(`SELECT status, attempts FROM outbound_messages WHERE id = $1`, [
        id,
      ]);
      return m?.status === 'SENT' ? m : undefined;
    }, 'SENT');
    expect(row).toEqual({ status: 'SENT', attempts: 2 });
    // Once sent, recovery leaves it alone.
    expect(await delivery.recover()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(arrived()).toBe(1);
  });

  it('keeps a message queued with its error while the SMTP server is down, and sends it once when it is back', async () => {
    // The first process sends it through its own server, before the second process (whose
    // server is down) exists to take the job. Wait until it has, so that no worker of it is still
    // mid-send when the test takes the message back to queued to exercise the outage.
    const saved = (await take(mailCompany, 'サーバー停止中の伝言')).data?.['createIntake'];
    const row = await until(async () => {
      const m = await message(saved.id);
      return m?.status === 'SENT' ? m : undefined;
    }, 'the message sent by the first process');
    const down = await TestSmtp.start();
    const url = down.url;
    await down.close();
    const other = await TestApp.onDatabase(t.databaseUrl, { SMTP_URL: url });
    try {
      const delivery = other.app.get(Delivery);
      // Back to queued, with no job of either process left to send it behind the test's back.
      await t.query(`DELETE FROM pgboss.job WHERE name = 'message.deliver' AND data->>'id' = $1`, [
        row.id,
      ]);
      await t.query(`UPDATE outbound_messages SET status = 'QUEUED' WHERE id = $1`, [row.id]);
      await expect(delivery.deliver(row.id)).rejects.toThrow();
      expect(await message(saved.id)).toMatchObject({
        status: 'QUEUED',
        last_error: expect.stringMatching(/ECONNREFUSED/),
      });
      const back = await TestSmtp.start({}, Number(new URL(url).port));
      try {
        await delivery.deliver(row.id);
        await delivery.deliver(row.id);
        await back.waitFor(1);
        expect(back.mails.map((m) => m.text?.includes('サーバー停止中の伝言'))).toEqual([true]);
        expect(await message(saved.id)).toMatchObject({ status: 'SENT', last_error: null });
      } finally {
        await back.close();
      }
    } finally {
      await other.close();
    }
  });
});

describe('telling the client without a mail server', () => {
  it('writes e-mail and faxes to the local outboxes under DATA_DIR, and shows the client only its own messages', async () => {
    const t = await TestApp.start();
    try {
      await t.createUser('bo@dengon.example', Role.BackOffice);
      await t.createUser('sv@dengon.example', Role.Supervisor);
      await t.createUser('op@dengon.example', Role.Operator);
      const bo = (await t.login('bo@dengon.example')).token;
      const sv = (await t.login('sv@dengon.example')).token;
      const op = (await t.login('op@dengon.example')).token;
      const a = (await clientOnPlan(t, bo, 'A社', 'STANDARD')).companyId;
      const b = (await clientOnPlan(t, bo, 'B社', 'STANDARD')).companyId;
      for (const company of [a, b]) await publishScript(t, sv, company, { fields: CALLER_FIELDS });
      await t.createUser('admin@b.example', Role.ClientAdmin, b);
      const adminB = (await t.login('admin@b.example')).token;
      await t.gql(
        CREATE,
        {
          input: {
            clientCompanyId: a,
            channel: 'FAX',
            fields: {
              caller_name: '佐藤',
              callback_number: '03-1234-5678',
              message: 'FAXで届いた依頼',
            },
          },
        },
        { token: op },
      );
      const outbox = join(t.app.get<AppConfig>(APP_CONFIG).dataDir, 'outbox', 'mail');
      const file = await until(() => {
        try {
          return readdirSync(outbox).find((f) => f.endsWith('.eml'));
        } catch {
          return undefined;
        }
      }, 'the outbox file');
      const eml = readFileSync(join(outbox, file), 'utf8');
      expect(eml).toMatch(/^To: report@client\.example$/m);
      expect(eml).toMatch(/^Subject: =\?UTF-8\?/m);
      const staff = await t.gql(
        `query { outboundMessages { subject status clientCompanyId } }`,
        {},
        { token: bo },
      );
      expect(staff.data?.['outboundMessages']).toEqual([
        {
          subject: expect.stringContaining('佐藤様より'),
          status: expect.any(String),
          clientCompanyId: a,
        },
      ]);
      // A client who chose fax gets the same report on an A4 page, in the fax outbox by default.
      await t.query(
        `UPDATE client_companies SET report_method = 'FAX', report_fax = '+81312345678' WHERE id = $1`,
        [b],
      );
      await t.gql(
        CREATE,
        {
          input: {
            clientCompanyId: b,
            channel: 'PHONE',
            fields: {
              caller_name: '鈴木',
              callback_number: '03-1111-2222',
              message: 'FAXで報告される伝言',
            },
          },
        },
        { token: op },
      );
      const faxOutbox = join(t.app.get<AppConfig>(APP_CONFIG).dataDir, 'outbox', 'fax');
      const faxPdf = await until(() => {
        try {
          return readdirSync(faxOutbox).find((f) => f.endsWith('.pdf'));
        } catch {
          return undefined;
        }
      }, 'the fax in the outbox');
      const faxText = (await pdfText(readFileSync(join(faxOutbox, faxPdf)))).text;
      expect(faxText).toContain('鈴木様より');
      expect(faxText).toContain('ご用件：FAXで報告される伝言');
      expect(faxPdf).toMatch(/-0312345678\.pdf$/);

      const client = await t.gql(`query { outboundMessages { subject } }`, {}, { token: adminB });
      expect(client.data?.['outboundMessages']).toEqual([
        { subject: expect.stringContaining('鈴木様より') },
      ]);
      const snooping = await t.gql(
        `query($c: ID) { outboundMessages(clientCompanyId: $c) { subject } }`,
        { c: a },
        { token: adminB },
      );
      expect(snooping.data?.['outboundMessages']).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
