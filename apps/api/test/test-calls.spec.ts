import { seedDemo } from '../src/demo/demo-seed';
import { TEST_CALL_TALK_SECONDS, TestCalls } from '../src/telephony/test-calls.service';
import { TestApp } from './test-app';

const RING = `mutation($id: ID!) { ringTestCall(clientCompanyId: $id) { id state dialedE164 } }`;

/** テスト着信: the back office rings a demo client's number and an operator answers it. */
describe('test calls', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const clients: Record<string, string> = {};
  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemo(t.dataSource, 'dengon-demo');
    for (const who of ['backoffice', 'supervisor', 'operator1'])
      tokens[who] = (await t.login(`${who}@dengon.example`, 'dengon-demo')).token;
    for (const r of await t.query(`SELECT id, record_prefix FROM client_companies`))
      clients[r.record_prefix] = r.id;
  });
  afterAll(() => t.close());

  const ring = (who: string, id: string) => t.gql(RING, { id }, { token: tokens[who] });
  const sessionOf = async (id: string) =>
    (
      await t.query(
        `SELECT state, provider, provider_call_id, duration_seconds FROM call_sessions WHERE id = $1`,
        [id],
      )
    )[0];
  const jobsFor = async (callId: string) =>
    (
      await t.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'call.test-hangup' AND data->>'callId' = $1`,
        [callId],
      )
    )[0].n;

  it("rings the client's toll-free number; the operator trained for it is offered the call and answers; the caller hangs up after a minute", async () => {
    await t.gql(
      `mutation { setMyOperatorState(state: AVAILABLE) { state } }`,
      {},
      { token: tokens['operator1'] },
    );
    // The maintenance-linked client is answered around the clock.
    const r = await ring('backoffice', clients['TS']!);
    expect(r.errors).toBeUndefined();
    expect(r.data!['ringTestCall']).toMatchObject({ dialedE164: '+81120300400' });
    const id = r.data!['ringTestCall'].id;
    const session = await sessionOf(id);
    expect(session.provider).toBe('test');
    expect(await jobsFor(session.provider_call_id)).toBe(1);

    const offer = await t.gql(
      `{ myOffer { offer { id } client { name } } }`,
      {},
      { token: tokens['operator1'] },
    );
    expect(offer.data!['myOffer'].client.name).toBe('東都設備サービス株式会社');
    await t.gql(
      `mutation($id: ID!) { acceptOffer(id: $id) { offer { state } } }`,
      { id: offer.data!['myOffer'].offer.id },
      { token: tokens['operator1'] },
    );
    expect((await sessionOf(id)).state).toBe('IN_PROGRESS');

    // Asked too early, the caller goes on talking and asks again later.
    const [{ answered_at: answeredAt }] = await t.query(
      `SELECT answered_at FROM call_sessions WHERE id = $1`,
      [id],
    );
    const after = (seconds: number) => new Date(answeredAt.getTime() + seconds * 1000);
    const calls = t.app.get(TestCalls);
    await calls.hangUp(session.provider_call_id, after(20));
    expect((await sessionOf(id)).state).toBe('IN_PROGRESS');
    expect(await jobsFor(session.provider_call_id)).toBe(2);
    await calls.hangUp(session.provider_call_id, after(TEST_CALL_TALK_SECONDS + 1));
    expect(await sessionOf(id)).toMatchObject({
      state: 'COMPLETED',
      duration_seconds: TEST_CALL_TALK_SECONDS + 1,
    });
    const [audit] = await t.query(
      `SELECT action, after FROM audit_log WHERE entity_id = $1 AND action = 'call.test_rung'`,
      [id],
    );
    expect(audit.after).toMatchObject({ dialed: '+81120300400', routed: 'QUEUE' });
    await t.gql(`mutation { finishCall { state } }`, {}, { token: tokens['operator1'] });
  });

  it('ends a test call no one answered', async () => {
    await t.gql(
      `mutation { setMyOperatorState(state: BREAK) { state } }`,
      {},
      { token: tokens['operator1'] },
    );
    const r = await ring('supervisor', clients['TS']!);
    const id = r.data!['ringTestCall'].id;
    expect((await sessionOf(id)).state).toBe('QUEUED');
    await t.app.get(TestCalls).hangUp((await sessionOf(id)).provider_call_id);
    expect((await sessionOf(id)).state).not.toMatch(/QUEUED|IN_PROGRESS/);
  });

  it('is for the back office and supervisors, and needs a client with a number that rings', async () => {
    expect((await ring('operator1', clients['TS']!)).errors?.[0]?.extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    expect(
      (await ring('backoffice', '00000000-0000-4000-8000-000000000000')).errors?.[0]?.extensions?.[
        'code'
      ],
    ).toBe('NOT_FOUND');
    await t.query(`UPDATE phone_numbers SET status = 'RELEASED' WHERE client_company_id = $1`, [
      clients['SF'],
    ]);
    const refused = await ring('backoffice', clients['SF']!);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      violation: 'NO_CLIENT_NUMBER_TO_RING',
    });
  });
});
