import { Role } from '@dengon/domain';
import { clientOnPlan, fieldsOf, today as tokyoToday } from './fixtures';
import { codeOf, TestApp } from './test-app';

const REQUEST = `mutation($input: RequestPhoneNumberInput!) {
  requestPhoneNumber(input: $input) { id e164 national status version forwardToNational }
}`;
const STATUS = `mutation($input: ChangeNumberStatusInput!) { changePhoneNumberStatus(input: $input) { status version expectedOpenDate activatedAt } }`;
const LIST = `query($clientCompanyId: ID, $ownLines: Boolean) { phoneNumbers(clientCompanyId: $clientCompanyId, ownLines: $ownLines) { e164 status } }`;

describe('phone numbers', () => {
  let t: TestApp;
  let bo: string;
  let companyA: string;
  let companyB: string;
  const count = async () =>
    (await t.query(`SELECT count(*)::int AS n FROM phone_numbers`))[0].n as number;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    bo = (await t.login('bo@dengon.example')).token;
    companyA = (await clientOnPlan(t, bo, 'A社', 'STANDARD')).companyId;
    companyB = (await clientOnPlan(t, bo, 'B社', 'START')).companyId;
  });
  afterAll(() => t.close());

  const request = (input: Record<string, unknown>) => t.gql(REQUEST, { input }, { token: bo });
  const move = async (id: string, status: string, extra: Record<string, unknown> = {}) => {
    const [row] = await t.query(`SELECT version FROM phone_numbers WHERE id = $1`, [id]);
    return t.gql(STATUS, { input: { id, version: row.version, status, ...extra } }, { token: bo });
  };

  it.each([
    ['0120-12-345', 'TOLL_FREE', 'a 0120 number has 10 digits, "0120-12-345" has 9'],
    ['0800-123-456', 'TOLL_FREE', 'a 0800 number has 11 digits, "0800-123-456" has 10'],
    ['03-1234-5678', 'TOLL_FREE', '"03-1234-5678" is not a toll-free number (0120 or 0800)'],
    ['0120-123-456', 'DIRECT', '"0120-123-456" is not a fixed number (geographic or 050)'],
  ])('refuses %s as %s, naming the number, and stores nothing', async (number, kind, message) => {
    const before = await count();
    const result = await request({ number, kind, clientCompanyId: companyA });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([{ field: 'number', message }]);
    expect(await count()).toBe(before);
  });

  it('walks a toll-free number to active, refusing activation without a forwarding target', async () => {
    const created = await request({
      number: '0120-111-222',
      kind: 'TOLL_FREE',
      clientCompanyId: companyA,
    });
    const n = created.data?.['requestPhoneNumber'];
    expect(n).toMatchObject({
      e164: '+81120111222',
      national: '0120-111-222',
      status: 'REQUESTED',
    });

    const provisioning = await move(n.id, 'PROVISIONING');
    expect(provisioning.data?.['changePhoneNumberStatus'].expectedOpenDate).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    const refused = await move(n.id, 'ACTIVE');
    expect(fieldsOf(refused)).toEqual([
      {
        field: 'forwardTo',
        message: 'an active toll-free number needs the fixed number it forwards to',
      },
    ]);
    const [row] = await t.query(`SELECT status FROM phone_numbers WHERE id = $1`, [n.id]);
    expect(row.status).toBe('PROVISIONING');

    const [{ version }] = await t.query(`SELECT version FROM phone_numbers WHERE id = $1`, [n.id]);
    const updated = await t.gql(
      `mutation($input: UpdatePhoneNumberInput!) { updatePhoneNumber(input: $input) { forwardToNational } }`,
      { input: { id: n.id, version, forwardTo: '03-1234-5678' } },
      { token: bo },
    );
    expect(updated.data?.['updatePhoneNumber'].forwardToNational).toBe('03-1234-5678');
    expect((await move(n.id, 'ACTIVE')).data?.['changePhoneNumberStatus'].status).toBe('ACTIVE');
  });

  it('charges the toll-free fee from the day the number is ACTIVE until it is RELEASED, without a person adding it', async () => {
    const fees = () =>
      t.query<{ kind: string; monthly_fee: number; start_date: string; end_date: string | null }>(
        `SELECT o.kind, o.monthly_fee, o.start_date::text, o.end_date::text FROM contract_options o
           JOIN phone_numbers n ON n.id = o.phone_number_id WHERE n.e164 = '+81120333444'`,
      );
    const today = tokyoToday();
    const created = await request({
      number: '0120-333-444',
      kind: 'TOLL_FREE',
      clientCompanyId: companyA,
      forwardTo: '03-1234-5678',
    });
    const id = created.data?.['requestPhoneNumber'].id as string;
    await move(id, 'PROVISIONING');
    expect(await fees()).toEqual([]);
    await move(id, 'ACTIVE');
    expect(await fees()).toEqual([
      { kind: 'TOLL_FREE_NUMBER', monthly_fee: 1_000, start_date: today, end_date: null },
    ]);
    // Charged already: adding the fee by hand is refused, and moving and back adds no second one.
    const [contract] = await t.query<{ id: string }>(
      `SELECT id FROM contracts WHERE client_company_id = $1`,
      [companyA],
    );
    const byHand = await t.gql(
      `mutation($input: AddContractOptionInput!) { addContractOption(input: $input) { id } }`,
      {
        input: {
          contractId: contract!.id,
          kind: 'TOLL_FREE_NUMBER',
          phoneNumberId: id,
          startDate: today,
        },
      },
      { token: bo },
    );
    expect(fieldsOf(byHand)).toEqual([
      { field: 'phoneNumberId', message: `is already charged from ${today}` },
    ]);
    await move(id, 'MOVING');
    await move(id, 'ACTIVE');
    expect(await fees()).toHaveLength(1);
    await move(id, 'RELEASED');
    expect(await fees()).toEqual([
      { kind: 'TOLL_FREE_NUMBER', monthly_fee: 1_000, start_date: today, end_date: today },
    ]);
    const audited = await t.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action LIKE 'contract.option_%'
          AND after->>'because' IS NOT NULL
          AND coalesce(after->>'description', after->>'option') LIKE '%0120-333-444' ORDER BY id`,
    );
    expect(audited.map((a) => a.action)).toEqual([
      'contract.option_added',
      'contract.option_ended',
    ]);
  });

  it('refuses a number another client holds, and a stale version', async () => {
    const duplicate = await request({
      number: '0120111222',
      kind: 'TOLL_FREE',
      clientCompanyId: companyB,
    });
    expect(fieldsOf(duplicate)).toEqual([
      { field: 'number', message: '0120-111-222 is already held; it must be released first' },
    ]);
    const [row] = await t.query(
      `SELECT id, version FROM phone_numbers WHERE e164 = '+81120111222'`,
    );
    const stale = await t.gql(
      STATUS,
      { input: { id: row.id, version: row.version - 1, status: 'MOVING' } },
      { token: bo },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('lets a released number go to another client while the earlier holder keeps its history', async () => {
    const created = await request({
      number: '0800-555-0001',
      kind: 'TOLL_FREE',
      clientCompanyId: companyA,
      forwardTo: '03-5555-0001',
    });
    const id = created.data?.['requestPhoneNumber'].id as string;
    await move(id, 'PROVISIONING');
    await move(id, 'ACTIVE');
    await move(id, 'RELEASED');
    const again = await request({
      number: '0800-555-0001',
      kind: 'TOLL_FREE',
      clientCompanyId: companyB,
    });
    expect(again.errors).toBeUndefined();
    const a = await t.gql(LIST, { clientCompanyId: companyA }, { token: bo });
    expect(a.data?.['phoneNumbers']).toContainEqual({ e164: '+818005550001', status: 'RELEASED' });
    const b = await t.gql(LIST, { clientCompanyId: companyB }, { token: bo });
    expect(b.data?.['phoneNumbers']).toContainEqual({ e164: '+818005550001', status: 'REQUESTED' });
    const history = await t.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [
      id,
    ]);
    expect(history[0].n).toBe(4);
  });

  it("applies seed 001's limits to the service's own lines", async () => {
    for (let i = 0; i < 4; i++) {
      expect((await request({ number: `03-6000-000${i}`, kind: 'DIRECT' })).errors).toBeUndefined();
    }
    for (let i = 0; i < 3; i++) {
      expect(
        (await request({ number: `03-7000-000${i}`, kind: 'REPRESENTATIVE' })).errors,
      ).toBeUndefined();
    }
    const fourth = await request({ number: '03-7000-0003', kind: 'REPRESENTATIVE' });
    expect(fieldsOf(fourth)).toEqual([
      {
        field: 'approvalNote',
        message: 'more than 3 representative numbers need an approval note stating the purpose',
      },
    ]);
    expect(
      (
        await request({
          number: '03-7000-0003',
          kind: 'REPRESENTATIVE',
          approvalNote: 'サポート窓口',
        })
      ).errors,
    ).toBeUndefined();
    const fifth = await request({
      number: '03-7000-0004',
      kind: 'REPRESENTATIVE',
      approvalNote: '営業窓口',
    });
    expect(fieldsOf(fifth)).toEqual([
      {
        field: 'kind',
        message: 'representative numbers (5) cannot exceed direct numbers (IDs: 4)',
      },
    ]);
    const own = await t.gql(LIST, { ownLines: true }, { token: bo });
    expect(own.data?.['phoneNumbers']).toHaveLength(8);
  });

  it("shows a client user their own numbers only, and nobody else's", async () => {
    await t.createUser('admin@b.example', Role.ClientAdmin, companyB);
    const admin = (await t.login('admin@b.example')).token;
    const mine = await t.gql(LIST, { clientCompanyId: companyA }, { token: admin });
    const numbers = mine.data?.['phoneNumbers'] as { e164: string }[];
    expect(numbers.map((n) => n.e164)).toEqual(['+818005550001']);
    const refused = await t.gql(
      REQUEST,
      { input: { number: '0120-999-888', kind: 'TOLL_FREE' } },
      { token: admin },
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });
});
