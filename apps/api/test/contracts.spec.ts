import { Role } from '@dengon/domain';
import { ALWAYS, clientOnPlan, fieldsOf, today, WEEKDAYS_9_TO_18 } from './fixtures';
import { codeOf, TestApp } from './test-app';

const CREATE_CLIENT = `mutation($input: CreateClientCompanyInput!) { createClientCompany(input: $input) { id nameKana postalCode reportFax escalationContacts { name phone } } }`;
const CREATE_CONTRACT = `mutation($input: CreateContractInput!) { createContract(input: $input) { id } }`;
const CONTRACT = `query($id: ID) { contract(clientCompanyId: $id) {
  startDate coverageSummary currentTerm { planCode plan { nameJa faqLimit } price { monthlyFee includedCalls overagePerCall } }
  planTerms { planCode effectiveFrom } options { kind description monthlyFee oneOffFee earlyTerminationFee }
} }`;

describe('clients and contracts', () => {
  let t: TestApp;
  let bo: string;
  const contracts = async () =>
    (await t.query(`SELECT count(*)::int AS n FROM contracts`))[0].n as number;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    bo = (await t.login('bo@dengon.example')).token;
  });
  afterAll(() => t.close());

  it('creates a client with normalised details', async () => {
    const result = await t.gql(
      CREATE_CLIENT,
      {
        input: {
          name: '株式会社テスト',
          nameKana: 'ﾃｽﾄ',
          postalCode: '1500001',
          reportMethod: 'FAX',
          reportFax: '03-1234-5678',
          escalationContacts: [{ name: '山田', phone: '090-1234-5678' }],
        },
      },
      { token: bo },
    );
    expect(result.data?.['createClientCompany']).toMatchObject({
      nameKana: 'ﾃｽﾄ',
      postalCode: '150-0001',
      reportFax: '+81312345678',
      escalationContacts: [{ name: '山田', phone: '+819012345678' }],
    });
  });

  it('names every problem with client details and writes nothing', async () => {
    const before = (await t.query(`SELECT count(*)::int AS n FROM client_companies`))[0].n;
    const result = await t.gql(
      CREATE_CLIENT,
      {
        input: {
          name: 'x',
          nameKana: 'かな',
          reportMethod: 'DAILY_DIGEST',
          billingEmail: 'nope',
          escalationContacts: [{ name: 'a', phone: '12' }],
        },
      },
      { token: bo },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result).map((f) => f.field)).toEqual(['billingEmail']);
    const second = await t.gql(
      CREATE_CLIENT,
      {
        input: {
          name: 'x',
          nameKana: 'かな',
          reportMethod: 'DAILY_DIGEST',
          escalationContacts: [{ name: 'a', phone: '12' }],
        },
      },
      { token: bo },
    );
    expect(fieldsOf(second).map((f) => f.field)).toEqual([
      'nameKana',
      'escalationContacts[0].phone',
      'reportEmail',
      'digestTime',
    ]);
    expect((await t.query(`SELECT count(*)::int AS n FROM client_companies`))[0].n).toBe(before);
  });

  it('shows the contract with the plan, its price and the coverage in Japanese', async () => {
    const { companyId } = await clientOnPlan(t, bo, '標準社', 'STANDARD');
    const result = await t.gql(CONTRACT, { id: companyId }, { token: bo });
    expect(result.data?.['contract']).toMatchObject({
      startDate: today(),
      coverageSummary: '月〜金 09:00〜18:00、祝日休み',
      currentTerm: {
        planCode: 'STANDARD',
        plan: { nameJa: 'スタンダードプラン', faqLimit: 10 },
        price: { monthlyFee: 15_000, includedCalls: 50, overagePerCall: 200 },
      },
    });
  });

  it('refuses a contract that ends before it starts', async () => {
    const { companyId } = await clientOnPlan(t, bo, '日付社', 'START');
    const before = await contracts();
    const result = await t.gql(
      CREATE_CONTRACT,
      {
        input: {
          clientCompanyId: companyId,
          planCode: 'START',
          startDate: '2027-04-01',
          endDate: '2027-03-31',
          holidayRule: 'CLOSED',
          coverageWindows: ALWAYS,
        },
      },
      { token: bo },
    );
    expect(fieldsOf(result)).toEqual([
      { field: 'endDate', message: 'must not be before the start (2027-04-01)' },
    ]);
    expect(await contracts()).toBe(before);
  });

  it('keeps when a contract is invoiced as its own terms, and refuses a payment term out of range', async () => {
    const { contractId } = await clientOnPlan(t, bo, '支払条件社', 'STANDARD');
    const UPDATE = `mutation($input: UpdateContractInput!) { updateContract(input: $input) { billingTerms version } }`;
    const update = (version: number, billingTerms: Record<string, unknown>) =>
      t.gql(UPDATE, { input: { id: contractId, version, billingTerms } }, { token: bo });
    const refused = await update(1, { prorate: 'DAILY', due: 'DAYS_AFTER_ISSUE', dueDays: 300 });
    expect(fieldsOf(refused)).toEqual([
      { field: 'billingTerms.due.days', message: 'payment term must be 1–120 days after issue' },
    ]);
    const saved = await update(1, { prorate: 'NONE', due: 'DAYS_AFTER_ISSUE', dueDays: 45 });
    expect(saved.data?.['updateContract'].billingTerms).toEqual({
      advanceBilling: true,
      prorate: 'NONE',
      due: { kind: 'DAYS_AFTER_ISSUE', days: 45 },
    });
  });

  it('refuses overlapping and empty coverage windows, naming them', async () => {
    const { companyId } = await clientOnPlan(t, bo, '時間社', 'START');
    const input = (coverageWindows: unknown[]) => ({
      input: {
        clientCompanyId: companyId,
        planCode: 'START',
        startDate: '2030-01-01',
        holidayRule: 'AS_USUAL',
        coverageWindows,
      },
    });
    const overlapping = await t.gql(
      CREATE_CONTRACT,
      input([
        { weekday: 1, start: '22:00', end: '06:00' },
        { weekday: 2, start: '05:00', end: '09:00' },
      ]),
      { token: bo },
    );
    expect(fieldsOf(overlapping)).toEqual([
      { field: 'coverageWindows[1]', message: 'overlaps coverageWindows[0] (月 22:00–06:00)' },
    ]);
    const empty = await t.gql(
      CREATE_CONTRACT,
      input([{ weekday: 3, start: '09:00', end: '09:00' }]),
      { token: bo },
    );
    expect(fieldsOf(empty)).toEqual([
      { field: 'coverageWindows[0].end', message: 'must differ from the start' },
    ]);
    const none = await t.gql(CREATE_CONTRACT, input([]), { token: bo });
    expect(fieldsOf(none)).toEqual([
      { field: 'coverageWindows', message: 'must have at least 1 item(s)' },
    ]);
  });

  it('refuses prices with decimals or below zero, naming the field', async () => {
    const { contractId } = await clientOnPlan(t, bo, '価格社', 'START');
    const decimals = await t.gql(
      `mutation($input: ChangePlanInput!) { changePlan(input: $input) { id } }`,
      {
        input: {
          contractId,
          planCode: 'NEXT',
          effectiveFrom: '2031-01-01',
          overrides: { monthlyFee: 7500.5 },
        },
      },
      { token: bo },
    );
    expect(codeOf(decimals)).toBe('BAD_USER_INPUT');
    expect(decimals.errors?.[0]?.message).toMatch(/monthlyFee.*non-integer/);
    const negative = await t.gql(
      `mutation($input: AddPlanPriceInput!) { addPlanPrice(input: $input) { id } }`,
      {
        input: {
          planCode: 'START',
          effectiveFrom: '2031-01-01',
          monthlyFee: -1,
          includedCalls: 30,
          overagePerCall: 200,
        },
      },
      { token: bo },
    );
    expect(fieldsOf(negative)).toEqual([{ field: 'monthlyFee', message: 'cannot be negative' }]);
  });

  it('keeps the plan history and applies a price version only from its date', async () => {
    const { companyId, contractId } = await clientOnPlan(t, bo, '変更社', 'START');
    const change = await t.gql(
      `mutation($input: ChangePlanInput!) { changePlan(input: $input) { planCode effectiveFrom } }`,
      {
        input: {
          contractId,
          planCode: 'NEXT',
          effectiveFrom: '2031-01-15',
          overrides: { includedCalls: 150 },
        },
      },
      { token: bo },
    );
    expect(change.data?.['changePlan']).toEqual({ planCode: 'NEXT', effectiveFrom: '2031-01-15' });
    const earlier = await t.gql(
      `mutation($input: ChangePlanInput!) { changePlan(input: $input) { planCode } }`,
      { input: { contractId, planCode: 'STANDARD', effectiveFrom: '2031-01-01' } },
      { token: bo },
    );
    expect(fieldsOf(earlier)).toEqual([
      {
        field: 'effectiveFrom',
        message: 'must be after the current term, which starts 2031-01-15',
      },
    ]);

    const past = await t.gql(
      `mutation($input: AddPlanPriceInput!) { addPlanPrice(input: $input) { id } }`,
      {
        input: {
          planCode: 'NEXT',
          effectiveFrom: today(),
          monthlyFee: 45_000,
          includedCalls: 100,
          overagePerCall: 180,
        },
      },
      { token: bo },
    );
    expect(fieldsOf(past)).toEqual([
      {
        field: 'effectiveFrom',
        message: 'must be after today: running and billed periods keep their price',
      },
    ]);
    const future = await t.gql(
      `mutation($input: AddPlanPriceInput!) { addPlanPrice(input: $input) { effectiveFrom } }`,
      {
        input: {
          planCode: 'NEXT',
          effectiveFrom: '2031-01-20',
          monthlyFee: 45_000,
          includedCalls: 100,
          overagePerCall: 180,
        },
      },
      { token: bo },
    );
    expect(future.errors).toBeUndefined();
    const contract = await t.gql(CONTRACT, { id: companyId }, { token: bo });
    expect(contract.data?.['contract'].planTerms).toEqual([
      { planCode: 'START', effectiveFrom: today() },
      { planCode: 'NEXT', effectiveFrom: '2031-01-15' },
    ]);
    await expect(t.query(`UPDATE plan_prices SET monthly_fee = 1`)).rejects.toThrow(/immutable/);
  });

  it('prices options: toll-free numbers, equipment bought and rented, and the early termination fee', async () => {
    const { companyId, contractId } = await clientOnPlan(t, bo, 'オプション社', 'STANDARD');
    const add = (input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: AddContractOptionInput!) { addContractOption(input: $input) { id monthlyFee oneOffFee description } }`,
        { input: { contractId, startDate: '2031-01-10', ...input } },
        { token: bo },
      );
    const rental = await add({
      kind: 'EQUIPMENT',
      equipmentModel: 'KX_HDV230N',
      acquisition: 'RENTAL',
    });
    expect(rental.data?.['addContractOption']).toMatchObject({ monthlyFee: 3_480, oneOffFee: 0 });
    const bought = await add({
      kind: 'EQUIPMENT',
      equipmentModel: 'GXP1628',
      acquisition: 'PURCHASE',
      quantity: 2,
    });
    expect(bought.data?.['addContractOption']).toMatchObject({ monthlyFee: 500, oneOffFee: 9_800 });
    expect(
      fieldsOf(await add({ kind: 'EQUIPMENT', equipmentModel: 'POE_HUB', acquisition: 'RENTAL' })),
    ).toEqual([{ field: 'acquisition', message: 'PoE HUB is not rented, only sold' }]);
    expect(fieldsOf(await add({ kind: 'TOLL_FREE_NUMBER' }))).toEqual([
      { field: 'phoneNumberId', message: 'is required' },
    ]);

    const ended = await t.gql(
      `mutation($input: EndContractOptionInput!) { endContractOption(input: $input) { endDate earlyTerminationFee } }`,
      { input: { id: rental.data?.['addContractOption'].id, endDate: '2031-04-09' } },
      { token: bo },
    );
    expect(ended.data?.['endContractOption']).toEqual({
      endDate: '2031-04-09',
      earlyTerminationFee: 24_800 - 2_980 * 3,
    });
    const contract = await t.gql(CONTRACT, { id: companyId }, { token: bo });
    expect(contract.data?.['contract'].options).toHaveLength(2);
  });

  it('lets a client user read only their own contract, and change nothing', async () => {
    const { companyId } = await clientOnPlan(t, bo, '自社', 'START');
    const other = await clientOnPlan(t, bo, '他社', 'NEXT');
    await t.createUser('admin@own.example', Role.ClientAdmin, companyId);
    const admin = (await t.login('admin@own.example')).token;
    const own = await t.gql(CONTRACT, {}, { token: admin });
    expect(own.data?.['contract'].currentTerm.planCode).toBe('START');
    const theirs = await t.gql(CONTRACT, { id: other.companyId }, { token: admin });
    expect(theirs.data?.['contract']).toBeNull();
    const write = await t.gql(
      CREATE_CONTRACT,
      {
        input: {
          clientCompanyId: companyId,
          planCode: 'NEXT',
          startDate: '2030-01-01',
          holidayRule: 'CLOSED',
          coverageWindows: WEEKDAYS_9_TO_18,
        },
      },
      { token: admin },
    );
    expect(codeOf(write)).toBe('FORBIDDEN');
  });
});
