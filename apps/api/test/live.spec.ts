import { Role } from '@dengon/domain';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { clientOnPlan, publishScript } from './fixtures';
import { TestApp } from './test-app';

const SUBSCRIBE = `subscription { intakeRecordChanged { id memo clientCompanyId status } }`;

interface Received {
  memo: string;
  status: string;
  clientCompanyId: string;
}

/** A graphql-ws subscriber that collects what arrives and can wait for the n-th item. */
function subscriber(app: TestApp, token?: string) {
  const client: Client = createClient({
    url: app.baseUrl.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  const received: Received[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  const ready = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.subscribe<{ intakeRecordChanged: Received }>(
    { query: SUBSCRIBE },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) received.push(result.data.intakeRecordChanged);
        waiters.splice(0).forEach((w) => w());
      },
      error: (error) => {
        errors.push(error);
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { client, received, errors, ready, until };
}

describe('live intake records across two API processes', () => {
  let one: TestApp;
  let two: TestApp;
  let op: string;
  let companyA: string;
  let companyB: string;

  beforeAll(async () => {
    one = await TestApp.start();
    two = await TestApp.onDatabase(one.databaseUrl);
    await one.createUser('bo@dengon.example', Role.BackOffice);
    await one.createUser('op@dengon.example', Role.Operator);
    await one.createUser('sv@dengon.example', Role.Supervisor);
    const bo = (await one.login('bo@dengon.example')).token;
    const sv = (await one.login('sv@dengon.example')).token;
    op = (await one.login('op@dengon.example')).token;
    companyA = (await clientOnPlan(one, bo, 'A社', 'STANDARD')).companyId;
    companyB = (await clientOnPlan(one, bo, 'B社', 'STANDARD')).companyId;
    for (const company of [companyA, companyB]) await publishScript(one, sv, company);
    await one.createUser('admin@a.example', Role.ClientAdmin, companyA);
    await one.createUser('admin@b.example', Role.ClientAdmin, companyB);
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
  });

  const take = (clientCompanyId: string, memo: string) =>
    one.gql(
      `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id version } }`,
      { input: { clientCompanyId, channel: 'PHONE', fields: { caller_name: '山田' }, memo } },
      { token: op },
    );

  it("delivers a record saved on one process to its client's subscribers on the other, and to no other client", async () => {
    const a = subscriber(two, (await two.login('admin@a.example')).token);
    const b = subscriber(two, (await two.login('admin@b.example')).token);
    await Promise.all([a.ready, b.ready]);
    // A subscription goes live just after the handshake: warm each up until a record of its own arrives.
    for (const [sub, company] of [
      [a, companyA],
      [b, companyB],
    ] as const) {
      while (!sub.received.length) {
        await take(company, 'warm-up');
        await Promise.race([
          sub.until(() => sub.received.length > 0),
          new Promise((r) => setTimeout(r, 250)),
        ]);
      }
      sub.received.splice(0);
    }

    const first = await take(companyA, 'A-1');
    const real = (sub: { received: Received[] }) =>
      sub.received.filter((r) => r.memo !== 'warm-up');
    await a.until(() => real(a).length >= 1);
    await take(companyB, 'B-1');
    await b.until(() => real(b).length >= 1);
    const moved = await one.gql(
      `mutation($input: ChangeIntakeStatusInput!) { changeIntakeStatus(input: $input) { status } }`,
      { input: { id: first.data?.['createIntake'].id, version: 1, status: 'REPORTED' } },
      { token: op },
    );
    expect(moved.errors).toBeUndefined();
    // Events reach each subscriber in order, so had B-1 gone to A it would have come before this.
    await a.until(() => real(a).length >= 2);

    expect(real(a)).toEqual([
      { memo: 'A-1', status: 'RECEIVED', id: expect.any(String), clientCompanyId: companyA },
      { memo: 'A-1', status: 'REPORTED', id: expect.any(String), clientCompanyId: companyA },
    ]);
    expect(real(b).map((r) => r.memo)).toEqual(['B-1']);
    expect(a.received.every((r) => r.clientCompanyId === companyA)).toBe(true);
    expect(b.received.every((r) => r.clientCompanyId === companyB)).toBe(true);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await Promise.all([a.client.dispose(), b.client.dispose()]);
  });

  it('refuses a subscription without a valid token', async () => {
    const anonymous = subscriber(two);
    await anonymous.until(() => anonymous.errors.length > 0);
    expect(JSON.stringify(anonymous.errors)).toContain('UNAUTHENTICATED');
    await anonymous.client.dispose();
  });
});
