import { Role } from '@dengon/domain';
import { fieldsOf } from './fixtures';
import { TestSmtp } from '@dengon/test-doubles';
import { codeOf, TestApp } from './test-app';

const SETTINGS = `mutation($input: CompanySettingsInput!) {
  updateCompanySettings(input: $input) { id version reportMethod reportEmail digestTime escalationContacts { name phone note } } }`;
const INVITE = `mutation($input: CreateUserInput!) { createUser(input: $input) { email role clientCompany { name } } }`;
const RESET = `mutation($token: String!, $password: String!) { resetPasswordWithLink(token: $token, newPassword: $password) }`;

/** Issue 13 item 4: a client's admin keeps its report destinations, contacts and users, all audited. */
describe('client self-service', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let admin: string;
  let member: string;
  let company: string;
  let other: string;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://dengon.example' });
    const companies = await t.query<{ id: string }>(
      `INSERT INTO client_companies (name, name_kana, report_method, report_email, version)
       VALUES ('株式会社セルフ', 'セルフ', 'EMAIL', 'r@self.example', 1),
              ('株式会社ほか', 'ホカ', 'EMAIL', 'r@other.example', 1) RETURNING id`,
    );
    [company, other] = companies.map((c) => c.id) as [string, string];
    await t.createUser('admin@self.example', Role.ClientAdmin, company);
    await t.createUser('member@self.example', Role.ClientMember, company);
    admin = (await t.login('admin@self.example')).token;
    member = (await t.login('member@self.example')).token;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('lets the admin change where reports go and whom to call, audited for the back office', async () => {
    const changed = await t.gql(
      SETTINGS,
      {
        input: {
          version: 1,
          reportMethod: 'DAILY_DIGEST',
          reportEmail: 'office@self.example',
          digestTime: '17:30',
          escalationContacts: [
            { name: '山田 太郎', phone: '０９０ー１２３４ー５６７８', note: '夜間' },
          ],
        },
      },
      { token: admin },
    );
    expect(changed.data?.['updateCompanySettings']).toEqual({
      id: company,
      version: 2,
      reportMethod: 'DAILY_DIGEST',
      reportEmail: 'office@self.example',
      digestTime: '17:30',
      escalationContacts: [{ name: '山田 太郎', phone: '+819012345678', note: '夜間' }],
    });
    const [entry] = await t.query(
      `SELECT a.before, a.after, u.email FROM audit_log a JOIN users u ON u.id = a.actor_user_id
        WHERE a.action = 'client.updated' AND a.entity_id = $1`,
      [company],
    );
    expect(entry).toMatchObject({
      email: 'admin@self.example',
      before: { reportMethod: 'EMAIL', reportEmail: 'r@self.example', escalationContacts: [] },
      after: {
        reportMethod: 'DAILY_DIGEST',
        digestTime: '17:30',
        escalationContacts: ['山田 太郎'],
      },
    });
    // Another company's settings are, to a client admin, no company at all.
    const elsewhere = await t.gql(
      SETTINGS,
      { input: { clientCompanyId: other, version: 1, reportEmail: 'x@self.example' } },
      { token: admin },
    );
    expect(codeOf(elsewhere)).toBe('NOT_FOUND');
    const [untouched] = await t.query(`SELECT report_email FROM client_companies WHERE id = $1`, [
      other,
    ]);
    expect(untouched.report_email).toBe('r@other.example');
  });

  it('refuses bad settings by field, keeps what was there, and refuses a member', async () => {
    const bad = await t.gql(
      SETTINGS,
      { input: { version: 2, reportMethod: 'FAX', reportFax: '12345' } },
      { token: admin },
    );
    expect([...new Set(fieldsOf(bad).map((f) => f.field))]).toEqual(['reportFax']);
    expect(
      codeOf(
        await t.gql(SETTINGS, { input: { version: 2, digestTime: '18:00' } }, { token: member }),
      ),
    ).toBe('FORBIDDEN');
    const [kept] = await t.query(
      `SELECT report_method, version FROM client_companies WHERE id = $1`,
      [company],
    );
    expect(kept).toEqual({ report_method: 'DAILY_DIGEST', version: 2 });
  });

  it('invites a colleague by e-mail: the link sets their password, once', async () => {
    const invited = await t.gql(
      INVITE,
      { input: { email: 'New@Self.example', name: '新人 花子', role: 'CLIENT_MEMBER' } },
      { token: admin },
    );
    expect(invited.data?.['createUser']).toEqual({
      email: 'new@self.example',
      role: 'CLIENT_MEMBER',
      clientCompany: { name: '株式会社セルフ' },
    });
    const [created] = await t.query(
      `SELECT after FROM audit_log WHERE action = 'user.created' AND after->>'email' = 'new@self.example'`,
    );
    expect(created.after).toMatchObject({ invited: true, role: 'CLIENT_MEMBER' });
    const [mail] = await smtp.waitFor(1);
    expect(mail?.subject).toBe('【Dengon】アカウント作成のご案内');
    const token = /reset-password#token=(\S+)/.exec(mail?.text ?? '')?.[1] ?? '';
    expect(mail?.text).toContain('https://dengon.example/portal/reset-password#token=');
    expect((await t.gql(RESET, { token, password: 'a-long-new-password' })).errors).toBeUndefined();
    expect((await t.login('new@self.example', 'a-long-new-password')).token).toBeTruthy();
    expect(codeOf(await t.gql(RESET, { token, password: 'another-long-password' }))).toBe(
      'CONFLICT',
    );
    // The admin cannot lock themselves out.
    const [self] = await t.query(
      `SELECT id, version FROM users WHERE email = 'admin@self.example'`,
    );
    const off = await t.gql(
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { active } }`,
      { input: { id: self.id, version: self.version, active: false } },
      { token: admin },
    );
    expect(codeOf(off)).toBe('FORBIDDEN');
    // A member invites nobody.
    expect(
      codeOf(
        await t.gql(
          INVITE,
          { input: { email: 'x@self.example', name: 'x', role: 'CLIENT_MEMBER' } },
          { token: member },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
