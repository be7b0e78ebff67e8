import { Role } from '@dengon/domain';
import { CallReconciler } from '../src/telephony/call-reconciler.service';
import { TestApp } from './test-app';

const HOUR = 3_600_000;

/** A call whose provider never sent its end is ended by the limits, not left ringing or talking forever. */
describe('calls whose end never came', () => {
  let t: TestApp;
  let operator: string;

  beforeAll(async () => {
    t = await TestApp.start({ CALL_MAX_WAIT_MINUTES: '30', CALL_MAX_MINUTES: '240' });
    operator = (await t.createUser('op@dengon.example', Role.Operator)).id;
  });
  afterAll(() => t.close());

  const call = async (id: string, state: string, startedAgoMs: number) => {
    const [row] = await t.query<{ id: string }>(
      `INSERT INTO call_sessions (provider, provider_call_id, dialed_e164, state, started_at, answered_at, version)
       VALUES ('sip', $1, '+81120100200', $2, $3, $4, 1) RETURNING id`,
      [
        id,
        state,
        new Date(Date.now() - startedAgoMs),
        state === 'IN_PROGRESS' ? new Date(Date.now() - startedAgoMs + 10_000) : null,
      ],
    );
    return row!.id;
  };
  const stateOf = async (id: string) =>
    (
      await t.query<{ state: string; duration_seconds: number | null; ended_at: Date | null }>(
        `SELECT state, duration_seconds, ended_at FROM call_sessions WHERE id = $1`,
        [id],
      )
    )[0];

  it('ends a call waiting past the limit and one talking past the limit, and leaves the others', async () => {
    const lostWaiting = await call('lost-waiting', 'QUEUED', 2 * HOUR);
    const lostTalking = await call('lost-talking', 'IN_PROGRESS', 5 * HOUR);
    const waiting = await call('waiting', 'QUEUED', 60_000);
    const talking = await call('talking', 'IN_PROGRESS', 1 * HOUR);
    await t.query(
      `INSERT INTO call_offers (call_session_id, operator_id, state, expires_at) VALUES ($1, $2, 'OFFERED', now() + interval '1 minute')`,
      [lostWaiting, operator],
    );

    expect(await t.app.get(CallReconciler).reconcile()).toBe(2);

    expect(await stateOf(lostWaiting)).toMatchObject({
      state: 'FAILED',
      ended_at: expect.any(Date),
    });
    // Its operator is no longer held by an offer for a caller who is gone.
    expect(
      await t.query(`SELECT state FROM call_offers WHERE call_session_id = $1`, [lostWaiting]),
    ).toEqual([{ state: 'EXPIRED' }]);
    const ended = await stateOf(lostTalking);
    expect(ended?.state).toBe('COMPLETED');
    // Counted from the answer: 5 hours less the 10 s it rang.
    expect(Math.abs((ended?.duration_seconds ?? 0) - (5 * 3600 - 10))).toBeLessThanOrEqual(2);
    expect((await stateOf(waiting))?.state).toBe('QUEUED');
    expect((await stateOf(talking))?.state).toBe('IN_PROGRESS');

    // The back office can read which calls were ended this way.
    const audited = await t.query<{ entity_id: string }>(
      `SELECT entity_id FROM audit_log WHERE action = 'call.reconciled' ORDER BY entity_id`,
    );
    expect(audited.map((a) => a.entity_id).sort()).toEqual([lostWaiting, lostTalking].sort());

    // Nothing is left to end the next time.
    expect(await t.app.get(CallReconciler).reconcile()).toBe(0);
  });
});
