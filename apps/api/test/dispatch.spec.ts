import { Role } from '@dengon/domain';
import type { AppConfig } from '../src/config/config';
import { APP_CONFIG } from '../src/config/config.module';
import { ackToken } from '../src/dispatch/ack-link';
import { CALLER_FIELDS, clientOnPlan, fieldsOf, publishScript } from './fixtures';
import { pdfText } from './pdf-text';
import { TestSmtp } from '@dengon/test-doubles';
import { codeOf, TestApp, until } from './test-app';

// Jobs hop through pg-boss, polled every half second.
jest.setTimeout(30_000);

const SAVE_CONTRACTOR = `mutation($input: SaveContractorInput!) { saveContractor(input: $input) { id name } }`;
const CREATE = `mutation($input: CreateDispatchInput!) { createDispatch(input: $input) { id dispatchNo status contractorId version } }`;
const DISPATCHES = `query($i: ID) { dispatches(intakeId: $i) { id status alert acknowledgedVia acknowledgedAt contractor { name }
  messages { channel recipient status lastError } } }`;
const REFUSED_FAX = '0398765432';

describe('dispatch (手配)', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let op: string;
  let bo: string;
  let adminB: string;
  let maintenance: string;
  const contractors: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await TestSmtp.start({ refuse: (to) => to.startsWith(REFUSED_FAX) });
    t = await TestApp.start({
      SMTP_URL: smtp.url,
      FAX_GATEWAY: 'email',
      FAX_EMAIL_ADDRESS: '{number}@fax.test',
      PUBLIC_URL: 'https://dengon.example',
    });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    await t.createUser('op@dengon.example', Role.Operator);
    bo = (await t.login('bo@dengon.example')).token;
    const sv = (await t.login('sv@dengon.example')).token;
    op = (await t.login('op@dengon.example')).token;
    maintenance = (await clientOnPlan(t, bo, '東都設備サービス', 'MAINTENANCE')).companyId;
    await publishScript(t, sv, maintenance, { fields: CALLER_FIELDS, urgentKeywords: ['水漏れ'] });
    await t.createUser('admin@b.example', Role.ClientAdmin, maintenance);
    adminB = (await t.login('admin@b.example')).token;
    const add = async (name: string, input: Record<string, unknown>) => {
      const r = await t.gql(
        SAVE_CONTRACTOR,
        { input: { clientCompanyId: maintenance, name, categories: ['水回り'], ...input } },
        { token: bo },
      );
      contractors[name] = r.data?.['saveContractor'].id as string;
    };
    await add('新宿水道', {
      areas: [{ prefecture: '東京都', city: '新宿区' }],
      channels: [
        { kind: 'FAX', address: '03-1234-5678', hours: null },
        { kind: 'EMAIL', address: 'shinjuku@suido.example', hours: null },
      ],
      priority: 5,
    });
    await add('都内設備', {
      areas: [{ prefecture: '東京都', city: null }],
      channels: [{ kind: 'EMAIL', address: 'tonai@setsubi.example', hours: null }],
      priority: 1,
    });
    await add('横浜設備', {
      areas: [{ prefecture: '神奈川県', city: null }],
      channels: [{ kind: 'FAX', address: '045-123-4567', hours: null }],
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const intake = async (message: string, clientCompanyId = maintenance) =>
    (
      await t.gql(
        `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
        {
          input: {
            clientCompanyId,
            channel: 'PHONE',
            fields: { caller_name: '山田 太郎', callback_number: '090-1111-2222', message },
          },
        },
        { token: op },
      )
    ).data?.['createIntake'].id as string;
  const dispatchesOf = async (intakeId: string, token = op) =>
    (await t.gql(DISPATCHES, { i: intakeId }, { token })).data?.['dispatches'];

  it('proposes the contractor for the site’s city first, then the prefecture’s by priority', async () => {
    const id = await intake('台所で水漏れ');
    const r = await t.gql(
      `query($i: ID!, $c: String!, $a: String!) { dispatchCandidates(intakeId: $i, category: $c, siteAddress: $a) { contractor { name } cityMatch } }`,
      { i: id, c: '水回り', a: '東京都新宿区西新宿2-8-1' },
      { token: op },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.['dispatchCandidates']).toEqual([
      { contractor: { name: '新宿水道' }, cityMatch: true },
      { contractor: { name: '都内設備' }, cityMatch: false },
    ]);
  });

  it('sends the sheet by fax, with the Japanese PDF, and the contractor acknowledges by the link', async () => {
    const id = await intake('天井から水漏れしています');
    const before = smtp.mails.length;
    const created = await t.gql(
      CREATE,
      {
        input: {
          intakeId: id,
          category: '水回り',
          siteAddress: '東京都新宿区西新宿2-8-1',
          instructions: '止水と応急処置をお願いします。',
        },
      },
      { token: op },
    );
    expect(created.errors).toBeUndefined();
    const dispatch = created.data?.['createDispatch'];
    expect(dispatch.contractorId).toBe(contractors['新宿水道']);
    // The e-mail-to-fax gateway mails the PDF to the address made from the fax number.
    // (The intake's own report to the client goes out by e-mail meanwhile.)
    const fax = await until(
      () =>
        smtp.mails
          .slice(before)
          .find((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text === '0312345678@fax.test'),
      'the fax',
    );
    expect(fax.attachments).toHaveLength(1);
    const sheet = fax.attachments[0]!;
    expect(sheet.contentType).toBe('application/pdf');
    expect(sheet.content.length).toBeLessThan(200 * 1024);
    const { text } = await pdfText(sheet.content);
    expect(text).toContain(`手配番号：No.${dispatch.dispatchNo}`);
    expect(text).toContain('【至急】手配書（作業のご依頼）');
    expect(text).toContain('新宿水道 御中');
    expect(text).toContain('東京都新宿区西新宿2-8-1');
    expect(text).toContain('天井から水漏れしています');
    // The long link wraps on the sheet: read it with the line breaks taken out.
    const link = /https:\/\/dengon\.example\/ack\/[\w.-]+/.exec(text.replace(/\n/g, ''))![0];
    await until(
      async () => ((await dispatchesOf(id))[0].status === 'SENT' ? true : undefined),
      'the dispatch to be sent',
    );

    // The contractor opens the link, without signing in, and acknowledges.
    const path = link.replace('https://dengon.example', t.baseUrl);
    const page = await fetch(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('止水と応急処置をお願いします。');
    const ack = await fetch(path, { method: 'POST' });
    expect(ack.status).toBe(200);
    expect(await ack.text()).toContain('受諾を承りました');
    // The client's portal shows it acknowledged, by the link.
    const [seen] = await dispatchesOf(id, adminB);
    expect(seen).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedVia: 'LINK' });
    expect(seen.acknowledgedAt).toEqual(expect.any(String));

    // The sheet as sent, for the operator and the client; nobody else gets it.
    const sheetOf = (token: string) =>
      fetch(`${t.baseUrl}/dispatches/${dispatch.id}/sheet.pdf`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const asSent = await sheetOf(adminB);
    expect(asSent.status).toBe(200);
    expect(asSent.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await asSent.arrayBuffer()).equals(sheet.content)).toBe(true);
    const outsider = await clientOnPlan(t, bo, '他社', 'MAINTENANCE');
    await t.createUser('admin@other.example', Role.ClientAdmin, outsider.companyId);
    const other = (await t.login('admin@other.example')).token;
    expect((await sheetOf(other)).status).toBe(404);
    expect(await dispatchesOf(id, other)).toEqual([]);
  });

  it('refuses an expired or tampered link and changes nothing', async () => {
    const id = await intake('排水の詰まり');
    const { id: dispatchId } = (
      await t.gql(
        CREATE,
        {
          input: {
            intakeId: id,
            category: '水回り',
            siteAddress: '東京都港区芝公園4-2-8',
            instructions: '詰まりの解消',
          },
        },
        { token: op },
      )
    ).data!['createDispatch'];
    const secret = t.app.get<AppConfig>(APP_CONFIG).ackLinkSecret;
    const expired = ackToken(
      secret,
      dispatchId,
      contractors['都内設備']!,
      new Date(Date.now() - 1000),
    );
    const post = (token: string) => fetch(`${t.baseUrl}/ack/${token}`, { method: 'POST' });
    expect((await post(expired)).status).toBe(410);
    const good = ackToken(
      secret,
      dispatchId,
      contractors['都内設備']!,
      new Date(Date.now() + 60_000),
    );
    expect((await post(`${good.slice(0, -2)}xx`)).status).toBe(404);
    // A link for a contractor the dispatch is not with acknowledges nothing either.
    const other = ackToken(
      secret,
      dispatchId,
      contractors['新宿水道']!,
      new Date(Date.now() + 60_000),
    );
    expect((await post(other)).status).toBe(409);
    const [d] = await dispatchesOf(id);
    expect(d.acknowledgedAt).toBeNull();
    expect(d.status).not.toBe('ACKNOWLEDGED');
  });

  it('moves to the next channel when the fax gateway refuses, and alerts', async () => {
    const r = await t.gql(
      SAVE_CONTRACTOR,
      {
        input: {
          clientCompanyId: maintenance,
          name: '渋谷管工',
          categories: ['水回り'],
          areas: [{ prefecture: '東京都', city: '渋谷区' }],
          channels: [
            { kind: 'FAX', address: '03-9876-5432', hours: null },
            { kind: 'EMAIL', address: 'shibuya@kanko.example', hours: null },
          ],
        },
      },
      { token: bo },
    );
    expect(r.errors).toBeUndefined();
    const id = await intake('トイレの水漏れ');
    await t.gql(
      CREATE,
      {
        input: {
          intakeId: id,
          category: '水回り',
          siteAddress: '東京都渋谷区道玄坂1-1',
          instructions: '点検',
        },
      },
      { token: op },
    );
    const moved = await until(async () => {
      const [d] = await dispatchesOf(id);
      return d.messages.length === 2 && d.status === 'SENT' ? d : undefined;
    }, 'the dispatch to move to e-mail');
    expect(moved.messages).toEqual([
      expect.objectContaining({ channel: 'FAX', recipient: '+81398765432', status: 'FAILED' }),
      expect.objectContaining({
        channel: 'EMAIL',
        recipient: 'shibuya@kanko.example',
        status: 'SENT',
      }),
    ]);
    expect(moved.messages[0].lastError).toMatch(/550/);
    expect(moved.alert).toContain('FAXが送れませんでした');
    expect(moved.alert).toContain('次の連絡手段（メール）に切り替えました');
    expect(smtp.mails.filter((m) => m.text?.includes('渋谷管工 御中'))).toHaveLength(1);
  });

  it('asks for a reason to override the proposal, and refuses a plan without dispatch', async () => {
    const id = await intake('給湯器の故障');
    const input = {
      intakeId: id,
      category: '水回り',
      siteAddress: '東京都新宿区新宿1-1',
      instructions: '確認',
    };
    const override = await t.gql(
      CREATE,
      { input: { ...input, contractorId: contractors['都内設備'] } },
      { token: op },
    );
    expect(fieldsOf(override)).toEqual([
      {
        field: 'overrideReason',
        message: 'is required when not taking the proposed contractor (新宿水道)',
      },
    ]);
    const withReason = await t.gql(
      CREATE,
      {
        input: {
          ...input,
          contractorId: contractors['都内設備'],
          overrideReason: '新宿水道は本日休業',
        },
      },
      { token: op },
    );
    expect(withReason.errors).toBeUndefined();

    const standard = (await clientOnPlan(t, bo, '一般プラン社', 'STANDARD')).companyId;
    const sv = (await t.login('sv@dengon.example')).token;
    await publishScript(t, sv, standard, { fields: CALLER_FIELDS });
    const other = await intake('水漏れ', standard);
    const refused = await t.gql(CREATE, { input: { ...input, intakeId: other } }, { token: op });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)[0]).toMatchObject({
      field: 'intakeId',
      message: expect.stringContaining('does not include dispatch'),
    });
  });
});
