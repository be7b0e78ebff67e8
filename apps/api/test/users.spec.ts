import { Role } from '@dengon/domain';
import { codeOf, TestApp } from './test-app';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role version clientCompany { id } } }`;
const USERS = `query($clientCompanyId: ID) { users(clientCompanyId: $clientCompanyId) { email } }`;
const USER = `query($id: ID!) { user(id: $id) { email } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { name version } }`;
const RESET = `mutation($userId: ID!, $newPassword: String!) { resetPassword(userId: $userId, newPassword: $newPassword) { id } }`;

describe('user management', () => {
  let t: TestApp;
  let companyA: string;
  let companyB: string;
  let bUserId: string;
  let backOffice: string;
  let adminA: string;
  let memberA: string;
  const countUsers = async () =>
    (await t.query(`SELECT count(*)::int AS n FROM users`))[0].n as number;

  beforeAll(async () => {
    t = await TestApp.start();
    companyA = (await t.createCompany('A社')).id;
    companyB = (await t.createCompany('B社')).id;
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    await t.createUser('admin@a.example', Role.ClientAdmin, companyA);
    await t.createUser('member@a.example', Role.ClientMember, companyA);
    bUserId = (await t.createUser('admin@b.example', Role.ClientAdmin, companyB)).id;
    backOffice = (await t.login('bo@dengon.example')).token;
    adminA = (await t.login('admin@a.example')).token;
    memberA = (await t.login('member@a.example')).token;
  });
  afterAll(() => t.close());

  it('lets back office create staff and client users', async () => {
    const staff = await t.gql(
      CREATE,
      {
        input: {
          email: 'Op9@Dengon.example',
          name: '新人',
          role: 'OPERATOR',
          password: 'long-enough-pw',
        },
      },
      { token: backOffice },
    );
    expect(staff.data?.['createUser']).toMatchObject({
      email: 'op9@dengon.example',
      role: 'OPERATOR',
      version: 1,
      clientCompany: null,
    });
    const client = await t.gql(
      CREATE,
      {
        input: {
          email: 'm2@b.example',
          name: 'B2',
          role: 'CLIENT_MEMBER',
          password: 'long-enough-pw',
          clientCompanyId: companyB,
        },
      },
      { token: backOffice },
    );
    expect(client.data?.['createUser'].clientCompany).toEqual({ id: companyB });
  });

  it('lets a client admin create users in their own company only, the company taken from the session', async () => {
    const own = await t.gql(
      CREATE,
      {
        input: {
          email: 'new@a.example',
          name: 'A新',
          role: 'CLIENT_MEMBER',
          password: 'long-enough-pw',
        },
      },
      { token: adminA },
    );
    expect(own.data?.['createUser'].clientCompany).toEqual({ id: companyA });

    const before = await countUsers();
    const other = await t.gql(
      CREATE,
      {
        input: {
          email: 'x@b.example',
          name: 'x',
          role: 'CLIENT_MEMBER',
          password: 'long-enough-pw',
          clientCompanyId: companyB,
        },
      },
      { token: adminA },
    );
    expect(codeOf(other)).toBe('FORBIDDEN');
    const staff = await t.gql(
      CREATE,
      { input: { email: 'x@a.example', name: 'x', role: 'OPERATOR', password: 'long-enough-pw' } },
      { token: adminA },
    );
    expect(codeOf(staff)).toBe('FORBIDDEN');
    expect(await countUsers()).toBe(before);
  });

  it('refuses user creation to a CLIENT_MEMBER', async () => {
    const before = await countUsers();
    const result = await t.gql(
      CREATE,
      {
        input: {
          email: 'y@a.example',
          name: 'y',
          role: 'CLIENT_MEMBER',
          password: 'long-enough-pw',
        },
      },
      { token: memberA },
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(await countUsers()).toBe(before);
  });

  it('keeps a client admin out of another company: lists and lookups show only their own', async () => {
    const list = await t.gql(USERS, { clientCompanyId: companyB }, { token: adminA });
    const emails = (list.data?.['users'] as { email: string }[]).map((u) => u.email);
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every((e) => e.endsWith('@a.example'))).toBe(true);
    const lookup = await t.gql(USER, { id: bUserId }, { token: adminA });
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data?.['user']).toBeNull();
    const reset = await t.gql(
      RESET,
      { userId: bUserId, newPassword: 'another-password' },
      { token: adminA },
    );
    expect(codeOf(reset)).toBe('NOT_FOUND');
  });

  it('names every bad field and writes nothing', async () => {
    const before = await countUsers();
    const result = await t.gql(
      CREATE,
      { input: { email: 'not-an-email', name: '', role: 'OPERATOR', password: 'short' } },
      { token: backOffice },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const fields = result.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'name', 'password']);
    expect(await countUsers()).toBe(before);
  });

  it('refuses a client role without a company, and a duplicate e-mail, naming the field', async () => {
    const noCompany = await t.gql(
      CREATE,
      {
        input: {
          email: 'z@z.example',
          name: 'z',
          role: 'CLIENT_ADMIN',
          password: 'long-enough-pw',
        },
      },
      { token: backOffice },
    );
    expect(codeOf(noCompany)).toBe('BAD_USER_INPUT');
    expect(noCompany.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'clientCompanyId',
        label: 'クライアント',
        message: 'a client user must belong to a client company',
        rule: 'clientUserNeedsCompany',
      },
    ]);
    const duplicate = await t.gql(
      CREATE,
      {
        input: {
          email: 'ADMIN@a.example',
          name: 'dup',
          role: 'CLIENT_ADMIN',
          password: 'long-enough-pw',
          clientCompanyId: companyA,
        },
      },
      { token: backOffice },
    );
    expect(duplicate.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'email',
        label: 'メールアドレス',
        message: 'is already in use',
        rule: 'alreadyInUse',
      },
    ]);
    const [{ n }] = await t.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE after->>'name' = 'dup'`,
    );
    expect(n).toBe(0);
  });

  it('refuses a stale version with CONFLICT and keeps the newer write', async () => {
    const created = await t.gql(
      CREATE,
      {
        input: {
          email: 'v@a.example',
          name: '初版',
          role: 'CLIENT_MEMBER',
          password: 'long-enough-pw',
        },
      },
      { token: adminA },
    );
    const id = created.data?.['createUser'].id as string;
    const first = await t.gql(
      UPDATE,
      { input: { id, version: 1, name: '二版' } },
      { token: adminA },
    );
    expect(first.data?.['updateUser']).toEqual({ name: '二版', version: 2 });
    const stale = await t.gql(
      UPDATE,
      { input: { id, version: 1, name: '古い' } },
      { token: backOffice },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    // The refusal says which version is current, so a screen can reload it.
    expect(stale.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    const [row] = await t.query(`SELECT name FROM users WHERE id = $1`, [id]);
    expect(row.name).toBe('二版');
  });

  it('resets a password: the lock lifts, old sessions end, the new password works', async () => {
    const target = await t.createUser('locked@a.example', Role.ClientMember, companyA);
    const session = await t.login('locked@a.example');
    await t.query(
      `UPDATE users SET failed_login_count = 10, locked_until = now() + interval '1 hour' WHERE id = $1`,
      [target.id],
    );
    const reset = await t.gql(
      RESET,
      { userId: target.id, newPassword: 'brand-new-password' },
      { token: adminA },
    );
    expect(reset.errors).toBeUndefined();
    const refresh = await t.gql(
      `mutation { refreshToken { accessToken } }`,
      {},
      { cookie: session.cookie },
    );
    expect(codeOf(refresh)).toBe('UNAUTHENTICATED');
    await expect(t.login('locked@a.example', 'brand-new-password')).resolves.toHaveProperty(
      'token',
    );
  });

  it('lets supervisors read users but not create them; operators neither', async () => {
    const sv = (await t.login('sv@dengon.example')).token;
    expect((await t.gql(USERS, {}, { token: sv })).errors).toBeUndefined();
    const create = await t.gql(
      CREATE,
      {
        input: {
          email: 'q@dengon.example',
          name: 'q',
          role: 'OPERATOR',
          password: 'long-enough-pw',
        },
      },
      { token: sv },
    );
    expect(codeOf(create)).toBe('FORBIDDEN');
    await t.createUser('op@dengon.example', Role.Operator);
    const op = (await t.login('op@dengon.example')).token;
    expect(codeOf(await t.gql(USERS, {}, { token: op }))).toBe('FORBIDDEN');
  });

  it('keeps invoices, payments and aging from a supervisor until the back office grants them', async () => {
    const INVOICES = `{ invoices { id } }`;
    const PAYMENTS = `{ payments { id } }`;
    const AGING = `{ agingReport { bucket } }`;
    const ME = `{ me { permissions grantedPermissions } }`;
    const GRANT = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { version grantedPermissions permissions } }`;
    const supervisor = await t.createUser('sv-money@dengon.example', Role.Supervisor);
    const before = (await t.login('sv-money@dengon.example')).token;
    for (const query of [INVOICES, PAYMENTS, AGING])
      expect(codeOf(await t.gql(query, {}, { token: before }))).toBe('FORBIDDEN');
    expect((await t.gql(ME, {}, { token: before })).data?.['me'].permissions).not.toContain(
      'VIEW_INVOICES',
    );

    // Only what a supervisor may be granted, and only by the back office.
    const tooMuch = await t.gql(
      GRANT,
      { input: { id: supervisor.id, version: 1, grantedPermissions: ['RUN_BILLING'] } },
      { token: backOffice },
    );
    expect(codeOf(tooMuch)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(tooMuch.errors)).toContain('grantedPermissions');
    const granted = await t.gql(
      GRANT,
      { input: { id: supervisor.id, version: 1, grantedPermissions: ['VIEW_INVOICES'] } },
      { token: backOffice },
    );
    expect(granted.data?.['updateUser']).toMatchObject({
      version: 2,
      grantedPermissions: ['VIEW_INVOICES'],
      permissions: expect.arrayContaining(['VIEW_INVOICES', 'SUPERVISE_CALLS']),
    });

    // The grant changed the supervisor's rights: the old token ends, a new one carries it.
    expect(codeOf(await t.gql(INVOICES, {}, { token: before }))).toBe('UNAUTHENTICATED');
    const after = (await t.login('sv-money@dengon.example')).token;
    expect((await t.gql(INVOICES, {}, { token: after })).errors).toBeUndefined();
    expect((await t.gql(PAYMENTS, {}, { token: after })).errors).toBeUndefined();
    expect(codeOf(await t.gql(AGING, {}, { token: after }))).toBe('FORBIDDEN');
    expect((await t.gql(ME, {}, { token: after })).data?.['me'].grantedPermissions).toEqual([
      'VIEW_INVOICES',
    ]);

    // A new role keeps only the grants it may hold.
    const demoted = await t.gql(
      GRANT,
      { input: { id: supervisor.id, version: 2, role: 'OPERATOR' } },
      { token: backOffice },
    );
    expect(demoted.data?.['updateUser'].grantedPermissions).toEqual([]);
    const operator = (await t.login('sv-money@dengon.example')).token;
    expect(codeOf(await t.gql(INVOICES, {}, { token: operator }))).toBe('FORBIDDEN');
  });
});
