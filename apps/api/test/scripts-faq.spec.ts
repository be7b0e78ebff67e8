import { Role } from '@dengon/domain';
import { DialedNumberLookup } from '../src/numbers/dialed-number-lookup.service';
import { clientOnPlan, fieldsOf } from './fixtures';
import { codeOf, TestApp } from './test-app';

const SCRIPT = `query($id: ID) { script(clientCompanyId: $id) { version publishedVersionNo draft { greeting fields { key } } } }`;
const SAVE = `mutation($input: SaveScriptDraftInput!) { saveScriptDraft(input: $input) { version } }`;
const PUBLISH = `mutation($input: PublishScriptInput!) { publishScript(input: $input) { id versionNo greeting fields { key label type } } }`;
const PUBLISHED = `query($id: ID) { publishedScript(clientCompanyId: $id) { versionNo greeting } }`;
const CREATE_FAQ = `mutation($input: CreateFaqItemInput!) { createFaqItem(input: $input) { id version enabled } }`;
const FAQ = `query($id: ID, $search: String, $all: Boolean) { faqItems(clientCompanyId: $id, search: $search, includeDisabled: $all) { question } }`;

const field = (key: string, label: string, type = 'TEXT', required = true) => ({
  key,
  label,
  type,
  required,
});
const content = (
  fields = [
    field('caller_name', 'お名前'),
    field('callback_number', '折り返し先', 'PHONE'),
    field('message', 'ご用件', 'LONG_TEXT'),
  ],
) => ({
  greeting: '{挨拶}、{会社名}でございます。',
  fields,
  specialInstructions: '水漏れは至急対応',
  urgentKeywords: ['水漏れ', '火事'],
  closingPhrase: 'ありがとうございました。',
});

describe('scripts and FAQ', () => {
  let t: TestApp;
  let bo: string;
  let sv: string;
  let standard: string;
  let start: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    await t.createUser('op@dengon.example', Role.Operator);
    bo = (await t.login('bo@dengon.example')).token;
    sv = (await t.login('sv@dengon.example')).token;
    standard = (await clientOnPlan(t, bo, '標準社', 'STANDARD')).companyId;
    start = (await clientOnPlan(t, bo, '開始社', 'START')).companyId;
  });
  afterAll(() => t.close());

  it('edits a draft and publishes immutable versions', async () => {
    const fresh = await t.gql(SCRIPT, { id: standard }, { token: sv });
    expect(fresh.data?.['script']).toMatchObject({ version: 0, publishedVersionNo: null });
    const draftFields = fresh.data?.['script'].draft.fields as { key: string }[];
    expect(draftFields.map((f) => f.key)).toEqual([
      'caller_name',
      'caller_name_kana',
      'caller_company',
      'callback_number',
      'message',
    ]);

    const saved = await t.gql(
      SAVE,
      { input: { clientCompanyId: standard, version: 0, content: content() } },
      { token: sv },
    );
    expect(saved.data?.['saveScriptDraft'].version).toBe(1);
    const stale = await t.gql(
      SAVE,
      { input: { clientCompanyId: standard, version: 0, content: content() } },
      { token: sv },
    );
    expect(codeOf(stale)).toBe('CONFLICT');

    const v1 = await t.gql(
      PUBLISH,
      { input: { clientCompanyId: standard, version: 1 } },
      { token: sv },
    );
    expect(v1.data?.['publishScript']).toMatchObject({
      versionNo: 1,
      greeting: '{挨拶}、{会社名}でございます。',
    });
    const edited = await t.gql(
      SAVE,
      {
        input: {
          clientCompanyId: standard,
          version: 1,
          content: { ...content(), greeting: 'はい、{会社名}です。' },
        },
      },
      { token: sv },
    );
    expect(edited.data?.['saveScriptDraft'].version).toBe(2);
    const v2 = await t.gql(
      PUBLISH,
      { input: { clientCompanyId: standard, version: 2 } },
      { token: bo },
    );
    expect(v2.data?.['publishScript'].versionNo).toBe(2);
    await expect(t.query(`UPDATE script_versions SET greeting = 'x'`)).rejects.toThrow(/immutable/);
    const [first] = await t.query(`SELECT greeting FROM script_versions WHERE id = $1`, [
      v1.data?.['publishScript'].id,
    ]);
    expect(first.greeting).toBe('{挨拶}、{会社名}でございます。');
  });

  it('refuses extra fields on Start and unknown greeting variables, naming them, and keeps the draft', async () => {
    const result = await t.gql(
      SAVE,
      {
        input: {
          clientCompanyId: start,
          version: 0,
          content: {
            ...content([
              field('caller_name', 'お名前'),
              field('site_address', '現場', 'POSTAL_ADDRESS'),
            ]),
            greeting: '{部署}です',
          },
        },
      },
      { token: sv },
    );
    expect(fieldsOf(result)).toEqual([
      {
        field: 'content.greeting',
        message: 'unknown variable {部署}; use {会社名}, {挨拶} or {オペレーター名}',
      },
      {
        field: 'content.fields[1].key',
        message:
          'スタートプラン allows only the basic fields (caller_name, caller_name_kana, caller_company, callback_number, message); "site_address" is an extra field',
      },
    ]);
    expect(await t.query(`SELECT * FROM scripts WHERE client_company_id = $1`, [start])).toEqual(
      [],
    );
  });

  it('lets only supervisors and back office edit', async () => {
    const op = (await t.login('op@dengon.example')).token;
    expect(
      codeOf(
        await t.gql(
          SAVE,
          { input: { clientCompanyId: start, version: 0, content: content() } },
          { token: op },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.gql(
          CREATE_FAQ,
          { input: { clientCompanyId: standard, question: 'q', answer: 'a' } },
          { token: op },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('caps enabled FAQ items by plan: 10 on Standard, none on Start', async () => {
    for (let i = 1; i <= 10; i++) {
      const r = await t.gql(
        CREATE_FAQ,
        { input: { clientCompanyId: standard, question: `質問${i}`, answer: `回答${i}` } },
        { token: sv },
      );
      expect(r.errors).toBeUndefined();
    }
    const eleventh = await t.gql(
      CREATE_FAQ,
      { input: { clientCompanyId: standard, question: '質問11', answer: '回答11' } },
      { token: sv },
    );
    expect(fieldsOf(eleventh)).toEqual([
      { field: 'enabled', message: 'スタンダードプラン allows at most 10 enabled FAQ items' },
    ]);
    const disabled = await t.gql(
      CREATE_FAQ,
      {
        input: { clientCompanyId: standard, question: '質問11', answer: '回答11', enabled: false },
      },
      { token: sv },
    );
    expect(disabled.errors).toBeUndefined();
    const enable = await t.gql(
      `mutation($input: UpdateFaqItemInput!) { updateFaqItem(input: $input) { enabled } }`,
      { input: { id: disabled.data?.['createFaqItem'].id, version: 1, enabled: true } },
      { token: sv },
    );
    expect(fieldsOf(enable)).toEqual([
      { field: 'enabled', message: 'スタンダードプラン allows at most 10 enabled FAQ items' },
    ]);

    const onStart = await t.gql(
      CREATE_FAQ,
      { input: { clientCompanyId: start, question: 'q', answer: 'a' } },
      { token: sv },
    );
    expect(fieldsOf(onStart)).toEqual([
      { field: 'enabled', message: 'スタートプラン does not include FAQ answering (limit 0)' },
    ]);
    expect(
      (
        await t.query(`SELECT count(*)::int AS n FROM faq_items WHERE client_company_id = $1`, [
          start,
        ])
      )[0].n,
    ).toBe(0);
  });

  it('finds 2-character Japanese words, whatever the width', async () => {
    const next = (await clientOnPlan(t, bo, '次社', 'NEXT')).companyId;
    const items = [
      ['キッチンの水漏れはどうすればいいですか', '元栓を閉めてお待ちください', ['設備']],
      ['解約の手続きを教えてください', '書面でお申し込みください', ['契約']],
      ['営業時間は？', '平日9時から18時です', ['ＦＡＱ']],
    ] as const;
    for (const [question, answer, tags] of items) {
      await t.gql(
        CREATE_FAQ,
        { input: { clientCompanyId: next, question, answer, tags } },
        { token: sv },
      );
    }
    const find = async (search: string) =>
      (
        (await t.gql(FAQ, { id: next, search }, { token: sv })).data?.['faqItems'] as {
          question: string;
        }[]
      ).map((f) => f.question);
    expect(await find('水漏')).toEqual(['キッチンの水漏れはどうすればいいですか']);
    expect(await find('解約')).toEqual(['解約の手続きを教えてください']);
    expect(await find('faq')).toEqual(['営業時間は？']);
    expect(await find('元栓 閉め')).toEqual(['キッチンの水漏れはどうすればいいですか']);
    expect(await find('水')).toEqual(['キッチンの水漏れはどうすればいいですか']);
    expect(await find('漏水')).toEqual([]);
    expect(await find('100%')).toEqual([]);
  });

  it("gives a client user their own published script and FAQ, and nothing of another company's", async () => {
    await t.createUser('admin@std.example', Role.ClientAdmin, standard);
    await t.createUser('admin@start.example', Role.ClientAdmin, start);
    const own = (await t.login('admin@std.example')).token;
    const other = (await t.login('admin@start.example')).token;
    expect((await t.gql(PUBLISHED, {}, { token: own })).data?.['publishedScript']).toEqual({
      versionNo: 2,
      greeting: 'はい、{会社名}です。',
    });
    expect(
      (await t.gql(PUBLISHED, { id: standard }, { token: other })).data?.['publishedScript'],
    ).toBeNull();
    expect((await t.gql(FAQ, { id: standard }, { token: other })).data?.['faqItems']).toEqual([]);
    expect((await t.gql(FAQ, { all: true }, { token: own })).data?.['faqItems']).toHaveLength(10);
    expect(codeOf(await t.gql(SCRIPT, {}, { token: own }))).toBe('FORBIDDEN');
  });

  it('routes a dialed number to the client, its published script version and its coverage now', async () => {
    const request = await t.gql(
      `mutation($input: RequestPhoneNumberInput!) { requestPhoneNumber(input: $input) { id } }`,
      {
        input: {
          number: '0120-321-321',
          kind: 'TOLL_FREE',
          clientCompanyId: standard,
          forwardTo: '03-3333-3333',
        },
      },
      { token: bo },
    );
    const id = request.data?.['requestPhoneNumber'].id as string;
    const lookup = t.app.get(DialedNumberLookup);
    expect(await lookup.lookup('0120-321-321')).toBeNull(); // requested, not ringing yet
    for (const [status, version] of [
      ['PROVISIONING', 1],
      ['ACTIVE', 2],
    ] as const) {
      await t.gql(
        `mutation($input: ChangeNumberStatusInput!) { changePhoneNumberStatus(input: $input) { id } }`,
        { input: { id, version, status } },
        { token: bo },
      );
    }
    // Monday 2031-01-06 10:00 in Tokyo is 01:00 UTC: inside 月〜金 09:00〜18:00.
    const open = await lookup.lookup('+81120321321', new Date('2031-01-06T01:00:00Z'));
    expect(open).toMatchObject({
      clientName: '標準社',
      scriptVersionNo: 2,
      covered: true,
      coverageSummary: '月〜金 09:00〜18:00、祝日休み',
    });
    expect(open?.coveredUntil?.toISOString()).toBe('2031-01-06T09:00:00.000Z');
    // The same hour on a national holiday (2031-01-13, 成人の日) is closed.
    const holiday = await lookup.lookup('0120321321', new Date('2031-01-13T01:00:00Z'));
    expect(holiday).toMatchObject({ covered: false });
    expect(holiday?.nextCoverageStart?.toISOString()).toBe('2031-01-14T00:00:00.000Z');
    expect(await lookup.lookup('0120-000-000')).toBeNull();
  });

  it('carries change requests from the client to a supervisor and back', async () => {
    const member = await t.createUser('member@std.example', Role.ClientMember, standard);
    const token = (await t.login(member.email)).token;
    const asked = await t.gql(
      `mutation($input: RequestChangeInput!) { requestChange(input: $input) { id status clientCompanyId } }`,
      { input: { target: 'SCRIPT', message: '挨拶に部署名を入れてください' } },
      { token },
    );
    expect(asked.data?.['requestChange']).toMatchObject({
      status: 'PENDING',
      clientCompanyId: standard,
    });
    const review = `mutation($input: ReviewChangeInput!) { reviewChangeRequest(input: $input) { status reviewComment } }`;
    const input = { id: asked.data?.['requestChange'].id, approve: true, comment: '反映しました' };
    expect(codeOf(await t.gql(review, { input }, { token }))).toBe('FORBIDDEN');
    expect((await t.gql(review, { input }, { token: sv })).data?.['reviewChangeRequest']).toEqual({
      status: 'APPROVED',
      reviewComment: '反映しました',
    });
    expect(codeOf(await t.gql(review, { input }, { token: sv }))).toBe('CONFLICT');
    const mine = await t.gql(`query { changeRequests { status reviewComment } }`, {}, { token });
    expect(mine.data?.['changeRequests']).toEqual([
      { status: 'APPROVED', reviewComment: '反映しました' },
    ]);
  });
});
