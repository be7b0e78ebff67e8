import { Role } from '@dengon/domain';
import { ALWAYS, clientOnPlan } from './fixtures';
import { codeOf, TestApp } from './test-app';

const BOARD = `{ callCenterBoard {
  serviceLevel { answeredWithinTarget answeredLate abandoned waitingOverTarget share }
  clients { clientName targetPercent targetSeconds answeredWithinTarget answeredLate abandoned share belowTarget }
} }`;
const UPDATE = `mutation($input: UpdateContractInput!) {
  updateContract(input: $input) { serviceLevelPercent serviceLevelSeconds version }
}`;

/**
 * Issue 16 item 10: the service-level target is a term of each client's
 * contract (default 80 % within 20 s), and the supervisors' board judges each
 * client's calls against its own target.
 */
describe('service-level targets per client', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let a: { companyId: string; contractId: string };
  let b: { companyId: string; contractId: string };

  beforeAll(async () => {
    t = await TestApp.start();
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    for (const name of ['bo', 'sv']) tokens[name] = (await t.login(`${name}@dengon.example`)).token;
    a = await clientOnPlan(t, tokens['bo']!, '株式会社エー', 'STANDARD', ALWAYS);
    b = await clientOnPlan(t, tokens['bo']!, '株式会社ビー', 'STANDARD', ALWAYS);
  });
  afterAll(() => t.close());

  /** A call of today to the client, answered after so many seconds (null: the caller hung up). */
  const call = (n: number, companyId: string, answeredAfter: number | null) =>
    t.query(
      `INSERT INTO call_sessions (provider, provider_call_id, client_company_id, state, started_at, answered_at, version)
       VALUES ('sip', $1, $2, 'COMPLETED', now() - interval '10 minutes',
               now() - interval '10 minutes' + make_interval(secs => $3), 1)`,
      [`sl-${n}`, companyId, answeredAfter],
    );
  const version = async (contractId: string) =>
    (
      await t.query<{ version: number }>(`SELECT version FROM contracts WHERE id = $1`, [
        contractId,
      ])
    )[0]!.version;

  it('holds a new contract to 80 % within 20 s until the back office sets its own target', async () => {
    const [terms] = await t.query(
      `SELECT service_level_percent, service_level_seconds FROM contracts WHERE id = $1`,
      [a.contractId],
    );
    expect(terms).toEqual({ service_level_percent: 80, service_level_seconds: 20 });
    const updated = await t.gql(
      UPDATE,
      {
        input: {
          id: b.contractId,
          version: await version(b.contractId),
          serviceLevel: { percent: 90, withinSeconds: 10 },
        },
      },
      { token: tokens['bo'] },
    );
    expect(updated.data?.['updateContract']).toMatchObject({
      serviceLevelPercent: 90,
      serviceLevelSeconds: 10,
    });
    const [audit] = await t.query<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM audit_log WHERE action = 'contract.updated' AND entity_id = $1`,
      [b.contractId],
    );
    expect(audit).toMatchObject({
      before: { serviceLevel: { percent: 80, withinSeconds: 20 } },
      after: { serviceLevel: { percent: 90, withinSeconds: 10 } },
    });
  });

  it('refuses a target outside 1–100 % or 5–600 s, naming the field, and changes nothing', async () => {
    for (const [serviceLevel, field] of [
      [{ percent: 0, withinSeconds: 20 }, 'serviceLevel.percent'],
      [{ percent: 80, withinSeconds: 601 }, 'serviceLevel.withinSeconds'],
    ] as const) {
      const refused = await t.gql(
        UPDATE,
        { input: { id: a.contractId, version: await version(a.contractId), serviceLevel } },
        { token: tokens['bo'] },
      );
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(refused.errors)).toContain(field);
    }
    const [terms] = await t.query(
      `SELECT service_level_percent, service_level_seconds FROM contracts WHERE id = $1`,
      [a.contractId],
    );
    expect(terms).toEqual({ service_level_percent: 80, service_level_seconds: 20 });
  });

  it("judges each client's calls against its own target on the board, those short of it first", async () => {
    // Answered after 15 s: in time for A (20 s), late for B (10 s).
    await call(1, a.companyId, 15);
    await call(2, a.companyId, 15);
    await call(3, b.companyId, 15);
    await call(4, b.companyId, 15);
    await call(5, b.companyId, 5);
    await call(6, b.companyId, null);
    const board = (await t.gql(BOARD, {}, { token: tokens['sv'] })).data?.['callCenterBoard'];
    expect(board.clients).toEqual([
      {
        clientName: '株式会社ビー',
        targetPercent: 90,
        targetSeconds: 10,
        answeredWithinTarget: 1,
        answeredLate: 2,
        abandoned: 1,
        share: 0.25,
        belowTarget: true,
      },
      {
        clientName: '株式会社エー',
        targetPercent: 80,
        targetSeconds: 20,
        answeredWithinTarget: 2,
        answeredLate: 0,
        abandoned: 0,
        share: 1,
        belowTarget: false,
      },
    ]);
    expect(board.serviceLevel).toEqual({
      answeredWithinTarget: 3,
      answeredLate: 2,
      abandoned: 1,
      waitingOverTarget: 0,
      share: 0.5,
    });
  });

  it("shows each waiting call with its own client's target, and the default for an unknown number", async () => {
    const waiting = (id: string, companyId: string | null, secondsAgo: number) =>
      t.query(
        `INSERT INTO call_sessions (provider, provider_call_id, client_company_id, state, started_at, version)
         VALUES ('sip', $1, $2, $3, now() - make_interval(secs => $4), 1)`,
        [id, companyId, companyId ? 'QUEUED' : 'UNASSIGNED', secondsAgo],
      );
    await waiting('q-a', a.companyId, 3);
    await waiting('q-b', b.companyId, 2);
    await waiting('q-unknown', null, 1);
    const board = (
      await t.gql(
        `{ callCenterBoard { queue { clientName targetSeconds } } }`,
        {},
        {
          token: tokens['sv'],
        },
      )
    ).data?.['callCenterBoard'];
    expect(board.queue).toEqual([
      { clientName: '株式会社エー', targetSeconds: 20 },
      { clientName: '株式会社ビー', targetSeconds: 10 },
      { clientName: null, targetSeconds: 20 },
    ]);
  });
});
