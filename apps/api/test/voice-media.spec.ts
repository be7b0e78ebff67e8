import { Role } from '@dengon/domain';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeWav, encodeWav } from '../src/voice/call-audio';
import { RequestContext } from '../src/common/request-context';
import { concat, tone } from '../src/voice/media/prompts';
import { RecordingLinks } from '../src/voice/recording-links';
import { VoiceMedia } from '../src/voice/media/voice-media.service';
import { SipEdge } from '../src/voice/sip-edge.service';
import { openAndClosedClients } from './fixtures';
import { status, TestEdge, tonePowerAt8k } from './sip-test-edge';
import { codeOf, TestApp } from './test-app';

const EDGE_SECRET = 'edge-secret-that-is-long-enough-0123456789';
const STATE = `mutation($state: OperatorState!) { setMyOperatorState(state: $state) { state } }`;
const RECORDING = `query($id: ID!) { intakeRecord(id: $id) { channel status recordings { kind durationSeconds playUrl } } }`;

/**
 * Issue 15, items 4–6 through the API: what the edge is told while a caller
 * waits (consent, ringing, the busy announcement, voicemail past the limit)
 * and a voicemail left at the media server, over real SIP and RTP on loopback.
 */
describe('the media server and the waiting caller', () => {
  const prompts = mkdtempSync(join(tmpdir(), 'dengon-prompts-'));
  let t: TestApp;
  let edge: TestEdge;
  let op1: string;
  const tokens: Record<string, string> = {};
  const contracts: Record<string, string> = {};

  beforeAll(async () => {
    for (const [name, hertz] of [
      ['consent', 500],
      ['waiting', 600],
      ['hold', 700],
      ['voicemail', 800],
    ] as const)
      writeFileSync(join(prompts, `${name}.wav`), encodeWav(tone(hertz, 0.2)));
    t = await TestApp.start({
      VOICE_EDGE_SECRET: EDGE_SECRET,
      VOICE_AUTH_SECRET: 'auth-secret-that-is-long-enough-0123456789',
      VOICE_MEDIA_PORT: '0',
      VOICE_PROMPTS_DIR: prompts,
      VOICE_WS_URL: 'ws://127.0.0.1:8088',
      VOICE_TRUNK_OUTBOUND: '127.0.0.1:25090',
    });
    const world = await openAndClosedClients(t, { open: '0120-800-011', closed: '0120-800-012' });
    Object.assign(tokens, world.tokens);
    op1 = world.op1;
    contracts['open'] = world.open.contractId;
    await updateContract({
      recording: { recordCalls: true, retentionDays: 30, inPortal: false },
    });
  });
  beforeEach(async () => (edge = await TestEdge.open()));
  afterEach(() => edge.close());
  afterAll(async () => {
    await t.close();
    rmSync(prompts, { recursive: true, force: true });
  });

  async function updateContract(terms: Record<string, unknown>) {
    const [contract] = await t.query<{ version: number }>(
      `SELECT version FROM contracts WHERE id = $1`,
      [contracts['open']],
    );
    return t.gql(
      `mutation($input: UpdateContractInput!) { updateContract(input: $input) { waitAnnouncementSeconds maxWaitSeconds } }`,
      { input: { id: contracts['open'], version: contract!.version, ...terms } },
      { token: tokens['bo'] },
    );
  }
  const route = async (callId: string, to: string, attempt: number) =>
    (await fetch(
      `${t.baseUrl}/telephony/sip/route?${new URLSearchParams({ callId, from: '09012345678', to, attempt: String(attempt) }).toString()}`,
      { headers: { 'x-dengon-voice-key': EDGE_SECRET } },
    ).then((r) => r.json())) as Record<string, unknown>;
  const session = async (callId: string) =>
    (
      await t.query<{ state: string; intake_id: string | null }>(
        `SELECT state, intake_id FROM call_sessions WHERE provider = 'sip' AND provider_call_id = $1`,
        [callId],
      )
    )[0];

  it('refuses waiting terms outside their range, naming the field', async () => {
    const result = await updateContract({
      waiting: { announcementAfterSeconds: 5, voicemailAfterSeconds: 10 },
    });
    expect(result.errors?.[0]?.message).toMatch(/voicemailAfterSeconds/);
  });

  it('plays the consent announcement first on a recorded call, then keeps the caller ringing', async () => {
    expect(await route('wait-1', '0120800011', 1)).toEqual({
      action: 'media',
      service: 'consent',
      seconds: 30,
    });
    expect(await route('wait-1', '0120800011', 2)).toEqual({ action: 'wait', seconds: 1 });
  });

  it("after the client's seconds of ringing, the busy announcement, until an operator is offered the call", async () => {
    const set = await updateContract({
      waiting: { announcementAfterSeconds: 0, voicemailAfterSeconds: 120 },
    });
    expect(set.data?.['updateContract']).toEqual({
      waitAnnouncementSeconds: 0,
      maxWaitSeconds: 120,
    });
    const waiting = await route('wait-1', '0120800011', 3);
    expect(waiting).toMatchObject({ action: 'media', service: 'waiting' });
    expect(waiting['seconds']).toBeLessThanOrEqual(60);
    const edgeService = t.app.get(SipEdge);
    expect(await edgeService.stillWaiting('wait-1')).toBe(true);
    await t.gql(STATE, { state: 'AVAILABLE' }, { token: tokens['op1'] });
    // The media server sees the offer and ends the announcement; the edge asks and rings op1.
    expect(await edgeService.stillWaiting('wait-1')).toBe(false);
    expect(await route('wait-1', '0120800011', 4)).toMatchObject({
      action: 'ring',
      user: `op-${op1}`,
      record: true,
    });
    await t.gql(STATE, { state: 'BREAK' }, { token: tokens['op1'] });
  });

  it("past the client's limit a waiting caller is sent to voicemail, out of the queue", async () => {
    await route('wait-2', '0120800011', 1);
    await t.query(
      `UPDATE call_sessions SET started_at = now() - interval '121 seconds' WHERE provider_call_id = 'wait-2'`,
    );
    expect(await route('wait-2', '0120800011', 2)).toEqual({
      action: 'media',
      service: 'voicemail',
      seconds: 150,
    });
    expect((await session('wait-2'))?.state).toBe('VOICEMAIL');
    await t.gql(STATE, { state: 'AVAILABLE' }, { token: tokens['op1'] });
    const offers = await t.query(
      `SELECT o.state FROM call_offers o JOIN call_sessions s ON s.id = o.call_session_id
        WHERE s.provider_call_id = 'wait-2' AND o.state IN ('OFFERED', 'ACCEPTED')`,
    );
    expect(offers).toEqual([]);
    await t.gql(STATE, { state: 'BREAK' }, { token: tokens['op1'] });
  });

  it('out of hours the caller leaves a message: a record to call back with the audio, the client’s to hear', async () => {
    expect(await route('vm-1', '0120800012', 1)).toEqual({
      action: 'media',
      service: 'voicemail',
      seconds: 150,
    });
    // The edge relays the call to the media server, which answers it.
    const port = t.app.get(VoiceMedia).port;
    const invite = edge.invite('voicemail', { callId: 'vm-1' });
    edge.send(port, invite);
    const answered = await edge.next(status(200));
    edge.send(port, edge.inDialog(invite, answered, 'ACK'));
    await new Promise((r) => setTimeout(r, 1300)); // greeting and beep
    expect(edge.samplesHeard()).toBeGreaterThan(8000);
    await edge.speak(answered, 2);
    edge.send(port, edge.inDialog(invite, answered, 'BYE'));
    await edge.next(status(200), edge.received.indexOf(answered) + 1);

    let intakeId: string | null = null;
    for (let i = 0; i < 50 && !intakeId; i++) {
      intakeId = (await session('vm-1'))?.intake_id ?? null;
      if (!intakeId) await new Promise((r) => setTimeout(r, 100));
    }
    expect(intakeId).not.toBeNull();
    const record = await t.gql(RECORDING, { id: intakeId }, { token: tokens['closed'] });
    // The client's contract keeps call recordings from the portal; a voicemail is theirs all the same.
    expect(record.data?.['intakeRecord']).toMatchObject({
      channel: 'VOICEMAIL',
      status: 'CALLBACK_PENDING',
      recordings: [{ kind: 'VOICEMAIL', durationSeconds: 2, playUrl: expect.any(String) }],
    });
    const playUrl = record.data?.['intakeRecord'].recordings[0].playUrl as string;
    const audio = await fetch(`${t.baseUrl}${playUrl}`);
    expect(audio.status).toBe(200);
    const message = decodeWav(Buffer.from(await audio.arrayBuffer()));
    expect(message.samples.length / 8000).toBeCloseTo(2, 0);
    // Another company neither sees the record nor plays its audio.
    expect(
      (await t.gql(RECORDING, { id: intakeId }, { token: tokens['open'] })).data?.['intakeRecord'],
    ).toBeNull();
    const recordingId = /\/recordings\/([0-9a-f-]+)\//.exec(playUrl)![1]!;
    const [openAdmin] = await t.query<{ id: string; client_company_id: string }>(
      `SELECT id, client_company_id FROM users WHERE email = 'admin@open.example'`,
    );
    const otherLink = t.app.get(RecordingLinks).url(
      RequestContext.forUser(
        {
          id: openAdmin!.id,
          role: Role.ClientAdmin,
          clientCompanyId: openAdmin!.client_company_id,
        },
        '127.0.0.1',
      ),
      recordingId,
    );
    expect((await fetch(`${t.baseUrl}${otherLink}`)).status).toBe(404);
  });
  it("greets out-of-hours callers with the client's own recording, once the back office sets one", async () => {
    const GREETING = `mutation($input: VoicemailGreetingInput!) { setVoicemailGreeting(input: $input) { durationSeconds } }`;
    const [closed] = await t.query<{ id: string }>(
      `SELECT client_company_id AS id FROM phone_numbers WHERE e164 = '+81120800012'`,
    );
    const set = (wavBase64: string | null, token = tokens['bo']) =>
      t.gql(GREETING, { input: { clientCompanyId: closed!.id, wavBase64 } }, { token });
    const upload = (samples: Int16Array, rate: number) =>
      set(encodeWav(samples, rate).toString('base64'));
    const at48k = (hertz: number, seconds: number) =>
      Int16Array.from({ length: 48000 * seconds }, (_, n) =>
        Math.round(8000 * Math.sin((2 * Math.PI * hertz * n) / 48000)),
      );

    // What cannot be a greeting is refused by name, and the standard one stays.
    const tooShort = await upload(at48k(400, 0.5), 48000);
    expect(tooShort.errors?.[0]?.extensions?.['fields']).toEqual([
      {
        field: 'wavBase64',
        label: '音声ファイル',
        message: '0.5 s: a greeting lasts 1 to 30 seconds',
        rule: 'greetingLength',
        args: { seconds: '0.5', min: 1, max: 30 },
      },
    ]);
    const notWav = await set(Buffer.from('ID3 an mp3').toString('base64'));
    expect(notWav.errors?.[0]?.message).toBe(
      '音声ファイル（wavBase64）: cannot be read: WAV: not a RIFF/WAVE file',
    );
    expect(codeOf(await set(null, tokens['closed']))).toBe('FORBIDDEN');

    // A recording made at 48 kHz plays at the telephone's rate instead of the standard greeting.
    const greeting = await upload(at48k(400, 2), 48000);
    expect(greeting.data?.['setVoicemailGreeting']).toEqual({ durationSeconds: 2 });
    const port = t.app.get(VoiceMedia).port;
    const invite = edge.invite('voicemail', { callId: 'vm-greeting' });
    expect(await route('vm-greeting', '0120800012', 1)).toMatchObject({ service: 'voicemail' });
    edge.send(port, invite);
    const answered = await edge.next(status(200));
    edge.send(port, edge.inDialog(invite, answered, 'ACK'));
    await new Promise((r) => setTimeout(r, 2300));
    const heard = concat(...edge.audio).subarray(0, 16000);
    expect(tonePowerAt8k(heard, 400)).toBeGreaterThan(100 * tonePowerAt8k(heard, 800));
    edge.send(port, edge.inDialog(invite, answered, 'BYE'));
    await edge.next(status(200), edge.received.indexOf(answered) + 1);

    // Removed: the standard greeting plays again, and both changes are in the audit log.
    expect((await set(null)).data?.['setVoicemailGreeting']).toBeNull();
    const log = await t.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'voicemail_greeting.%' ORDER BY id`,
      [closed!.id],
    );
    expect(log.map((e) => e.action)).toEqual([
      'voicemail_greeting.set',
      'voicemail_greeting.removed',
    ]);
  }, 20_000);

  it('calls the voicemail’s caller back: the softphone dials the callback, the edge is told the trunk and caller ID', async () => {
    // The earlier caller still offered to op1 hangs up: no offer stands in the way.
    await fetch(`${t.baseUrl}/telephony/sip/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dengon-voice-key': EDGE_SECRET },
      body: JSON.stringify({ callId: 'wait-1', status: 'canceled' }),
    });
    const [voicemail] = await t.query<{ intake_id: string }>(
      `SELECT intake_id FROM call_sessions WHERE provider_call_id = 'vm-1'`,
    );
    const started = await t.gql(
      `mutation($id: ID!) { startCallback(id: $id) { callSessionId provider dial toNational callerIdNational } }`,
      { id: voicemail!.intake_id },
      { token: tokens['op1'] },
    );
    expect(started.errors).toBeUndefined();
    const callback = started.data?.['startCallback'] as { callSessionId: string; dial: string };
    expect(started.data?.['startCallback']).toEqual({
      callSessionId: expect.any(String),
      provider: 'sip',
      dial: `sip:callback-${callback.callSessionId}@dengon.local`,
      toNational: '090-1234-5678',
      callerIdNational: '0120-800-012',
    });
    const outbound = (user: string, target: string, callId = 'cb-1') =>
      fetch(
        `${t.baseUrl}/telephony/sip/outbound?${new URLSearchParams({ callId, user, target }).toString()}`,
        { headers: { 'x-dengon-voice-key': EDGE_SECRET } },
      ).then((r) => r.json());
    const target = `callback-${callback.callSessionId}`;
    // Another operator cannot use it; nothing but a callback can be dialed.
    expect(await outbound('op-00000000-0000-4000-8000-000000000001', target)).toMatchObject({
      action: 'reject',
      code: 403,
    });
    expect(await outbound(`op-${op1}`, '0312345678')).toMatchObject({
      action: 'reject',
      code: 404,
    });
    expect(await outbound(`op-${op1}`, target)).toEqual({
      action: 'dial',
      uri: 'sip:09012345678@127.0.0.1:25090',
      callerId: '0120800012',
      record: false,
    });
    // Once dialed it is this INVITE's call: a second INVITE for it is refused.
    expect(await outbound(`op-${op1}`, target, 'cb-2')).toMatchObject({ code: 403 });
    await fetch(`${t.baseUrl}/telephony/sip/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dengon-voice-key': EDGE_SECRET },
      body: JSON.stringify({ callId: 'cb-1', status: 'completed', durationSeconds: 12 }),
    });
    expect(
      await t.query(
        `SELECT direction, state, duration_seconds, intake_id FROM call_sessions WHERE provider_call_id = 'cb-1'`,
      ),
    ).toEqual([
      {
        direction: 'OUTBOUND',
        state: 'COMPLETED',
        duration_seconds: 12,
        intake_id: voicemail!.intake_id,
      },
    ]);
  });
});
