import { Role } from '@dengon/domain';
import { twilioWebhooks } from '@dengon/test-doubles';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Acd } from '../src/acd/acd.service';
import { activeNumber, ALWAYS, clientOnPlan, publishScript, trainOperators } from './fixtures';
import { codeOf, TestApp, violationOf } from './test-app';

const TOKEN = 'presence-test-twilio-auth-token-01';
const GRACE_SECONDS = 3; // the console beats every second
const sid = (n: number) => `CA${n.toString(16).padStart(32, 'b')}`;
const STATE = `mutation($state: OperatorState!) { setMyOperatorState(state: $state) { state } }`;
const MY_STATUS = `{ myOperatorStatus { state reason note } }`;
const MY_OFFER = `{ myOffer { offer { id state } } }`;
const BOARD = `{ callCenterBoard { operators { name state reason note } queue { call { id } } } }`;
const SET_STATE_OF = `mutation($operatorId: ID!, $state: OperatorState!, $note: String!) {
  setOperatorState(operatorId: $operatorId, state: $state, note: $note) { state reason note } }`;
const AUDIT = `query($entityId: String) { auditLog(entityId: $entityId) { action actorRole before after } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Presence (issue 13): a console's live connection is its operator's heartbeat. */
describe('operator presence', () => {
  let t: TestApp;
  let acd: Acd;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const consoles: Record<string, Client> = {};

  beforeAll(async () => {
    t = await TestApp.start({
      TWILIO_AUTH_TOKEN: TOKEN,
      ACD_OFFER_SECONDS: '60',
      ACD_PRESENCE_GRACE_SECONDS: String(GRACE_SECONDS),
    });
    acd = t.app.get(Acd);
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    for (const name of ['op1', 'op2'])
      ids[name] = (await t.createUser(`${name}@dengon.example`, Role.Operator)).id;
    for (const name of ['bo', 'sv', 'op1', 'op2'])
      tokens[name] = (await t.login(`${name}@dengon.example`)).token;
    const a = await clientOnPlan(t, tokens['bo']!, '株式会社プレゼンス', 'STANDARD', ALWAYS);
    await publishScript(t, tokens['sv']!, a.companyId, {});
    await activeNumber(t, tokens['bo']!, a.companyId, '0120-800-077');
    await trainOperators(
      t,
      tokens['sv']!,
      'プレゼンス担当',
      [a.companyId],
      [ids['op1']!, ids['op2']!],
    );
  });
  afterAll(async () => {
    for (const client of Object.values(consoles)) void client.dispose();
    await t.close();
  });

  /** The console's live connection, as the operator console keeps one open. */
  const openConsole = async (op: string) => {
    const client = createClient({
      url: `${t.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokens[op]}` },
      retryAttempts: 0,
    });
    const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
    client.subscribe(
      { query: 'subscription { offerForMe { offer { id } } }' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await connected;
    consoles[op] = client;
  };
  const closeConsole = async (op: string) => {
    await consoles[op]!.dispose();
    delete consoles[op];
  };
  const lastSeen = async (op: string) =>
    (
      await t.query<{ last_seen_at: Date | null }>(
        'SELECT last_seen_at FROM operator_states WHERE user_id = $1',
        [ids[op]],
      )
    )[0]?.last_seen_at ?? null;
  const ring = (n: number) =>
    twilioWebhooks({ baseUrl: t.baseUrl, publicUrl: t.baseUrl, authToken: TOKEN })(
      '/telephony/twilio/voice',
      { CallSid: sid(n), From: '+819012345678', To: '+81120800077', CallStatus: 'ringing' },
    );
  const status = async (op: string) =>
    (await t.gql(MY_STATUS, {}, { token: tokens[op] })).data?.['myOperatorStatus'];
  const offerOf = async (op: string) =>
    (await t.gql(MY_OFFER, {}, { token: tokens[op] })).data?.['myOffer'];

  it('takes an operator whose console closed mid-offer offline after the grace period, and the call moves on', async () => {
    for (const op of ['op1', 'op2']) {
      await openConsole(op);
      expect((await t.gql(STATE, { state: 'AVAILABLE' }, { token: tokens[op] })).errors).toBe(
        undefined,
      );
    }
    // The next beat after the state row exists marks both as seen.
    for (let i = 0; i < 40 && (!(await lastSeen('op1')) || !(await lastSeen('op2'))); i++)
      await sleep(100);
    expect(await lastSeen('op1')).not.toBeNull();

    await ring(1);
    expect(await offerOf('op1')).toMatchObject({ offer: { state: 'OFFERED' } });

    await closeConsole('op1'); // the tab is closed while the call rings
    await acd.sweep();
    expect(await status('op1')).toMatchObject({ state: 'AVAILABLE' }); // within the grace period

    await sleep((GRACE_SECONDS + 1) * 1000);
    await acd.sweep();
    expect(await status('op1')).toEqual({ state: 'OFFLINE', reason: 'DISCONNECTED', note: null });
    expect(await offerOf('op1')).toBeNull();
    // The other operator's console kept beating: still available, and now offered the call.
    expect(await status('op2')).toMatchObject({ state: 'AVAILABLE' });
    expect(await offerOf('op2')).toMatchObject({ offer: { state: 'OFFERED' } });

    const board = (await t.gql(BOARD, {}, { token: tokens['sv'] })).data?.['callCenterBoard'];
    expect(board.operators).toContainEqual({
      name: 'op1',
      state: 'OFFLINE',
      reason: 'DISCONNECTED',
      note: null,
    });
  });

  it('keeps an operator whose console reconnects within the grace period', async () => {
    await closeConsole('op2'); // a reload
    await openConsole('op2');
    await sleep((GRACE_SECONDS + 1) * 1000);
    await acd.sweep();
    expect(await status('op2')).toMatchObject({ state: 'AVAILABLE' });
  });

  it('lets a supervisor put an operator offline with a note: the offer moves on, audited', async () => {
    await openConsole('op1');
    await t.gql(STATE, { state: 'AVAILABLE' }, { token: tokens['op1'] });
    expect(await offerOf('op2')).toMatchObject({ offer: { state: 'OFFERED' } });
    const note = '体調不良のため早退';

    const set = await t.gql(
      SET_STATE_OF,
      { operatorId: ids['op2'], state: 'OFFLINE', note },
      { token: tokens['sv'] },
    );
    expect(set.data?.['setOperatorState']).toEqual({
      state: 'OFFLINE',
      reason: 'SUPERVISOR',
      note,
    });
    expect(await status('op2')).toEqual({ state: 'OFFLINE', reason: 'SUPERVISOR', note });
    expect(await offerOf('op2')).toBeNull();
    expect(await offerOf('op1')).toMatchObject({ offer: { state: 'OFFERED' } });

    const log = await t.gql(AUDIT, { entityId: ids['op2'] }, { token: tokens['bo'] });
    expect(log.data?.['auditLog']).toContainEqual({
      action: 'operator.state_set',
      actorRole: 'SUPERVISOR',
      before: { state: 'AVAILABLE', reason: 'CHOSEN' },
      after: { state: 'OFFLINE', reason: 'SUPERVISOR', note },
    });
  });

  it('refuses an operator, a missing note, a state other than break or offline, and an operator on a call', async () => {
    const asOperator = await t.gql(
      SET_STATE_OF,
      { operatorId: ids['op1'], state: 'OFFLINE', note: '離席' },
      { token: tokens['op2'] },
    );
    expect(codeOf(asOperator)).toBe('FORBIDDEN');
    const noNote = await t.gql(
      SET_STATE_OF,
      { operatorId: ids['op1'], state: 'OFFLINE', note: '' },
      { token: tokens['sv'] },
    );
    expect(codeOf(noNote)).toBe('BAD_USER_INPUT');
    const available = await t.gql(
      SET_STATE_OF,
      { operatorId: ids['op1'], state: 'AVAILABLE', note: '戻り' },
      { token: tokens['sv'] },
    );
    expect(codeOf(available)).toBe('BAD_USER_INPUT');

    const offer = await offerOf('op1');
    const accepted = await t.gql(
      `mutation($id: ID!) { acceptOffer(id: $id) { offer { state } } }`,
      { id: offer.offer.id },
      { token: tokens['op1'] },
    );
    expect(accepted.errors).toBe(undefined);
    const onCall = await t.gql(
      SET_STATE_OF,
      { operatorId: ids['op1'], state: 'BREAK', note: '休憩' },
      { token: tokens['sv'] },
    );
    expect(violationOf(onCall)).toBe('FINISH_CALL_FIRST');
    expect(await status('op1')).toMatchObject({ state: 'ON_CALL' });
  });
});
