import { Role } from '@dengon/domain';
import { ALWAYS, CALLER_FIELDS, publishScript, today } from './fixtures';
import { codeOf, TestApp } from './test-app';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const AUDIT = `query($entityId: String) { auditLog(entityId: $entityId) { action entityType entityId clientCompanyId actorRole before after } }`;

describe('audit log', () => {
  let t: TestApp;
  let companyA: string;
  let companyB: string;
  let backOffice: string;

  beforeAll(async () => {
    t = await TestApp.start();
    companyA = (await t.createCompany('A社')).id;
    companyB = (await t.createCompany('B社')).id;
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('admin@a.example', Role.ClientAdmin, companyA);
    await t.createUser('op@dengon.example', Role.Operator);
    backOffice = (await t.login('bo@dengon.example')).token;
  });
  afterAll(() => t.close());

  const create = (email: string, clientCompanyId: string) =>
    t.gql(
      CREATE,
      {
        input: {
          email,
          name: email,
          role: 'CLIENT_MEMBER',
          password: 'long-enough-pw',
          clientCompanyId,
        },
      },
      { token: backOffice },
    );

  it('records who created what, with the after summary and never the password', async () => {
    const id = (await create('m@a.example', companyA)).data?.['createUser'].id as string;
    const log = await t.gql(AUDIT, { entityId: id }, { token: backOffice });
    expect(log.data?.['auditLog']).toEqual([
      {
        action: 'user.created',
        entityType: 'User',
        entityId: id,
        clientCompanyId: companyA,
        actorRole: 'BACK_OFFICE',
        before: null,
        after: {
          email: 'm@a.example',
          name: 'm@a.example',
          role: 'CLIENT_MEMBER',
          active: true,
          clientCompanyId: companyA,
        },
      },
    ]);
    expect(JSON.stringify(log.data)).not.toMatch(/argon2|password/);
  });

  it("shows a client admin only their own company's entries", async () => {
    await create('m@b.example', companyB);
    const admin = (await t.login('admin@a.example')).token;
    const entries = (await t.gql(AUDIT, {}, { token: admin })).data?.['auditLog'] as {
      clientCompanyId: string;
    }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.clientCompanyId === companyA)).toBe(true);
  });

  it('is closed to operators', async () => {
    const op = (await t.login('op@dengon.example')).token;
    expect(codeOf(await t.gql(AUDIT, {}, { token: op }))).toBe('FORBIDDEN');
  });

  it('cannot be changed or deleted, even by the table owner', async () => {
    await expect(t.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('records a signed-in person reaching past their role, and an export, for the back office to read', async () => {
    const admin = await t.login('admin@a.example');
    const adminId = (
      await t.query<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@a.example'`)
    )[0]!.id;
    const denied = await t.gql(`{ clientCompanies { id } }`, {}, { token: admin.token });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const exported = await fetch(`${t.baseUrl}/exports/intake-records.csv`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(exported.status).toBe(200);
    await exported.text();

    const log = (await t.gql(AUDIT, { entityId: adminId }, { token: backOffice })).data?.[
      'auditLog'
    ] as {
      action: string;
      after: Record<string, unknown>;
    }[];
    expect(log.find((e) => e.action === 'access.denied')?.after).toMatchObject({
      role: 'CLIENT_ADMIN',
      operation: 'Query.clientCompanies',
    });
    expect(log.some((e) => e.action === 'export.downloaded')).toBe(true);
  });

  it('covers intakes, their status, script drafts and sign-ins, filtered by kind, client and day', async () => {
    const sv = await t
      .createUser('sv@dengon.example', Role.Supervisor)
      .then(() => t.login('sv@dengon.example'));
    const op = (await t.login('op@dengon.example')).token;
    const bo = await t.gql(
      `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`,
      {
        input: {
          clientCompanyId: companyA,
          planCode: 'STANDARD',
          startDate: today(),
          holidayRule: 'AS_USUAL',
          coverageWindows: ALWAYS,
        },
      },
      { token: backOffice },
    );
    expect(bo.errors).toBeUndefined();
    await publishScript(t, sv.token, companyA, { fields: CALLER_FIELDS });
    const intake = (
      await t.gql(
        `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id recordNumber version } }`,
        {
          input: {
            clientCompanyId: companyA,
            channel: 'PHONE',
            fields: { caller_name: '山田', callback_number: '090-1111-2222', message: '折り返し' },
          },
        },
        { token: op },
      )
    ).data?.['createIntake'];
    await t.gql(
      `mutation($input: ChangeIntakeStatusInput!) { changeIntakeStatus(input: $input) { status } }`,
      { input: { id: intake.id, version: intake.version, status: 'IN_PROGRESS', note: '対応中' } },
      { token: op },
    );

    const FILTERED = `query($action: String, $c: ID, $from: String, $to: String) {
      auditLog(action: $action, clientCompanyId: $c, from: $from, to: $to) {
        action actorName clientName after } }`;
    const day = today();
    const intakes = (
      await t.gql(
        FILTERED,
        { action: 'intake.', c: companyA, from: day, to: day },
        { token: backOffice },
      )
    ).data?.['auditLog'];
    expect(intakes).toEqual([
      {
        action: 'intake.status_changed',
        actorName: 'op',
        clientName: 'A社',
        after: { status: 'IN_PROGRESS', recordNumber: intake.recordNumber, note: '対応中' },
      },
      {
        action: 'intake.created',
        actorName: 'op',
        clientName: 'A社',
        after: { recordNumber: intake.recordNumber, channel: 'PHONE', status: 'RECEIVED' },
      },
    ]);
    const yesterday = (
      await t.gql(
        FILTERED,
        { action: 'intake.', from: '2020-01-01', to: '2020-01-31' },
        { token: backOffice },
      )
    ).data?.['auditLog'];
    expect(yesterday).toEqual([]);
    const scripts = (await t.gql(FILTERED, { action: 'script.' }, { token: backOffice })).data?.[
      'auditLog'
    ] as { action: string }[];
    expect(scripts.map((e) => e.action)).toEqual(['script.published', 'script.draft_saved']);
    const signIns = (await t.gql(FILTERED, { action: 'auth.signed_in' }, { token: backOffice }))
      .data?.['auditLog'] as { actorName: string }[];
    expect(signIns.map((e) => e.actorName)).toContain('sv');

    // A client admin sees the same intake entries, without the staff's names, and no other client's.
    const admin = (await t.login('admin@a.example')).token;
    const own = (await t.gql(FILTERED, { action: 'intake.', c: companyB }, { token: admin }))
      .data?.['auditLog'] as { action: string; actorName: string | null; clientName: string }[];
    expect(own.map((e) => [e.action, e.actorName, e.clientName])).toEqual([
      ['intake.status_changed', null, 'A社'],
      ['intake.created', null, 'A社'],
    ]);
  });

  it('refuses a kind of action that is no action, naming the field', async () => {
    const bad = await t.gql(
      `query { auditLog(action: "DROP TABLE") { id } }`,
      {},
      { token: backOffice },
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('action');
  });
});
