import { Role } from '@dengon/domain';
import { CALLER_FIELDS, clientOnPlan, fieldsOf, publishScript } from './fixtures';
import { TestSmtp } from '@dengon/test-doubles';
import { codeOf, TestApp } from './test-app';

const REQUEST = `mutation($input: RequestChangeInput!) {
  requestChange(input: $input) { id target subject subjectKey currentText proposedText status } }`;
const REVIEW = `mutation($input: ReviewChangeInput!) {
  reviewChangeRequest(input: $input) { status appliedText reviewComment } }`;
const ONE = `query($id: ID!) { changeRequest(id: $id) { subject status currentText liveText } }`;
const DRAFT = `query($id: ID) { script(clientCompanyId: $id) { version draft { greeting fields { key helpText } } } }`;
const PUBLISHED = `query($id: ID) { publishedScript(clientCompanyId: $id) { versionNo greeting } }`;

describe('structured change requests', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let sv: string;
  let member: string;
  let company: string;
  let faqId: string;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://dengon.example' });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    const bo = (await t.login('bo@dengon.example')).token;
    sv = (await t.login('sv@dengon.example')).token;
    company = (await clientOnPlan(t, bo, '標準社', 'STANDARD')).companyId;
    await t.createUser('member@std.example', Role.ClientMember, company);
    member = (await t.login('member@std.example')).token;
    await publishScript(t, sv, company, { fields: CALLER_FIELDS });
    const faq = await t.gql(
      `mutation($input: CreateFaqItemInput!) { createFaqItem(input: $input) { id } }`,
      {
        input: {
          clientCompanyId: company,
          question: '営業時間は？',
          answer: '平日9時から18時までです。',
        },
      },
      { token: sv },
    );
    faqId = faq.data?.['createFaqItem'].id;
    const current = await t.gql(
      `query($id: ID) { clientCompany(clientCompanyId: $id) { version } }`,
      {
        id: company,
      },
      { token: bo },
    );
    const contacts = await t.gql(
      `mutation($input: UpdateClientCompanyInput!) { updateClientCompany(input: $input) { id } }`,
      {
        input: {
          id: company,
          version: current.data?.['clientCompany'].version,
          escalationContacts: [{ name: '山田 太郎', phone: '090-1234-5678', note: '夜間のみ' }],
        },
      },
      { token: bo },
    );
    if (contacts.errors) throw new Error(JSON.stringify(contacts.errors));
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('proposes a greeting, which the supervisor edits and approves into a new draft to publish', async () => {
    const asked = await t.gql(
      REQUEST,
      {
        input: {
          subject: 'GREETING',
          proposedText: '{挨拶}、標準社 営業部でございます。',
          message: '部署名を入れたい',
        },
      },
      { token: member },
    );
    const request = asked.data?.['requestChange'];
    // What the client saw: the published greeting (publishScript's).
    const published = (await t.gql(PUBLISHED, {}, { token: member })).data?.['publishedScript'];
    expect(request).toMatchObject({
      target: 'SCRIPT',
      subject: 'GREETING',
      subjectKey: null,
      currentText: published.greeting,
      proposedText: '{挨拶}、標準社 営業部でございます。',
      status: 'PENDING',
    });

    // The supervisor compares the draft (where approval writes) with the proposal; the client never sees the draft.
    const staffView = await t.gql(ONE, { id: request.id }, { token: sv });
    expect(staffView.data?.['changeRequest'].liveText).toBe(published.greeting);
    const clientView = await t.gql(ONE, { id: request.id }, { token: member });
    expect(clientView.data?.['changeRequest']).toMatchObject({
      subject: 'GREETING',
      liveText: null,
    });

    const before = (await t.gql(DRAFT, { id: company }, { token: sv })).data?.['script'];
    const edited = '{挨拶}、標準社 営業部の{オペレーター名}でございます。';
    const approved = await t.gql(
      REVIEW,
      {
        input: {
          id: request.id,
          approve: true,
          appliedText: edited,
          comment: '担当者名も添えました',
        },
      },
      { token: sv },
    );
    expect(approved.data?.['reviewChangeRequest']).toEqual({
      status: 'APPROVED',
      appliedText: edited,
      reviewComment: '担当者名も添えました',
    });
    const after = (await t.gql(DRAFT, { id: company }, { token: sv })).data?.['script'];
    expect(after.version).toBe(before.version + 1);
    expect(after.draft.greeting).toBe(edited);
    // Published only when the supervisor publishes the draft.
    expect((await t.gql(PUBLISHED, {}, { token: member })).data?.['publishedScript']).toEqual(
      published,
    );

    await smtp.waitFor(1);
    const mail = smtp.mails.find((m) => JSON.stringify(m.to).includes('member@std.example'));
    expect(mail?.subject).toBe('【Dengon】変更依頼を承認しました');
    expect(mail?.text).toContain('応答文言の変更依頼を承認し、反映しました。');
    expect(mail?.text).toContain(edited);
    expect(mail?.text).toContain('https://dengon.example/portal/change-requests');

    const [audit] = await t.query(
      `SELECT after FROM audit_log WHERE action = 'change_request.reviewed' AND entity_id = $1`,
      [request.id],
    );
    expect(audit.after).toMatchObject({
      status: 'APPROVED',
      edited: true,
    });
  });

  it('changes a FAQ answer and a contact phone at once on approval', async () => {
    const faq = await t.gql(
      REQUEST,
      {
        input: {
          subject: 'FAQ_ANSWER',
          faqItemId: faqId,
          proposedText: '平日9時から17時までです。',
        },
      },
      { token: member },
    );
    expect(faq.data?.['requestChange']).toMatchObject({
      target: 'FAQ',
      currentText: '平日9時から18時までです。',
    });
    const phone = await t.gql(
      REQUEST,
      {
        input: {
          subject: 'CONTACT_PHONE',
          subjectKey: '山田 太郎',
          proposedText: '０３ー１２３４ー９９９９',
        },
      },
      { token: member },
    );
    // Phone numbers read in national format, the proposal normalised.
    expect(phone.data?.['requestChange']).toMatchObject({
      target: 'CONTACT',
      currentText: '090-1234-5678',
      proposedText: '03-1234-9999',
    });
    for (const id of [faq.data?.['requestChange'].id, phone.data?.['requestChange'].id]) {
      const done = await t.gql(
        REVIEW,
        { input: { id, approve: true, comment: '反映しました' } },
        { token: sv },
      );
      expect(done.data?.['reviewChangeRequest'].status).toBe('APPROVED');
    }
    const items = await t.gql(`query { faqItems { answer } }`, {}, { token: member });
    expect(items.data?.['faqItems']).toEqual([{ answer: '平日9時から17時までです。' }]);
    const contacts = await t.gql(
      `query($id: ID) { clientCompany(clientCompanyId: $id) { escalationContacts { name phone note } } }`,
      { id: company },
      { token: sv },
    );
    expect(contacts.data?.['clientCompany'].escalationContacts).toEqual([
      { name: '山田 太郎', phone: '+81312349999', note: '夜間のみ' },
    ]);
  });

  it('refuses proposals that name nothing, change nothing or could not be read out, each by its field', async () => {
    const ask = (input: Record<string, unknown>) => t.gql(REQUEST, { input }, { token: member });
    expect(
      fieldsOf(await ask({ subject: 'GREETING', proposedText: '{社名}でございます' })),
    ).toEqual([
      {
        field: 'proposedText',
        message: 'unknown variable {社名}; use {会社名}, {挨拶} or {オペレーター名}',
      },
    ]);
    expect(
      fieldsOf(await ask({ subject: 'FIELD_HELP', subjectKey: 'no_such', proposedText: 'x' })),
    ).toEqual([{ field: 'subjectKey', message: 'does not exist' }]);
    expect(fieldsOf(await ask({ subject: 'FIELD_HELP', proposedText: 'x' }))).toEqual([
      { field: 'subjectKey', message: 'is required' },
    ]);
    expect(
      fieldsOf(
        await ask({ subject: 'CONTACT_PHONE', subjectKey: '山田 太郎', proposedText: '12345' }),
      ),
    ).toEqual([{ field: 'proposedText', message: expect.any(String) }]);
    expect(
      fieldsOf(
        await ask({ subject: 'CONTACT_NOTE', subjectKey: '山田 太郎', proposedText: '夜間のみ' }),
      ),
    ).toEqual([{ field: 'proposedText', message: 'is the same as the text in force' }]);
    expect(fieldsOf(await ask({ subject: 'CLOSING_PHRASE', proposedText: '  ' }))).toEqual([
      { field: 'proposedText', message: 'is required' },
    ]);
    expect(
      fieldsOf(
        await ask({ subject: 'FAQ_QUESTION', faqItemId: crypto.randomUUID(), proposedText: 'x' }),
      ),
    ).toEqual([{ field: 'faqItemId', message: 'does not belong to this client' }]);
    expect(fieldsOf(await ask({ target: 'SCRIPT' }))).toEqual([
      { field: 'message', message: 'is required' },
    ]);
    expect(fieldsOf(await ask({ subject: 'GREETING', target: 'FAQ', proposedText: 'x' }))).toEqual([
      { field: 'target', message: 'GREETING belongs to SCRIPT' },
    ]);
    // Nothing of it was kept.
    const pending = await t.gql(
      `query { changeRequests(status: PENDING) { id } }`,
      {},
      { token: member },
    );
    expect(pending.data?.['changeRequests']).toEqual([]);
  });

  it('rejects without applying, refuses a second decision and a subject removed meanwhile', async () => {
    const note = await t.gql(
      REQUEST,
      { input: { subject: 'CONTACT_NOTE', subjectKey: '山田 太郎', proposedText: '終日可' } },
      { token: member },
    );
    const id = note.data?.['requestChange'].id;
    const rejected = await t.gql(
      REVIEW,
      { input: { id, approve: false, comment: '夜間のみの契約です', appliedText: 'x' } },
      { token: sv },
    );
    expect(fieldsOf(rejected)).toEqual([
      { field: 'appliedText', message: 'is only for approving a proposed text' },
    ]);
    const declined = await t.gql(
      REVIEW,
      { input: { id, approve: false, comment: '夜間のみの契約です' } },
      { token: sv },
    );
    expect(declined.data?.['reviewChangeRequest']).toEqual({
      status: 'REJECTED',
      appliedText: null,
      reviewComment: '夜間のみの契約です',
    });
    expect(
      codeOf(await t.gql(REVIEW, { input: { id, approve: true, comment: 'x' } }, { token: sv })),
    ).toBe('CONFLICT');
    // Every decision so far was mailed to the requester once: three approvals, this rejection.
    const mails = await smtp.waitFor(4);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      '【Dengon】変更依頼を承認しました',
      '【Dengon】変更依頼を承認しました',
      '【Dengon】変更依頼を承認しました',
      '【Dengon】変更依頼を見送りました',
    ]);

    // The contact is renamed before the next request is decided: approval refuses, nothing written.
    const later = await t.gql(
      REQUEST,
      { input: { subject: 'CONTACT_NOTE', subjectKey: '山田 太郎', proposedText: '平日夜間のみ' } },
      { token: member },
    );
    await t.query(
      `UPDATE client_companies SET escalation_contacts = '[{"name":"山田 次郎","phone":"+819012345678","note":"夜間のみ"}]' WHERE id = $1`,
      [company],
    );
    const gone = await t.gql(
      REVIEW,
      { input: { id: later.data?.['requestChange'].id, approve: true, comment: '反映します' } },
      { token: sv },
    );
    expect(codeOf(gone)).toBe('CONFLICT');
    const still = await t.gql(
      `query { changeRequests(status: PENDING) { id } }`,
      {},
      { token: member },
    );
    expect(still.data?.['changeRequests']).toEqual([{ id: later.data?.['requestChange'].id }]);
  });
});
