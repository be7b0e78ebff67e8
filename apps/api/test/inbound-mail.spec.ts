import { Role, shiftBillingMonth } from '@dengon/domain';
import Encoding from 'encoding-japanese';
import nodemailer from 'nodemailer';
import { gzipSync } from 'node:zlib';
import { buildDrafts } from '../src/billing/drafts';
import { Contract } from '../src/contracts/contract.entity';
import { InboundSmtp } from '../src/inbound/inbound-smtp';
import { clientOnPlan, fieldsOf, publishScript, today } from './fixtures';
import { zipSync } from 'fflate';
import { blackShare, faxTiff, jisMessage, PDF, TestDns } from '@dengon/test-doubles';
import { dkimSign } from 'mailauth';
import { generateKeyPairSync } from 'node:crypto';
import { TestApp } from './test-app';

const ADD_ADDRESS = `mutation($input: AddInboundAddressInput!) { addInboundAddress(input: $input) { id address kind } }`;
const MAILS = `query($status: InboundMailStatus) { inboundMails(status: $status) { id address kind status reason subject text textMisdecoded fromText mailFrom intakeId clientCompanyId attachments { fileName contentType size } } }`;
const RECORD = `query($id: ID!) { intakeRecord(id: $id) { channel memo clientCompanyId mail { subject attachments { fileName } } } }`;
const ADD_OPTION = `mutation($input: AddContractOptionInput!) { addContractOption(input: $input) { id } }`;

const TIFF = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);

describe('mail and fax that arrive', () => {
  let t: TestApp;
  let bo: string;
  let port: number;
  let mailClient: string;
  let startClient: string;
  let faxClient: string;
  let dns: TestDns;

  beforeAll(async () => {
    // Senders' SPF, DKIM and DMARC records are published here, and looked up as in service.
    dns = await TestDns.start();
    t = await TestApp.start({
      INBOUND_SMTP_PORT: '0',
      INBOUND_MAIL_DOMAIN: 'in.dengon.example',
      DNS_SERVERS: dns.server,
    });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    bo = (await t.login('bo@dengon.example')).token;
    const sv = (await t.login('sv@dengon.example')).token;
    const next = await clientOnPlan(t, bo, 'ネクスト通販株式会社', 'NEXT');
    mailClient = next.companyId;
    startClient = (await clientOnPlan(t, bo, 'スタート商店', 'START')).companyId;
    faxClient = (await clientOnPlan(t, bo, '東都設備サービス株式会社', 'MAINTENANCE')).companyId;
    for (const id of [mailClient, startClient, faxClient]) await publishScript(t, sv, id);
    // The Next plan has no mail handling of its own: this client bought it as an option.
    const option = await t.gql(
      ADD_OPTION,
      {
        input: {
          contractId: next.contractId,
          kind: 'MAIL_HANDLING',
          description: 'メール対応',
          monthlyFee: 10_000,
          startDate: today(),
        },
      },
      { token: bo },
    );
    expect(option.errors).toBeUndefined();
    for (const [clientCompanyId, address, kind] of [
      [mailClient, 'next-tsuhan@in.dengon.example', 'EMAIL'],
      [startClient, 'start@in.dengon.example', 'EMAIL'],
      [faxClient, 'fax-toto@in.dengon.example', 'FAX'],
    ] as const) {
      const added = await t.gql(
        ADD_ADDRESS,
        { input: { clientCompanyId, address, kind } },
        { token: bo },
      );
      expect(added.errors).toBeUndefined();
    }
    port = t.app.get(InboundSmtp).port!;
  });
  afterAll(async () => {
    await t.close();
    await dns.close();
  });

  const transport = () =>
    nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  const sendRaw = (to: string, raw: Buffer) =>
    transport().sendMail({ envelope: { from: 'yamada@customer.example', to: [to] }, raw });
  const mails = async (status?: string) =>
    ((await t.gql(MAILS, { status }, { token: bo })).data?.['inboundMails'] ?? []) as Record<
      string,
      any
    >[];

  it('turns an ISO-2022-JP e-mail with a PDF into an intake record for its client, once however often it is sent', async () => {
    const raw = jisMessage(
      'next-tsuhan@in.dengon.example',
      '<order-1@customer.example>',
      '見積もりのお願い',
      'お世話になっております。\r\n添付の件、折り返しご連絡ください。\r\n',
    );
    await sendRaw('next-tsuhan@in.dengon.example', raw);
    await sendRaw('next-tsuhan@in.dengon.example', raw); // a sender's retry

    const offered = (await mails('OFFERED')).filter((m) => m['clientCompanyId'] === mailClient);
    expect(offered).toHaveLength(1);
    const mail = offered[0]!;
    expect(mail).toMatchObject({
      address: 'next-tsuhan@in.dengon.example',
      kind: 'EMAIL',
      subject: '見積もりのお願い',
      fromText: '"山田" <yamada@customer.example>',
      mailFrom: 'yamada@customer.example',
      textMisdecoded: false,
      attachments: [
        { fileName: 'mitsumori.pdf', contentType: 'application/pdf', size: PDF.length },
      ],
    });
    expect(mail['text']).toContain('添付の件、折り返しご連絡ください。');

    const record = (await t.gql(RECORD, { id: mail['intakeId'] }, { token: bo })).data?.[
      'intakeRecord'
    ];
    expect(record).toMatchObject({
      channel: 'EMAIL',
      clientCompanyId: mailClient,
      mail: { subject: '見積もりのお願い', attachments: [{ fileName: 'mitsumori.pdf' }] },
    });
    expect(record.memo).toContain('件名: 見積もりのお願い');
    expect(record.memo).toContain('お世話になっております。');

    // The attachment, as stored, for staff; nothing for another client's user.
    const url = `${t.baseUrl}/inbound-mails/${mail['id']}/attachments/0`;
    const pdf = await fetch(url, { headers: { authorization: `Bearer ${bo}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer())).toEqual(PDF);
    await t.createUser('admin@start.example', Role.ClientAdmin, startClient);
    const stranger = (await t.login('admin@start.example')).token;
    const refused = await fetch(url, { headers: { authorization: `Bearer ${stranger}` } });
    expect(refused.status).toBe(404);
  });

  it("checks who sent it: a signed mail from its domain's own server passes SPF, DKIM and DMARC; a forged one is kept, marked suspicious", async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    // sender.example sends from this machine and signs; forged.example sends from elsewhere only.
    dns.publish('sender.example', { type: 'TXT', data: 'v=spf1 ip4:127.0.0.1 -all' });
    dns.publish('mail._domainkey.sender.example', {
      type: 'TXT',
      data: `v=DKIM1; k=rsa; p=${key}`,
    });
    dns.publish('_dmarc.sender.example', { type: 'TXT', data: 'v=DMARC1; p=reject' });
    dns.publish('forged.example', { type: 'TXT', data: 'v=spf1 ip4:192.0.2.1 -all' });
    dns.publish('_dmarc.forged.example', { type: 'TXT', data: 'v=DMARC1; p=reject' });
    const message = (from: string, subject: string) =>
      Buffer.from(
        [
          `From: ${from}`,
          'To: next-tsuhan@in.dengon.example',
          `Subject: ${subject}`,
          `Message-ID: <${subject}@checks.example>`,
          'Date: Mon, 07 Dec 2026 10:00:00 +0900',
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=utf-8',
          '',
          '注文の件でご連絡します。',
          '',
        ].join('\r\n'),
      );
    const plain = message('sato@sender.example', 'signed');
    const signer = {
      signingDomain: 'sender.example',
      selector: 'mail',
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }),
    };
    // mailauth signs for each entry of signatureData (its types ask for the first one at the top too).
    const { signatures } = await dkimSign(plain, { ...signer, signatureData: [signer] });
    const send = (from: string, raw: Buffer) =>
      transport().sendMail({ envelope: { from, to: ['next-tsuhan@in.dengon.example'] }, raw });
    await send('sato@sender.example', Buffer.concat([Buffer.from(signatures), plain]));
    await send('ceo@forged.example', message('ceo@forged.example', 'forged'));

    const CHECKS = `{ inboundMails { subject status spf dkim dmarc senderTrust authResults } }`;
    const checked = (
      (await t.gql(CHECKS, {}, { token: bo })).data?.['inboundMails'] as Record<string, any>[]
    ).filter((m) => m['subject'] === 'signed' || m['subject'] === 'forged');
    expect(checked.find((m) => m['subject'] === 'signed')).toMatchObject({
      status: 'OFFERED',
      spf: 'pass',
      dkim: 'pass',
      dmarc: 'pass',
      senderTrust: 'AUTHENTICATED',
    });
    const forged = checked.find((m) => m['subject'] === 'forged')!;
    expect(forged).toMatchObject({
      status: 'OFFERED',
      spf: 'fail',
      dkim: 'none',
      dmarc: 'fail',
      senderTrust: 'SUSPICIOUS',
    });
    expect(forged['authResults']).toMatch(/spf=fail .*dmarc=fail/s);
  });

  it('keeps a mail to a client without mail handling for the back office, and offers it to nobody', async () => {
    await transport().sendMail({
      from: 'customer@example.com',
      to: 'start@in.dengon.example',
      subject: '営業時間について',
      text: '土曜日は営業していますか。',
    });
    const held = (await mails('HELD')).filter((m) => m['clientCompanyId'] === startClient);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({
      reason: 'NO_MAIL_HANDLING',
      intakeId: null,
      subject: '営業時間について',
    });
    const [{ count }] = await t.query(
      `SELECT count(*)::int AS count FROM intake_records WHERE client_company_id = $1`,
      [startClient],
    );
    expect(count).toBe(0);
  });

  it('refuses a mail to an address that is no client’s at RCPT, and shows the back office why', async () => {
    await expect(
      transport().sendMail({
        from: 'someone@example.com',
        to: 'nobody@in.dengon.example',
        subject: 'x',
        text: 'x',
      }),
    ).rejects.toMatchObject({ responseCode: 550 });
    const refused = (await mails('REFUSED')).filter(
      (m) => m['address'] === 'nobody@in.dengon.example',
    );
    expect(refused).toEqual([
      expect.objectContaining({
        reason: 'UNKNOWN_ADDRESS',
        clientCompanyId: null,
        mailFrom: 'someone@example.com',
      }),
    ]);
  });

  it('refuses a message over the size limit (552) and keeps the refusal', async () => {
    const big = Buffer.alloc(26 * 1024 * 1024, 'a');
    await expect(
      transport().sendMail({
        from: 'big@example.com',
        to: 'next-tsuhan@in.dengon.example',
        subject: '大きな添付',
        text: '添付します',
        attachments: [{ filename: 'big.bin', content: big }],
      }),
    ).rejects.toMatchObject({ responseCode: 552 });
    const refused = (await mails('REFUSED')).find((m) => m['reason'] === 'TOO_LARGE');
    expect(refused).toMatchObject({
      address: 'next-tsuhan@in.dengon.example',
      clientCompanyId: mailClient,
      mailFrom: 'big@example.com',
    });
  });

  it('reads a Shift_JIS body that declares the wrong charset in the charset its bytes are in', async () => {
    const sjis = Buffer.from(
      Encoding.convert(Encoding.stringToCode('水漏れの修理をお願いします。至急です。'), {
        to: 'SJIS',
        from: 'UNICODE',
      }),
    );
    const raw = Buffer.concat([
      Buffer.from(
        [
          'From: tenant@example.com',
          'To: next-tsuhan@in.dengon.example',
          'Subject: =?UTF-8?B?' + Buffer.from('修理依頼').toString('base64') + '?=',
          'Message-ID: <sjis-1@example.com>',
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=UTF-8',
          'Content-Transfer-Encoding: 8bit',
          '',
          '',
        ].join('\r\n'),
        'latin1',
      ),
      sjis,
    ]);
    await sendRaw('next-tsuhan@in.dengon.example', raw);
    const mail = (await mails()).find((m) => m['subject'] === '修理依頼');
    expect(mail?.['text']).toContain('水漏れの修理をお願いします。至急です。');
    expect(mail?.['status']).toBe('OFFERED');
  });

  it('stores compression bombs (gzip, zip) as the bytes they were sent as, never unpacked', async () => {
    // 200 MB of zeros, packed to a few hundred KB each: unpacking them anywhere would show in memory and on disk.
    const zeros = Buffer.alloc(200 * 1024 * 1024);
    const bombs = [
      {
        filename: 'data.gz',
        content: gzipSync(zeros, { level: 9 }),
        contentType: 'application/gzip',
      },
      {
        filename: '請求書.zip',
        content: Buffer.from(zipSync({ '請求書.pdf': [zeros, { level: 9 }] })),
        contentType: 'application/zip',
      },
    ];
    const before = process.memoryUsage().rss;
    await transport().sendMail({
      from: 'bomb@example.com',
      to: 'next-tsuhan@in.dengon.example',
      subject: '圧縮ファイル',
      text: '添付をご確認ください。',
      attachments: bombs,
    });
    const mail = (await mails()).find((m) => m['subject'] === '圧縮ファイル');
    expect(mail).toMatchObject({
      status: 'OFFERED',
      attachments: bombs.map((b) => ({
        fileName: b.filename,
        contentType: b.contentType,
        size: b.content.length,
      })),
    });
    for (const [i, bomb] of bombs.entries()) {
      const stored = await fetch(`${t.baseUrl}/inbound-mails/${mail!['id']}/attachments/${i}`, {
        headers: { authorization: `Bearer ${bo}` },
      });
      // Not shown in the page: downloaded as it came.
      expect(stored.headers.get('content-type')).toBe('application/octet-stream');
      expect(Buffer.from(await stored.arrayBuffer())).toEqual(bomb.content);
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('keeps a malformed MIME tree as far as it reads, without failing the sender', async () => {
    const raw = Buffer.from(
      [
        'From: broken@example.com',
        'To: next-tsuhan@in.dengon.example',
        'Subject: broken',
        'Message-ID: <broken-1@example.com>',
        'Content-Type: multipart/mixed; boundary="never-closed"',
        '',
        '--never-closed',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        '44GT44KT44Gr44Gh44Gv!!!not base64',
        '--never-closed',
        'Content-Type: application/pdf',
        '',
      ].join('\r\n'),
    );
    await sendRaw('next-tsuhan@in.dengon.example', raw);
    const mail = (await mails()).find((m) => m['subject'] === 'broken');
    expect(mail).toMatchObject({ status: 'OFFERED', clientCompanyId: mailClient });
  });

  it('offers a fax-to-mail as a FAX record, its TIFF pages shown as PNG; holds one without pages', async () => {
    await transport().sendMail({
      from: 'fax-gateway@carrier.example',
      to: 'fax-toto@in.dengon.example',
      subject: 'FAX受信 0312345678',
      text: '2ページのFAXを受信しました。',
      attachments: [
        { filename: 'fax-0001.tif', content: await faxTiff(2), contentType: 'image/tiff' },
        // A TIFF that is not one: kept and downloadable, no pages made of it.
        { filename: 'broken.tif', content: TIFF, contentType: 'image/tiff' },
      ],
    });
    await transport().sendMail({
      from: 'fax-gateway@carrier.example',
      to: 'fax-toto@in.dengon.example',
      subject: 'FAX受信エラー',
      text: '受信に失敗しました。',
    });
    const faxes = (await mails()).filter((m) => m['clientCompanyId'] === faxClient);
    const withPages = faxes.find((m) => m['subject'] === 'FAX受信 0312345678');
    expect(withPages).toMatchObject({ kind: 'FAX', status: 'OFFERED' });
    const record = (
      await t.gql(
        `query($id: ID!) { intakeRecord(id: $id) { channel mail { id attachments { fileName pages } } } }`,
        { id: withPages?.['intakeId'] },
        { token: bo },
      )
    ).data?.['intakeRecord'];
    expect(record).toMatchObject({
      channel: 'FAX',
      mail: {
        attachments: [
          { fileName: 'fax-0001.tif', pages: 2 },
          { fileName: 'broken.tif', pages: 0 },
        ],
      },
    });
    const page = (n: number, token = bo, attachment = 0) =>
      fetch(`${t.baseUrl}/inbound-mails/${record.mail.id}/attachments/${attachment}/pages/${n}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    // Page n has n black bars, 200 px apart from y = 100: each page reads as its own.
    for (const n of [1, 2]) {
      const response = await page(n);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const png = Buffer.from(await response.arrayBuffer());
      expect(await blackShare(png, 110, 60)).toBeGreaterThan(0.95);
      expect(await blackShare(png, 310, 60)).toBe(n >= 2 ? 1 : 0);
      expect(await blackShare(png, 200, 80)).toBe(0);
    }
    expect((await page(3)).status).toBe(404);
    expect((await page(0)).status).toBe(404);
    expect((await page(1, bo, 1)).status).toBe(404);
    const stranger = (await t.login('admin@start.example')).token;
    expect((await page(1, stranger)).status).toBe(404);
    expect(faxes.find((m) => m['subject'] === 'FAX受信エラー')).toMatchObject({
      status: 'HELD',
      reason: 'NO_FAX_PAGES',
    });
  });

  it('counts the mails and faxes handled in the month’s usage, among its calls', async () => {
    const usage = await t.gql(
      `query($c: ID) { usageThisMonth(clientCompanyId: $c) { calls mails } }`,
      { c: mailClient },
      { token: bo },
    );
    const [{ mails }] = await t.query(
      `SELECT count(*)::int AS mails FROM inbound_mails WHERE client_company_id = $1 AND status = 'OFFERED'`,
      [mailClient],
    );
    expect(mails).toBeGreaterThan(0);
    expect(usage.data?.['usageThisMonth']).toEqual({ calls: mails, mails });
  });

  it('bills mail apart where the plan’s price does: the usage and the next invoice count the mails over those included', async () => {
    const month = today().slice(0, 7);
    const [counted] = await t.query(
      `SELECT count(*) FILTER (WHERE channel IN ('EMAIL', 'FAX'))::int AS mails,
              count(*) FILTER (WHERE channel NOT IN ('EMAIL', 'FAX'))::int AS calls
         FROM intake_records WHERE client_company_id = $1 AND billable`,
      [mailClient],
    );
    expect(counted.mails).toBeGreaterThan(0);
    // From this month the catalogue bills the client's plan 80 yen a mail, none included.
    await t.query(
      `INSERT INTO plan_prices (plan_code, effective_from, monthly_fee, included_calls,
                                overage_per_call, included_mails, overage_per_mail)
       SELECT p.plan_code, $2::date, p.monthly_fee, p.included_calls, p.overage_per_call, 0, 80
         FROM plan_prices p
        WHERE p.plan_code = (SELECT plan_code FROM contract_plan_terms WHERE client_company_id = $1
                              ORDER BY effective_from DESC LIMIT 1)
        ORDER BY p.effective_from DESC LIMIT 1`,
      [mailClient, `${month}-01`],
    );
    const usage = await t.gql(
      `query($c: ID) { usageThisMonth(clientCompanyId: $c) { calls mails mailsBilledApart includedMails overMails } }`,
      { c: mailClient },
      { token: bo },
    );
    expect(usage.data?.['usageThisMonth']).toEqual({
      calls: counted.calls,
      mails: counted.mails,
      mailsBilledApart: true,
      includedMails: 0,
      overMails: counted.mails,
    });
    const contracts = await t.dataSource.getRepository(Contract).findBy({
      clientCompanyId: mailClient,
    });
    const [draft] = await t.dataSource.transaction((em) =>
      buildDrafts(em, shiftBillingMonth(month, 1), contracts, 'FLOOR', null),
    );
    expect(draft?.lines?.filter((l) => l.kind.endsWith('OVERAGE'))).toEqual([
      expect.objectContaining({
        kind: 'MAIL_OVERAGE',
        quantity: counted.mails,
        unitPrice: 80,
        amount: counted.mails * 80,
      }),
    ]);
  });

  it('refuses an intake address outside the service’s domain, or one already taken, naming the field', async () => {
    for (const address of [
      'sales@example.com',
      'next-tsuhan@in.dengon.example',
      'a..b@in.dengon.example',
    ]) {
      const result = await t.gql(
        ADD_ADDRESS,
        { input: { clientCompanyId: mailClient, address, kind: 'EMAIL' } },
        { token: bo },
      );
      expect(fieldsOf(result).map((f) => f.field)).toEqual(['address']);
    }
  });
});
