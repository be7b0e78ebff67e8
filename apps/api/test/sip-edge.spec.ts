import { Role } from '@dengon/domain';
import { createHmac } from 'node:crypto';
import { activeNumber, ALWAYS, clientOnPlan, publishScript, trainOperators } from './fixtures';
import { codeOf, TestApp } from './test-app';

const EDGE_SECRET = 'edge-secret-that-is-long-enough-0123456789';
const AUTH_SECRET = 'auth-secret-that-is-long-enough-0123456789';
const STATE = `mutation($state: OperatorState!) { setMyOperatorState(state: $state) { state } }`;

/** Kamailio asks Dengon where each INVITE goes; the ACD's decision is the answer. */
describe('SIP edge routing', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let op1: string;
  let clientA: string;

  beforeAll(async () => {
    t = await TestApp.start({
      VOICE_EDGE_SECRET: EDGE_SECRET,
      VOICE_AUTH_SECRET: AUTH_SECRET,
      VOICE_WS_URL: 'ws://127.0.0.1:8088',
      ACD_OFFER_SECONDS: '15',
    });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    op1 = (await t.createUser('op1@dengon.example', Role.Operator)).id;
    for (const name of ['bo', 'sv', 'op1'])
      tokens[name] = (await t.login(`${name}@dengon.example`)).token;
    const a = await clientOnPlan(t, tokens['bo']!, '株式会社エー', 'STANDARD', ALWAYS);
    clientA = a.companyId;
    await publishScript(t, tokens['sv']!, a.companyId);
    await activeNumber(t, tokens['bo']!, a.companyId, '0120-800-002');
    await trainOperators(t, tokens['sv']!, 'エー担当', [a.companyId], [op1]);
    await t.createUser('admin@a.example', Role.ClientAdmin, a.companyId);
    tokens['client'] = (await t.login('admin@a.example')).token;
  });
  afterAll(() => t.close());

  const route = (callId: string, to: string, key = EDGE_SECRET) =>
    fetch(
      `${t.baseUrl}/telephony/sip/route?${new URLSearchParams({ callId, from: '09012345678', to, attempt: '1' }).toString()}`,
      { headers: { 'x-dengon-voice-key': key } },
    );
  const status = (body: Record<string, unknown>) =>
    fetch(`${t.baseUrl}/telephony/sip/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dengon-voice-key': EDGE_SECRET },
      body: JSON.stringify(body),
    });
  const sessions = (callId: string) =>
    t.query(
      `SELECT state, duration_seconds FROM call_sessions WHERE provider = 'sip' AND provider_call_id = $1`,
      [callId],
    );

  it('refuses a request without the edge secret and stores nothing', async () => {
    const response = await route('call-refused', '0120800002', 'wrong-secret');
    expect(response.status).toBe(403);
    expect(await sessions('call-refused')).toEqual([]);
  });

  it('keeps the caller waiting while no operator is free, then rings the operator the call is offered to', async () => {
    const waiting = await route('call-1', '0120800002');
    expect(waiting.status).toBe(200);
    expect(await waiting.json()).toEqual({ action: 'wait', seconds: 1 });
    await t.gql(STATE, { state: 'AVAILABLE' }, { token: tokens['op1'] });
    // Asked again, the same call (idempotent on its Call-ID) is now offered to op1.
    const ringing = (await (await route('call-1', '0120800002')).json()) as { seconds: number };
    expect(ringing).toMatchObject({ action: 'ring', user: `op-${op1}`, record: false });
    expect(ringing.seconds).toBeGreaterThan(10);
    expect(ringing.seconds).toBeLessThanOrEqual(15);
    expect(await sessions('call-1')).toHaveLength(1);
  });

  it('follows the call to its end with the duration the edge measured', async () => {
    expect((await status({ callId: 'call-1', status: 'in-progress' })).status).toBe(200);
    expect(
      (await status({ callId: 'call-1', status: 'completed', durationSeconds: 42 })).status,
    ).toBe(200);
    expect(await sessions('call-1')).toEqual([{ state: 'COMPLETED', duration_seconds: 42 }]);
    // The edge asking again about an ended call is told to stop.
    expect(await (await route('call-1', '0120800002')).json()).toEqual({
      action: 'reject',
      code: 487,
      reason: 'Request Terminated',
    });
  });

  it('sends an unknown dialed number to the unassigned queue, waiting for a supervisor', async () => {
    expect(await (await route('call-unknown', '0120999999')).json()).toEqual({
      action: 'wait',
      seconds: 1,
    });
    expect(await sessions('call-unknown')).toEqual([
      { state: 'UNASSIGNED', duration_seconds: null },
    ]);
  });

  it('refuses malformed requests and statuses of calls it never routed, naming the problem', async () => {
    const missing = await fetch(`${t.baseUrl}/telephony/sip/route?callId=x`, {
      headers: { 'x-dengon-voice-key': EDGE_SECRET },
    });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(await missing.json())).toContain('to');
    expect((await status({ callId: 'never-routed', status: 'completed' })).status).toBe(404);
    expect((await status({ callId: 'call-1', status: 'exploded' })).status).toBe(400);
  });

  it("issues an operator a short-lived SIP credential Kamailio's auth_ephemeral can check, and none to a client user", async () => {
    const query = `{ softphoneCredentials { wsUrl sipUri authorizationUser password expiresAt } }`;
    const result = await t.gql(query, {}, { token: tokens['op1'] });
    const credentials = result.data?.['softphoneCredentials'];
    expect(credentials.wsUrl).toBe('ws://127.0.0.1:8088');
    expect(credentials.sipUri).toBe(`sip:op-${op1}@dengon.local`);
    const [expiry, user] = (credentials.authorizationUser as string).split(':');
    expect(user).toBe(`op-${op1}`);
    expect(Number(expiry)).toBe(Math.floor(new Date(credentials.expiresAt).getTime() / 1000));
    expect(Number(expiry) - Date.now() / 1000).toBeGreaterThan(3500);
    expect(credentials.password).toBe(
      createHmac('sha1', AUTH_SECRET).update(credentials.authorizationUser).digest('base64'),
    );
    expect(codeOf(await t.gql(query, {}, { token: tokens['client'] }))).toBe('FORBIDDEN');
  });

  it('declines a caller the client marked as a nuisance, without ringing anyone', async () => {
    const marked = await t.gql(
      `mutation($input: AddCallerMarkInput!) { addCallerMark(input: $input) { status } }`,
      { input: { clientCompanyId: clientA, number: '090-1234-5678', kind: 'NUISANCE' } },
      { token: tokens['sv'] },
    );
    expect(marked.data?.['addCallerMark']).toEqual({ status: 'ACTIVE' });
    await t.gql(STATE, { state: 'AVAILABLE' }, { token: tokens['op1'] });
    // Without the media server there is no message to play: the edge declines at once.
    expect(await (await route('call-nuisance', '0120800002')).json()).toEqual({
      action: 'reject',
      code: 603,
      reason: 'Decline',
    });
    expect(await sessions('call-nuisance')).toEqual([{ state: 'BLOCKED', duration_seconds: null }]);
  });
});
