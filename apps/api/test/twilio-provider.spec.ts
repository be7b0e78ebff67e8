import { CallReconciler } from '../src/telephony/call-reconciler.service';
import { encodeWav } from '../src/voice/call-audio';
import { tone } from '../src/voice/media/prompts';
import { FakeTwilio, twilioWebhooks } from '@dengon/test-doubles';
import { openAndClosedClients } from './fixtures';
import { codeOf, TestApp, until } from './test-app';

const TOKEN = 'twilio-auth-token-0123456789';
const ACCOUNT = `AC${'a'.repeat(32)}`;
const KEY = { sid: `SK${'b'.repeat(32)}`, secret: 'twilio-api-key-secret-0123456789' };
const APP = `AP${'c'.repeat(32)}`;
const PUBLIC_URL = 'https://dengon.example';
const sid = (n: number) => `CA${n.toString(16).padStart(32, '0')}`;
const RECORDING = `query($id: ID!) { intakeRecord(id: $id) { channel status recordings { kind durationSeconds playUrl } } }`;

/**
 * Issue 15 item 8: the Twilio path tells the same story as the SIP edge,
 * against a local fake of the REST endpoints Dengon calls. Accepting dequeues
 * the caller to the operator's device; recordings and voicemails are fetched
 * into FileStore from the recording callbacks; the operator's device gets a
 * token with a VoiceGrant.
 */
describe('the Twilio provider', () => {
  let t: TestApp;
  let fake: FakeTwilio;
  let op1: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    fake = await FakeTwilio.start(ACCOUNT, KEY);
    t = await TestApp.start({
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_ACCOUNT_SID: ACCOUNT,
      TWILIO_API_KEY_SID: KEY.sid,
      TWILIO_API_KEY_SECRET: KEY.secret,
      TWILIO_TWIML_APP_SID: APP,
      TWILIO_API_BASE_URL: fake.baseUrl,
      PUBLIC_URL,
    });
    const world = await openAndClosedClients(t, { open: '0120-900-001', closed: '0120-900-002' });
    Object.assign(tokens, world.tokens);
    op1 = world.op1;
    await recordCallsOf(world.open.companyId);
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  /** The back office has the client's calls recorded (an option of its contract). */
  const recordCallsOf = async (companyId: string) => {
    const [contract] = await t.query<{ id: string; version: number }>(
      `SELECT id, version FROM contracts WHERE client_company_id = $1`,
      [companyId],
    );
    await t.gql(
      `mutation($input: UpdateContractInput!) { updateContract(input: $input) { id } }`,
      {
        input: {
          id: contract!.id,
          version: contract!.version,
          recording: { recordCalls: true, retentionDays: 30, inPortal: true },
        },
      },
      { token: tokens['bo'] },
    );
  };
  /** A webhook as Twilio sends it, signed over PUBLIC_URL. */
  const webhook = (path: string, params: Record<string, string>) =>
    twilioWebhooks({ baseUrl: t.baseUrl, publicUrl: PUBLIC_URL, authToken: TOKEN })(path, params);
  const incoming = (n: number, to: string) =>
    webhook('/telephony/twilio/voice', {
      CallSid: sid(n),
      AccountSid: ACCOUNT,
      From: '+819012345678',
      To: to,
      CallStatus: 'ringing',
      Direction: 'inbound',
    });
  const accept = async () => {
    const offer = await until(async () => {
      const mine = await t.gql(`{ myOffer { offer { id state } } }`, {}, { token: tokens['op1'] });
      const found = mine.data?.['myOffer']?.offer as { id: string; state: string } | undefined;
      return found?.state === 'OFFERED' ? found : undefined;
    }, 'an offer to op1');
    return t.gql(
      `mutation($id: ID!) { acceptOffer(id: $id) { offer { state } } }`,
      { id: offer.id },
      { token: tokens['op1'] },
    );
  };

  it("gives an operator's device a Voice SDK token with a VoiceGrant, and a client user none", async () => {
    const query = `{ twilioVoiceToken { token identity edge expiresAt } }`;
    const result = await t.gql(query, {}, { token: tokens['op1'] });
    const { token, identity, edge } = result.data?.['twilioVoiceToken'] as {
      token: string;
      identity: string;
      edge: string;
    };
    expect(identity).toBe(`op-${op1}`);
    // A Japanese service's devices meet Twilio at its Tokyo edge, which the console's policy lets them reach.
    expect(edge).toBe('tokyo');
    const policy = (await fetch(`${t.baseUrl}/healthz`)).headers.get('content-security-policy');
    expect(policy).toContain("connect-src 'self' wss://*.twilio.com https://*.twilio.com");
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      iss: string;
      sub: string;
      exp: number;
      grants: { identity: string; voice: Record<string, unknown> };
    };
    expect(claims).toMatchObject({
      iss: KEY.sid,
      sub: ACCOUNT,
      grants: {
        identity: `op-${op1}`,
        voice: { incoming: { allow: true }, outgoing: { application_sid: APP } },
      },
    });
    expect(claims.exp - Date.now() / 1000).toBeGreaterThan(3500);
    expect(codeOf(await t.gql(query, {}, { token: tokens['closed'] }))).toBe('FORBIDDEN');
  });

  it("accepting dequeues the caller to the operator's device through the REST API, recorded", async () => {
    const response = await incoming(1, '+81120900001');
    expect(await response.text()).toContain('<Enqueue>');
    await t.gql(
      `mutation { setMyOperatorState(state: AVAILABLE) { state } }`,
      {},
      { token: tokens['op1'] },
    );
    const accepted = await accept();
    expect(accepted.data?.['acceptOffer'].offer.state).toBe('ACCEPTED');
    const update = fake.requests.find((r) => r.path.endsWith(`/Calls/${sid(1)}.json`));
    expect(update).toMatchObject({ method: 'POST', authorized: true });
    expect(update!.form['Twiml']).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response><Say language="ja-JP">この通話は品質向上のため録音させていただきます。</Say><Dial record="record-from-answer-dual" recordingStatusCallback="${PUBLIC_URL}/telephony/twilio/recording"><Client>op-${op1}</Client></Dial></Response>`,
    );
  });

  it("fetches the call's recording into FileStore from the recording callback, to play on its record", async () => {
    await webhook('/telephony/twilio/status', {
      CallSid: sid(1),
      CallStatus: 'completed',
      CallDuration: '5',
    });
    const audio = encodeWav(tone(440, 5));
    const url = fake.addRecording(audio);
    const callback = await webhook('/telephony/twilio/recording', {
      CallSid: sid(1),
      RecordingSid: url.split('/').pop()!,
      RecordingUrl: url,
      RecordingStatus: 'completed',
      RecordingDuration: '5',
    });
    expect(callback.status).toBe(204);
    const [row] = await until(async () => {
      const rows = await t.query<{ kind: string; duration_seconds: number; bytes: number }>(
        `SELECT r.kind, r.duration_seconds, r.bytes FROM call_recordings r
           JOIN call_sessions s ON s.id = r.call_session_id WHERE s.provider_call_id = $1`,
        [sid(1)],
      );
      return rows.length ? rows : undefined;
    }, 'the fetched recording');
    expect(row).toEqual({ kind: 'CALL', duration_seconds: 5, bytes: audio.length });
    expect(
      fake.requests.some((r) => r.path === `${new URL(url).pathname}.wav` && r.authorized),
    ).toBe(true);
  });

  it('refuses a recording callback whose URL is not a recording of the account, fetching nothing', async () => {
    const before = fake.requests.length;
    const forged = await webhook('/telephony/twilio/recording', {
      CallSid: sid(1),
      RecordingUrl: 'https://attacker.example/2010-04-01/Accounts/x/Recordings/y',
      RecordingStatus: 'completed',
    });
    expect(forged.status).toBe(400);
    expect(JSON.stringify(await forged.json())).toContain('RecordingUrl');
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.requests.length).toBe(before);
  });

  it('takes a voicemail out of hours and keeps its audio, the client’s to hear', async () => {
    const twiml = await (await incoming(2, '+81120900002')).text();
    expect(twiml).toContain('<Record action="/telephony/twilio/voicemail"');
    const audio = encodeWav(tone(523, 3));
    const url = fake.addRecording(audio);
    const left = await webhook('/telephony/twilio/voicemail', {
      CallSid: sid(2),
      RecordingUrl: url,
      RecordingDuration: '3',
    });
    expect(left.status).toBe(200);
    const [call] = await t.query<{ intake_id: string }>(
      `SELECT intake_id FROM call_sessions WHERE provider_call_id = $1`,
      [sid(2)],
    );
    const record = await until(async () => {
      const result = await t.gql(RECORDING, { id: call!.intake_id }, { token: tokens['closed'] });
      const found = result.data?.['intakeRecord'] as { recordings: unknown[] } | undefined;
      return found?.recordings.length ? found : undefined;
    }, 'the voicemail audio');
    expect(record).toMatchObject({
      channel: 'VOICEMAIL',
      status: 'CALLBACK_PENDING',
      recordings: [{ kind: 'VOICEMAIL', durationSeconds: 3, playUrl: expect.any(String) }],
    });
    const playUrl = (record.recordings as { playUrl: string }[])[0]!.playUrl;
    const played = Buffer.from(await (await fetch(`${t.baseUrl}${playUrl}`)).arrayBuffer());
    expect(played.equals(audio)).toBe(true);
  });

  it('says so when Twilio cannot put the call through, and the call keeps waiting', async () => {
    await t.gql(`mutation { finishCall { state } }`, {}, { token: tokens['op1'] });
    await t.gql(
      `mutation { setMyOperatorState(state: AVAILABLE) { state } }`,
      {},
      { token: tokens['op1'] },
    );
    fake.failing.add(sid(3));
    await incoming(3, '+81120900001');
    const failed = await accept();
    expect(codeOf(failed)).toBe('CONFLICT');
    expect(failed.errors?.[0]?.message).toMatch(/could not be put through/);
    // Back in the queue, offered again; the operator is free to take it, not on a call.
    const [session] = await t.query<{ state: string; operator_id: string | null }>(
      `SELECT state, operator_id FROM call_sessions WHERE provider_call_id = $1`,
      [sid(3)],
    );
    expect(session).toEqual({ state: 'QUEUED', operator_id: null });
    const status = await t.gql(`{ myOperatorStatus { state } }`, {}, { token: tokens['op1'] });
    expect(status.data?.['myOperatorStatus'].state).toBe('AVAILABLE');
    fake.failing.delete(sid(3));
    expect((await accept()).data?.['acceptOffer'].offer.state).toBe('ACCEPTED');
  });
  it("calls a caller back from their record: Twilio rings the operator's device, then dials the caller with the client's number", async () => {
    await t.gql(`mutation { finishCall { state } }`, {}, { token: tokens['op1'] });
    const [voicemail] = await t.query<{ intake_id: string }>(
      `SELECT intake_id FROM call_sessions WHERE provider_call_id = $1`,
      [sid(2)],
    );
    const started = await t.gql(
      `mutation($id: ID!) { startCallback(id: $id) { callSessionId provider dial toNational callerIdNational } }`,
      { id: voicemail!.intake_id },
      { token: tokens['op1'] },
    );
    expect(started.data?.['startCallback']).toMatchObject({
      provider: 'twilio',
      dial: null,
      toNational: '090-1234-5678',
      callerIdNational: '0120-900-002',
    });
    const create = fake.requests.find((r) => r.path.endsWith('/Calls.json'));
    expect(create).toMatchObject({ method: 'POST', authorized: true });
    expect(create!.form).toMatchObject({ To: `client:op-${op1}`, From: '+81120900002' });
    expect(create!.form['Twiml']).toContain(
      '<Dial callerId="+81120900002"><Number>+819012345678</Number></Dial>',
    );
    const [session] = await t.query<Record<string, unknown>>(
      `SELECT provider_call_id, direction, intake_id, state FROM call_sessions WHERE id = $1`,
      [started.data?.['startCallback'].callSessionId],
    );
    expect(session).toEqual({
      provider_call_id: expect.stringMatching(/^CA[0-9a-f]{32}$/),
      direction: 'OUTBOUND',
      intake_id: voicemail!.intake_id,
      state: 'IN_PROGRESS',
    });
    const status = await t.gql(`{ myOperatorStatus { state } }`, {}, { token: tokens['op1'] });
    expect(status.data?.['myOperatorStatus'].state).toBe('ON_CALL');
    // On a call, a second callback waits until this one is finished.
    const again = await t.gql(
      `mutation($id: ID!) { startCallback(id: $id) { callSessionId } }`,
      { id: voicemail!.intake_id },
      { token: tokens['op1'] },
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('lets the called party of a recorded callback hear the consent before the operator', async () => {
    await t.gql(`mutation { finishCall { state } }`, {}, { token: tokens['op1'] });
    const [voicemail] = await t.query<{ intake_id: string; client_company_id: string }>(
      `SELECT intake_id, client_company_id FROM call_sessions WHERE provider_call_id = $1`,
      [sid(2)],
    );
    await recordCallsOf(voicemail!.client_company_id);
    const before = fake.requests.length;
    const started = await t.gql(
      `mutation($id: ID!) { startCallback(id: $id) { recorded } }`,
      { id: voicemail!.intake_id },
      { token: tokens['op1'] },
    );
    expect(started.data?.['startCallback']).toEqual({ recorded: true });
    const create = fake.requests.slice(before).find((r) => r.path.endsWith('/Calls.json'));
    expect(create!.form['Twiml']).toContain(
      `<Number url="${PUBLIC_URL}/telephony/twilio/consent">+819012345678</Number>`,
    );
    // Twilio fetches the whisper, signed like every webhook; anyone else is refused.
    const consent = await webhook('/telephony/twilio/consent', {
      CallSid: sid(9),
      AccountSid: ACCOUNT,
    });
    expect(consent.status).toBe(200);
    expect(await consent.text()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Say language="ja-JP">この通話は品質向上のため録音させていただきます。</Say></Response>',
    );
    const forged = await fetch(`${t.baseUrl}/telephony/twilio/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ CallSid: sid(9) }).toString(),
    });
    expect(forged.status).toBe(403);
    await t.gql(`mutation { finishCall { state } }`, {}, { token: tokens['op1'] });
  });
  it('asks Twilio about a call whose end never came: ended as Twilio says, left while still going, or by the limit', async () => {
    // op1 is on the callback above: these callers wait in the queue.
    for (const n of [5, 6, 7]) await incoming(n, '+81120900001');
    await t.query(
      `UPDATE call_sessions SET started_at = now() - interval '31 minutes' WHERE provider_call_id = ANY($1)`,
      [[sid(5), sid(6), sid(7)]],
    );
    fake.calls.set(sid(5), { status: 'canceled' });
    fake.calls.set(sid(6), { status: 'queued' });
    fake.calls.set(sid(7), { status: 'queued' });
    fake.failing.add(sid(7)); // Twilio cannot answer for this one
    expect(await t.app.get(CallReconciler).reconcile()).toBe(2);
    const states = await t.query<{ provider_call_id: string; state: string }>(
      `SELECT provider_call_id, state FROM call_sessions WHERE provider_call_id = ANY($1) ORDER BY provider_call_id`,
      [[sid(5), sid(6), sid(7)]],
    );
    expect(states.map((s) => s.state)).toEqual(['FAILED', 'QUEUED', 'FAILED']);
    const audit = await t.query<{ after: { by: string } }>(
      `SELECT after FROM audit_log WHERE action = 'call.reconciled' ORDER BY created_at`,
    );
    expect(audit.map((a) => a.after.by).sort()).toEqual(['limit', 'twilio: canceled']);
    expect(
      fake.requests.some((r) => r.method === 'GET' && r.path.endsWith(`/Calls/${sid(6)}.json`)),
    ).toBe(true);
  });
});
