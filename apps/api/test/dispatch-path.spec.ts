import { Role } from '@dengon/domain';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../src/config/config';
import { APP_CONFIG } from '../src/config/config.module';
import { CALLER_FIELDS, clientOnPlan, publishScript } from './fixtures';
import { pdfText } from './pdf-text';
import { TestSmtp } from '@dengon/test-doubles';
import { codeOf, TestApp, until } from './test-app';

jest.setTimeout(30_000);

const DISPATCH = `{ id status version contractor { name } messages { channel status recipient } }`;

/**
 * The whole path: a maintenance-linked client's 「水漏れ」 in 東京都,
 * contractor A proposed, the sheet faxed (local outbox) and e-mailed (a real
 * SMTP server, the PDF attached), A acknowledges by the link, and the client
 * sees it acknowledged.
 */
describe('dispatch, end to end', () => {
  let smtp: TestSmtp;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://dengon.example' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('faxes and e-mails contractor A, who acknowledges by the link; the client sees it', async () => {
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    await t.createUser('op@dengon.example', Role.Operator);
    const bo = (await t.login('bo@dengon.example')).token;
    const sv = (await t.login('sv@dengon.example')).token;
    const op = (await t.login('op@dengon.example')).token;
    const client = (await clientOnPlan(t, bo, '東都設備サービス', 'MAINTENANCE')).companyId;
    await publishScript(t, sv, client, { fields: CALLER_FIELDS });
    await t.createUser('admin@client.example', Role.ClientAdmin, client);
    const admin = (await t.login('admin@client.example')).token;
    for (const [name, prefecture, channels] of [
      [
        '東京水道工業',
        '東京都',
        [
          { kind: 'FAX', address: '03-3333-4444', hours: null },
          { kind: 'EMAIL', address: 'jobs@tokyo-suido.example', hours: null },
        ],
      ],
      ['横浜設備', '神奈川県', [{ kind: 'FAX', address: '045-123-4567', hours: null }]],
    ] as const) {
      const saved = await t.gql(
        `mutation($input: SaveContractorInput!) { saveContractor(input: $input) { id } }`,
        {
          input: {
            clientCompanyId: client,
            name,
            categories: ['水回り'],
            areas: [{ prefecture, city: null }],
            channels,
          },
        },
        { token: bo },
      );
      expect(saved.errors).toBeUndefined();
    }

    const intake = await t.gql(
      `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
      {
        input: {
          clientCompanyId: client,
          channel: 'PHONE',
          fields: {
            caller_name: '佐藤 花子',
            callback_number: '090-2222-3333',
            message: '2階の洗面所で水漏れ',
          },
        },
      },
      { token: op },
    );
    const intakeId = intake.data?.['createIntake'].id as string;
    const site = '東京都世田谷区三軒茶屋1-2-3';
    const proposal = await t.gql(
      `query($i: ID!, $a: String!) { dispatchCandidates(intakeId: $i, category: "水回り", siteAddress: $a) { contractor { name } } }`,
      { i: intakeId, a: site },
      { token: op },
    );
    expect(proposal.data?.['dispatchCandidates']).toEqual([
      { contractor: { name: '東京水道工業' } },
    ]);

    // Sent by fax first: the local gateway keeps the PDF in DATA_DIR/outbox/fax.
    const created = await t.gql(
      `mutation($input: CreateDispatchInput!) { createDispatch(input: $input) { id } }`,
      {
        input: {
          intakeId,
          category: '水回り',
          siteAddress: site,
          instructions: '止水栓を閉めて応急処置をお願いします。',
        },
      },
      { token: op },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.['createDispatch'].id as string;
    const dispatch = async (token = op) =>
      (
        await t.gql(
          `query($i: ID) { dispatches(intakeId: $i) ${DISPATCH} }`,
          { i: intakeId },
          { token },
        )
      ).data?.['dispatches'][0];
    const faxed = await until(
      async () => ((await dispatch()).status === 'SENT' ? dispatch() : undefined),
      'the fax',
    );
    expect(faxed.messages).toEqual([{ channel: 'FAX', status: 'SENT', recipient: '+81333334444' }]);
    const outbox = join(t.app.get<AppConfig>(APP_CONFIG).dataDir, 'outbox', 'fax');
    const [faxFile] = readdirSync(outbox).filter((f) => f.endsWith('.pdf'));
    const faxText = (await pdfText(readFileSync(join(outbox, faxFile!)))).text;
    expect(faxText).toContain('東京水道工業 御中');
    expect(faxText).toContain('2階の洗面所で水漏れ');

    // The contractor phones: the fax did not come. The operator sends it by e-mail too.
    const resent = await t.gql(
      `mutation($input: ResendDispatchInput!) { resendDispatch(input: $input) { id } }`,
      { input: { id, version: faxed.version, channelIndex: 1 } },
      { token: op },
    );
    expect(resent.errors).toBeUndefined();
    const mail = await until(
      () => smtp.mails.find((m) => m.subject?.includes('【手配書】')),
      'the e-mail',
    );
    expect(mail.to).toMatchObject({ text: 'jobs@tokyo-suido.example' });
    expect(mail.text).toContain('東京水道工業 御中');
    expect(mail.attachments).toHaveLength(1);
    const sheet = mail.attachments[0]!;
    expect(sheet.contentType).toBe('application/pdf');
    const sheetText = (await pdfText(sheet.content)).text;
    expect(sheetText).toContain('止水栓を閉めて応急処置をお願いします。');
    expect(sheetText).toContain(site);

    // A opens the link in the e-mail and acknowledges.
    const link = /https:\/\/dengon\.example\/ack\/\S+/.exec(mail.text ?? '')![0];
    const ack = await fetch(link.replace('https://dengon.example', t.baseUrl), { method: 'POST' });
    expect(ack.status).toBe(200);

    // The client's portal shows it acknowledged, with both messages as sent.
    const seen = await dispatch(admin);
    expect(seen).toMatchObject({ status: 'ACKNOWLEDGED', contractor: { name: '東京水道工業' } });
    expect(seen.messages.map((m: { channel: string }) => m.channel)).toEqual(['FAX', 'EMAIL']);
    // A resend acts on the dispatch as it is now: whatever version the screen read, one that
    // no longer waits is not sent again.
    const late = await t.gql(
      `mutation($input: ResendDispatchInput!) { resendDispatch(input: $input) { id } }`,
      { input: { id, channelIndex: 1 } },
      { token: op },
    );
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toBe('The dispatch is already ACKNOWLEDGED');
  });
});
