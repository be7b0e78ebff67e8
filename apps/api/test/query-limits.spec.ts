import { Role } from '@dengon/domain';
import { QUERY_LIMITS } from '../src/common/query-limits';
import { CALLER_FIELDS, clientOnPlan, publishScript } from './fixtures';
import { codeOf, TestApp } from './test-app';

const PAGE = `items { id status statusHistory { toStatus changedAt } comments { body } clientCompany { name } }`;

/** One portal user's request must not be able to take the process down: limits apply before anything runs. */
describe('query limits', () => {
  let t: TestApp;
  let admin: string;
  let transactions = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('op@dengon.example', Role.Operator);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    const bo = (await t.login('bo@dengon.example')).token;
    const op = (await t.login('op@dengon.example')).token;
    const sv = (await t.login('sv@dengon.example')).token;
    const { companyId } = await clientOnPlan(t, bo, 'A社', 'STANDARD');
    await publishScript(t, sv, companyId, { fields: CALLER_FIELDS });
    await t.createUser('admin@a.example', Role.ClientAdmin, companyId);
    admin = (await t.login('admin@a.example')).token;
    for (let i = 0; i < 12; i++) {
      const created = await t.gql(
        `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
        {
          input: {
            clientCompanyId: companyId,
            channel: 'PHONE',
            fields: {
              caller_name: `山田${i}`,
              callback_number: '090-1111-2222',
              message: '折り返し',
            },
          },
        },
        { token: op },
      );
      const id = created.data?.['createIntake'].id as string;
      await t.gql(
        `mutation($id: ID!) { addIntakeComment(intakeId: $id, body: "確認します") { id } }`,
        { id },
        { token: admin },
      );
    }
    // Counts the transactions opened as this client's user (background jobs run as the system):
    // each opens by setting the tenant, and each query of a loader is one.
    t.dataSource.subscribers.push({
      beforeQuery: ({ query, parameters }) => {
        if (query.includes('set_config') && (parameters as unknown[])?.[2] === companyId)
          transactions++;
      },
    });
  });
  afterAll(() => t.close());

  const transactionsOf = async (query: string, variables: Record<string, unknown> = {}) => {
    const before = transactions;
    const result = await t.gql(query, variables, { token: admin });
    expect(result.errors).toBeUndefined();
    return transactions - before;
  };

  it('loads a page with its status history, comments and company in the same few queries however long it is', async () => {
    const page = (first: number) =>
      transactionsOf(`query($first: Int) { intakeRecords(first: $first) { ${PAGE} } }`, { first });
    const two = await page(2);
    const twelve = await page(12);
    expect(twelve).toBe(two);
    expect(twelve).toBeLessThanOrEqual(4);
  });

  it('refuses more aliases than the limit, naming it, before running anything', async () => {
    const aliases = Array.from(
      { length: QUERY_LIMITS.aliases + 1 },
      (_, i) => `a${i}: intakeRecords(first: 1) { items { id } }`,
    ).join('\n');
    const before = transactions;
    const result = await t.gql(`{ ${aliases} }`, {}, { token: admin });
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toContain(`Aliases limit of ${QUERY_LIMITS.aliases}`);
    // Nothing was read.
    expect(transactions - before).toBe(0);
  });

  it('refuses a query whose pages together cost more than the limit, naming it and the cost', async () => {
    const aliases = Array.from(
      { length: QUERY_LIMITS.aliases },
      (_, i) => `a${i}: intakeRecords(first: $first) { ${PAGE} }`,
    ).join('\n');
    const result = await t.gql(
      `query($first: Int) { ${aliases} }`,
      { first: 200 },
      { token: admin },
    );
    expect(result.status).toBe(400);
    expect(codeOf(result)).toBe('QUERY_TOO_COSTLY');
    expect(result.errors?.[0]?.message).toMatch(
      new RegExp(`Query cost limit of ${QUERY_LIMITS.cost} exceeded, found \\d+`),
    );
    // The same query with small pages is within the limit and answered.
    const small = await t.gql(`query($first: Int) { ${aliases} }`, { first: 5 }, { token: admin });
    expect(small.errors).toBeUndefined();
    expect(small.data?.['a0'].items).toHaveLength(5);
  });

  it('refuses a query nested deeper than the limit', async () => {
    let selection = 'id';
    for (let i = 0; i < QUERY_LIMITS.depth; i++) selection = `clientCompany { ${selection} }`;
    const result = await t.gql(
      `{ intakeRecords(first: 1) { items { ${selection} } } }`,
      {},
      { token: admin },
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toContain(`Query depth limit of ${QUERY_LIMITS.depth}`);
  });

  it('refuses a document with more tokens than the limit', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.tokens }, () => 'id').join(' ');
    const result = await t.gql(`{ me { ${fields} } }`, {}, { token: admin });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toContain(`${QUERY_LIMITS.tokens} tokens`);
  });

  it('refuses a page larger than the cap, naming the argument', async () => {
    const result = await t.gql(
      `{ intakeRecords(first: 201) { items { id } } }`,
      {},
      { token: admin },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toContain('first');
  });
});
