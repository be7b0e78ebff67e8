import { Role } from '@dengon/domain';
import { createClient } from 'graphql-ws';
import twilio from 'twilio';
import WebSocket from 'ws';
import { Acd } from '../src/acd/acd.service';
import { activeNumber, ALWAYS, clientOnPlan, publishScript, trainOperators } from './fixtures';
import { codeOf, TestApp, violationOf } from './test-app';

const TOKEN = 'acd-test-twilio-auth-token-0123';
const sid = (n: number) => `CA${n.toString(16).padStart(32, 'a')}`;
const OFFER = `query { myOffer { offer { id state } client { name } greeting coverageSummary callingNational script { specialInstructions } } }`;
const STATE = `mutation($state: OperatorState!) { setMyOperatorState(state: $state) { state } }`;

describe('automatic call distribution', () => {
  let t: TestApp;
  let acd: Acd;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start({
      TWILIO_AUTH_TOKEN: TOKEN,
      ACD_OFFER_SECONDS: '15',
      ACD_AFTER_CALL_WORK_SECONDS: '30',
    });
    acd = t.app.get(Acd);
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    for (const name of ['op1', 'op2', 'op3'])
      ids[name] = (await t.createUser(`${name}@dengon.example`, Role.Operator)).id;
    for (const name of ['bo', 'sv', 'op1', 'op2', 'op3'])
      tokens[name] = (await t.login(`${name}@dengon.example`)).token;
    const a = await clientOnPlan(t, tokens['bo']!, '株式会社エー', 'STANDARD', ALWAYS);
    await publishScript(t, tokens['sv']!, a.companyId, {
      greeting: '{挨拶}、{会社名}でございます。',
      specialInstructions: '担当は佐藤',
    });
    await activeNumber(t, tokens['bo']!, a.companyId, '0120-800-001');
    await trainOperators(t, tokens['sv']!, 'エー担当', [a.companyId], [ids['op1']!, ids['op3']!]);
  });
  afterAll(() => t.close());

  const twilioHook = (path: string, params: Record<string, string>) => {
    const url = `${t.baseUrl}/telephony/twilio/${path}`;
    return fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, url, params),
      },
      body: new URLSearchParams(params).toString(),
    });
  };
  const ring = (n: number) =>
    twilioHook('voice', {
      CallSid: sid(n),
      From: '+819012345678',
      To: '+81120800001',
      CallStatus: 'ringing',
    });
  const setState = (op: string, state: string) => t.gql(STATE, { state }, { token: tokens[op] });
  const offerOf = async (op: string) =>
    (await t.gql(OFFER, {}, { token: tokens[op] })).data?.['myOffer'];

  it('offers a call to the longest-idle available operator trained for the client, with the greeting to read', async () => {
    await setState('op1', 'AVAILABLE');
    await setState('op2', 'AVAILABLE'); // not trained for this client
    await setState('op3', 'AVAILABLE');
    await ring(1);
    const offer = await offerOf('op1');
    expect(offer).toMatchObject({
      offer: { state: 'OFFERED' },
      client: { name: '株式会社エー' },
      greeting: expect.stringMatching(
        /^(おはようございます|お電話ありがとうございます)、株式会社エーでございます。$/,
      ),
      coverageSummary: '月〜日 00:00〜24:00、祝日休み',
      callingNational: '090-1234-5678',
      script: { specialInstructions: '担当は佐藤' },
    });
    expect(await offerOf('op2')).toBeNull();
    expect(await offerOf('op3')).toBeNull();

    const accepted = await t.gql(
      `mutation($id: ID!) { acceptOffer(id: $id) { offer { state } } }`,
      { id: offer.offer.id },
      { token: tokens['op1'] },
    );
    expect(accepted.data?.['acceptOffer'].offer.state).toBe('ACCEPTED');
    expect(
      (await t.gql(`query { myOperatorStatus { state } }`, {}, { token: tokens['op1'] })).data?.[
        'myOperatorStatus'
      ].state,
    ).toBe('ON_CALL');
    const [session] = await t.query(
      `SELECT state, operator_id FROM call_sessions WHERE provider_call_id = $1`,
      [sid(1)],
    );
    expect(session).toEqual({ state: 'IN_PROGRESS', operator_id: ids['op1'] });
  });

  it('moves an unanswered offer on after its time, putting the silent operator on break', async () => {
    await ring(2);
    const offered = await offerOf('op3');
    expect(offered.offer.state).toBe('OFFERED');
    await acd.sweep(new Date(Date.now() + 16_000));
    expect(
      (await t.gql(`query { myOperatorStatus { state } }`, {}, { token: tokens['op3'] })).data?.[
        'myOperatorStatus'
      ].state,
    ).toBe('BREAK');
    // Nobody else trained is free: the call waits in the queue.
    const queue = await t.gql(
      `query { callCenterBoard { queue { call { providerCallId state } clientName waitingSeconds } } }`,
      {},
      { token: tokens['sv'] },
    );
    expect(queue.data?.['callCenterBoard'].queue).toEqual([
      {
        call: { providerCallId: sid(2), state: 'QUEUED' },
        clientName: '株式会社エー',
        waitingSeconds: expect.any(Number),
      },
    ]);
    const late = await t.gql(
      `mutation($id: ID!) { acceptOffer(id: $id) { offer { state } } }`,
      { id: offered.offer.id },
      { token: tokens['op3'] },
    );
    expect(codeOf(late)).toBe('CONFLICT');
    expect(violationOf(late)).toBe('OFFER_CLOSED');
  });

  it('offers a waiting call the moment a trained operator frees, after their after-call work', async () => {
    const finished = await t.gql(
      `mutation { finishCall { state afterCallWorkUntil } }`,
      {},
      { token: tokens['op1'] },
    );
    expect(finished.data?.['finishCall'].state).toBe('AFTER_CALL_WORK');
    await acd.sweep(new Date(Date.now() + 10_000));
    expect(await offerOf('op1')).toBeNull(); // still in after-call work
    await acd.sweep(new Date(Date.now() + 31_000));
    const offer = await offerOf('op1');
    expect(offer?.offer.state).toBe('OFFERED');
  });

  it('pushes the offer to the operator live over graphql-ws', async () => {
    await t.gql(
      `mutation($id: ID!) { acceptOffer(id: $id) { offer { id } } }`,
      { id: (await offerOf('op1')).offer.id },
      { token: tokens['op1'] },
    );
    await t.gql(`mutation { finishCall { state } }`, {}, { token: tokens['op1'] });
    await acd.sweep(new Date(Date.now() + 31_000)); // op1 available again, nothing waiting
    const client = createClient({
      url: t.baseUrl.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokens['op1']}` },
      retryAttempts: 0,
    });
    const got = new Promise<{ client: { name: string }; greeting: string }>((resolve, reject) => {
      client.subscribe<{ offerForMe: { client: { name: string }; greeting: string } }>(
        { query: `subscription { offerForMe { client { name } greeting } }` },
        {
          next: (r) =>
            r.data ? resolve(r.data.offerForMe) : reject(new Error(JSON.stringify(r.errors))),
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    // Ring until the live subscription has registered (it follows the handshake by a moment).
    let n = 10;
    const ringing = setInterval(() => void ring(n++), 200);
    try {
      expect(await got).toMatchObject({ client: { name: '株式会社エー' } });
    } finally {
      clearInterval(ringing);
      await client.dispose();
    }
  });

  it('keeps operator states to staff, and on-call to the call itself', async () => {
    const company = (await t.query(`SELECT id FROM client_companies LIMIT 1`))[0].id as string;
    await t.createUser('admin@a.example', Role.ClientAdmin, company);
    const admin = (await t.login('admin@a.example')).token;
    expect(codeOf(await t.gql(STATE, { state: 'AVAILABLE' }, { token: admin }))).toBe('FORBIDDEN');
    const refused = await setState('op2', 'ON_CALL');
    expect(refused.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('state');
  });

  it('shows supervisors the queue, operators and service level live, and withdraws the offer of a caller who hung up', async () => {
    const client = createClient({
      url: t.baseUrl.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokens['sv']}` },
      retryAttempts: 0,
    });
    type Board = {
      queue: { call: { providerCallId: string } }[];
      operators: { name: string; state: string }[];
      serviceLevel: { answeredWithinTarget: number; abandoned: number; share: number | null };
    };
    const boards: Board[] = [];
    client.subscribe<{ callCenterBoardChanged: Board }>(
      {
        query: `subscription { callCenterBoardChanged { queue { call { providerCallId } } operators { name state } serviceLevel { answeredWithinTarget abandoned share } } }`,
      },
      {
        next: (r) => r.data && boards.push(r.data.callCenterBoardChanged),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    const offered = (await offerOf('op1')).offer as { id: string; state: string };
    expect(offered.state).toBe('OFFERED');
    const [{ provider_call_id: callId }] = await t.query(
      `SELECT s.provider_call_id FROM call_offers o JOIN call_sessions s ON s.id = o.call_session_id WHERE o.id = $1`,
      [offered.id],
    );
    await ring(40); // waits: op1 is being offered the other call, op3 is on break
    try {
      // Hang up until the subscription, registered a moment after the handshake, reports it.
      for (let i = 0; i < 50 && !boards.some((b) => b.serviceLevel.abandoned > 0); i++) {
        await twilioHook('status', { CallSid: callId, CallStatus: 'completed', CallDuration: '5' });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await client.dispose();
    }
    const board = boards.at(-1)!;
    // Calls 1 and 2 were answered within seconds; this one was abandoned.
    expect(board.serviceLevel).toEqual({ answeredWithinTarget: 2, abandoned: 1, share: 2 / 3 });
    expect(board.queue.map((q) => q.call.providerCallId)).not.toContain(callId);
    expect(board.operators).toEqual(
      expect.arrayContaining([
        { name: expect.any(String), state: 'BREAK' },
        { name: expect.any(String), state: 'AVAILABLE' },
      ]),
    );
    // Free again, op1 is offered the next caller waiting.
    const next = await t.query(
      `SELECT s.provider_call_id FROM call_offers o JOIN call_sessions s ON s.id = o.call_session_id
        WHERE o.operator_id = $1 AND o.state = 'OFFERED'`,
      [ids['op1']],
    );
    expect(next).toEqual([{ provider_call_id: sid(40) }]);
  });
});
