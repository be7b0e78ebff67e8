import { Role } from '@dengon/domain';
import { InvoiceRuns } from '../src/billing/invoice-runs.service';
import { TestApp } from './test-app';

jest.setTimeout(60_000);

const CREATE_CLIENT = `mutation($input: CreateClientCompanyInput!) { createClientCompany(input: $input) { id } }`;
const CREATE_CONTRACT = `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`;
const ADD_OPTION = `mutation($input: AddContractOptionInput!) { addContractOption(input: $input) { id } }`;
const END_OPTION = `mutation($input: EndContractOptionInput!) { endContractOption(input: $input) { id } }`;
const CHANGE_PLAN = `mutation($input: ChangePlanInput!) { changePlan(input: $input) { id } }`;
const PENDING = `query($month: String!) { pendingCatchUps(month: $month) { clientCompanyId clientName lines subtotal } }`;

interface Line {
  kind: string;
  description: string;
  amount: number;
  taxRate: number;
  catchUpOf?: { month: string; kind: string };
}

/**
 * No charge is lost: October 2026 is billed and issued, then changes dated
 * in October are recorded. November's invoice settles each as its own line
 * naming October, and December's has nothing more to settle.
 */
describe('late changes to an invoiced month', () => {
  let t: TestApp;
  let bo: string;
  const clients: Record<string, { companyId: string; contractId: string }> = {};

  const gql = async (query: string, variables: Record<string, unknown>) => {
    const result = await t.gql(query, variables, { token: bo });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const client = async (name: string) => {
    const company = await gql(CREATE_CLIENT, {
      input: { name, nameKana: 'テスト', reportMethod: 'EMAIL', reportEmail: 'r@c.example' },
    });
    const companyId = company['createClientCompany'].id as string;
    const contract = await gql(CREATE_CONTRACT, {
      input: {
        clientCompanyId: companyId,
        planCode: 'STANDARD',
        startDate: '2026-07-01',
        holidayRule: 'CLOSED',
        coverageWindows: [{ weekday: 1, start: '09:00', end: '18:00' }],
      },
    });
    return (clients[name] = { companyId, contractId: contract['createContract'].id });
  };
  /** The client's November invoice, as issued. */
  const november = async (name: string): Promise<{ lines: Line[]; total: number }> =>
    (
      await t.query(
        `SELECT lines, total FROM invoices
          WHERE month = '2026-11' AND state = 'ISSUED' AND client_company_id = $1`,
        [clients[name]!.companyId],
      )
    )[0];

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    bo = (await t.login('bo@dengon.example')).token;
    await client('返却商事');
    await client('設定費商事');
    await client('変更商事');
    await client('無変更商事');
    // The Panasonic set rented since July, billed for October in advance.
    await gql(ADD_OPTION, {
      input: {
        contractId: clients['返却商事']!.contractId,
        kind: 'EQUIPMENT',
        equipmentModel: 'KX_HDV230N',
        acquisition: 'RENTAL',
        startDate: '2026-07-01',
      },
    });
    await t.app.get(InvoiceRuns).billMonth('2026-10', '2026-10-01');
    const issued = await t.query(
      `SELECT count(*)::int AS n FROM invoices WHERE month = '2026-10' AND state = 'ISSUED'`,
    );
    expect(issued).toEqual([{ n: 4 }]);

    // Recorded in November, dated in October.
    const [rental] = await t.query(`SELECT id FROM contract_options WHERE kind = 'EQUIPMENT'`);
    await gql(END_OPTION, { input: { id: rental.id, endDate: '2026-10-20' } });
    await gql(ADD_OPTION, {
      input: {
        contractId: clients['設定費商事']!.contractId,
        kind: 'ONE_OFF',
        description: '初期設定費',
        oneOffFee: 20_000,
        startDate: '2026-10-05',
      },
    });
    await gql(CHANGE_PLAN, {
      input: {
        contractId: clients['変更商事']!.contractId,
        planCode: 'NEXT',
        effectiveFrom: '2026-10-15',
      },
    });
  });
  afterAll(() => t.close());

  it('shows the back office what the next run will settle, before it runs', async () => {
    const pending = (await gql(PENDING, { month: '2026-11' }))['pendingCatchUps'] as {
      clientName: string;
      subtotal: number;
      lines: Line[];
    }[];
    expect(pending.map((p) => p.clientName).sort()).toEqual(['変更商事', '設定費商事', '返却商事']);
    expect(pending.find((p) => p.clientName === '設定費商事')).toMatchObject({
      subtotal: 20_000,
      lines: [{ description: '追加請求（2026年10月分）：初期設定費', amount: 20_000 }],
    });
  });

  it('refuses a month that is no month, naming the field', async () => {
    const result = await t.gql(PENDING, { month: '2026-13' }, { token: bo });
    expect(result.errors?.[0]?.extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'month', label: '対象月' }),
    ]);
  });

  describe('on the next invoice', () => {
    beforeAll(() => t.app.get(InvoiceRuns).billMonth('2026-11', '2026-11-01'));

    it('settles an equipment return: the rent not owed back, the early-termination fee charged', async () => {
      const settled = (await november('返却商事')).lines.filter((l) => l.kind === 'CATCH_UP');
      // Rent and use fee 3,480 for 20 of 31 days is 2,245; 3 whole months rented: 24,800 − 3 × 2,980.
      expect(settled.map((l) => [l.description, l.amount, l.taxRate, l.catchUpOf])).toEqual([
        [
          '過請求の減額（2026年10月分）：オプション料金の差額',
          2_245 - 3_480,
          10,
          { month: '2026-10', kind: 'OPTION' },
        ],
        [
          '追加請求（2026年10月分）：Panasonic KX-HDV230N（レンタル） 中途解約金（3か月利用）',
          15_860,
          10,
          { month: '2026-10', kind: 'EARLY_TERMINATION' },
        ],
      ]);
    });

    it('bills a one-off fee added after its month was issued', async () => {
      const invoice = await november('設定費商事');
      expect(invoice.lines.filter((l) => l.kind === 'CATCH_UP')).toMatchObject([
        { description: '追加請求（2026年10月分）：初期設定費', amount: 20_000, taxRate: 10 },
      ]);
      // November's plan and the catch-up, tax once on the sum.
      expect(invoice.total).toBe(((15_000 + 20_000) * 11) / 10);
    });

    it('bills the difference of an upgrade mid-month that October was billed in advance without', async () => {
      const invoice = await november('変更商事');
      // Standard 15,000 × 14/31 = 6,774, Next 40,000 × 17/31 = 21,935, less the 15,000 billed.
      expect(invoice.lines.map((l) => [l.kind, l.amount])).toEqual([
        ['PLAN', 40_000],
        ['CATCH_UP', 6_774 + 21_935 - 15_000],
      ]);
    });

    it('settles each change once: December has nothing more, nor does a client without changes', async () => {
      expect(
        await t.query(`SELECT count(*)::int AS n FROM invoices WHERE state = 'DRAFT'`),
      ).toEqual([{ n: 0 }]);
      expect((await gql(PENDING, { month: '2026-12' }))['pendingCatchUps']).toEqual([]);
      expect((await november('無変更商事')).lines.map((l) => l.kind)).toEqual(['PLAN']);
    });
  });
});
