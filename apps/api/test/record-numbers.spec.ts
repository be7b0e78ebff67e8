import { Role, tokyoDate } from '@dengon/domain';
import { ALWAYS, CALLER_FIELDS, fieldsOf, publishScript, today } from './fixtures';
import { TestApp } from './test-app';

const CLIENT = `mutation($input: CreateClientCompanyInput!) { createClientCompany(input: $input) { id recordPrefix } }`;
const CREATE = `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id recordNumber } }`;
const FIND = `query($text: String) { intakeRecords(text: $text) { items { recordNumber } } }`;

/** 受付番号 (issue 16 item 2): per client and year, gapless, searchable, the client's own only. */
describe('record numbers', () => {
  let t: TestApp;
  let bo: string;
  let op: string;
  const year = tokyoDate(new Date()).slice(0, 4);
  const client = async (name: string, recordPrefix?: string) => {
    const result = await t.gql(
      CLIENT,
      {
        input: {
          name,
          nameKana: 'テスト',
          reportMethod: 'EMAIL',
          reportEmail: 'r@c.example',
          ...(recordPrefix && { recordPrefix }),
        },
      },
      { token: bo },
    );
    return result;
  };
  const take = async (clientCompanyId: string) =>
    (
      await t.gql(
        CREATE,
        {
          input: {
            clientCompanyId,
            channel: 'PHONE',
            fields: { caller_name: '山田', callback_number: '090-1111-2222', message: '折り返し' },
          },
        },
        { token: op },
      )
    ).data?.['createIntake'] as { id: string; recordNumber: string };
  let ss: string;
  let other: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('op@dengon.example', Role.Operator);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    bo = (await t.login('bo@dengon.example')).token;
    op = (await t.login('op@dengon.example')).token;
    const sv = (await t.login('sv@dengon.example')).token;
    ss = (await client('サンプル商事', 'SS')).data?.['createClientCompany'].id;
    other = (await client('ほか商事')).data?.['createClientCompany'].id;
    for (const id of [ss, other]) {
      const contract = await t.gql(
        `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`,
        {
          input: {
            clientCompanyId: id,
            planCode: 'STANDARD',
            startDate: today(),
            holidayRule: 'AS_USUAL',
            coverageWindows: ALWAYS,
          },
        },
        { token: bo },
      );
      expect(contract.errors).toBeUndefined();
      await publishScript(t, sv, id, { fields: CALLER_FIELDS });
    }
  });
  afterAll(() => t.close());

  it('gives a client a prefix of its own, or the next free C-number, and refuses one taken or malformed', async () => {
    const [{ record_prefix: generated }] = await t.query(
      `SELECT record_prefix FROM client_companies WHERE id = $1`,
      [other],
    );
    expect(generated).toMatch(/^C\d{3}$/);
    const taken = await client('まね商事', 'SS');
    expect(fieldsOf(taken)).toEqual([{ field: 'recordPrefix', message: 'is already in use' }]);
    expect(taken.errors?.[0]?.message).toContain('受付番号の接頭辞');
    const malformed = await client('小文字商事', 'ss');
    expect(fieldsOf(malformed)).toEqual([
      { field: 'recordPrefix', message: expect.stringContaining('capitals') },
    ]);
    expect(await t.query(`SELECT count(*)::int AS n FROM client_companies`)).toEqual([{ n: 2 }]);
  });

  it('numbers each client’s records by year from 1, without gaps, even when saves run at once or fail', async () => {
    expect((await take(ss)).recordNumber).toBe(`SS-${year}-000001`);
    expect((await take(other)).recordNumber).toMatch(new RegExp(`^C\\d{3}-${year}-000001$`));

    // A save that is rolled back takes no number for good.
    const [row] = await t.query(`SELECT id FROM intake_records WHERE record_number = $1`, [
      `SS-${year}-000001`,
    ]);
    await expect(
      t.dataSource.transaction(async (em) => {
        await em.query(
          `INSERT INTO intake_records (client_company_id, channel, script_version_id, fields, status,
                                       received_at, search_text, search_bigrams, version)
           SELECT client_company_id, channel, script_version_id, fields, status, now(), '', '{}', 1
             FROM intake_records WHERE id = $1`,
          [row.id],
        );
        throw new Error('the save failed after its insert');
      }),
    ).rejects.toThrow('the save failed');

    const together = await Promise.all(Array.from({ length: 12 }, () => take(ss)));
    const numbers = together.map((r) => r.recordNumber).sort();
    expect(numbers).toEqual(
      Array.from({ length: 12 }, (_, i) => `SS-${year}-${String(i + 2).padStart(6, '0')}`),
    );
  });

  it('finds a record by its number however it is typed, and never another client’s', async () => {
    const second = `SS-${year}-000002`;
    for (const typed of [second, `ss-${year}-2`, `ＳＳ－${year}－０００００２`]) {
      const found = await t.gql(FIND, { text: typed }, { token: op });
      expect(found.data?.['intakeRecords'].items).toEqual([{ recordNumber: second }]);
    }
    await t.createUser('admin@other.example', Role.ClientAdmin, other);
    const admin = (await t.login('admin@other.example')).token;
    const asked = await t.gql(FIND, { text: second }, { token: admin });
    expect(asked.errors).toBeUndefined();
    expect(asked.data?.['intakeRecords'].items).toEqual([]);
  });
});
