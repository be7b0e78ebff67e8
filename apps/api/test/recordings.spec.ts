import { Role } from '@dengon/domain';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RequestContext } from '../src/common/request-context';
import { RecordingLinks } from '../src/voice/recording-links';
import { captureName, Recordings } from '../src/voice/recordings.service';
import {
  activeNumber,
  ALWAYS,
  CALLER_FIELDS,
  clientOnPlan,
  publishScript,
  trainOperators,
} from './fixtures';
import { TestApp, until } from './test-app';

// The recording job runs in its own time.
jest.setTimeout(30_000);

const EDGE_SECRET = 'edge-secret-that-is-long-enough-0123456789';
const CALL_ID = 'rec-1@127.0.0.1';
const RECORDING = `{ intakeRecord(id: $id) { recordings { id durationSeconds playUrl deleteOn } } }`;

/**
 * A recorded call through the SIP edge: the edge's capture (a real rtpengine
 * pcap) becomes the call's audio, linked to its intake record, played to
 * those who may hear it, and deleted when its retention ends.
 */
describe('call recordings', () => {
  let t: TestApp;
  const captures = mkdtempSync(join(tmpdir(), 'dengon-captures-'));
  const tokens: Record<string, string> = {};
  let companyA: string;
  let companyB: string;
  let contractA: string;
  let intakeId: string;
  let recordingId: string;

  beforeAll(async () => {
    t = await TestApp.start({ VOICE_EDGE_SECRET: EDGE_SECRET, VOICE_RECORDINGS_DIR: captures });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    const op = (await t.createUser('op@dengon.example', Role.Operator)).id;
    for (const name of ['bo', 'sv', 'op'])
      tokens[name] = (await t.login(`${name}@dengon.example`)).token;
    const a = await clientOnPlan(t, tokens['bo']!, '録音社', 'STANDARD', ALWAYS);
    companyA = a.companyId;
    contractA = a.contractId;
    companyB = (await clientOnPlan(t, tokens['bo']!, '別会社', 'STANDARD', ALWAYS)).companyId;
    await publishScript(t, tokens['sv']!, companyA, { fields: CALLER_FIELDS });
    await activeNumber(t, tokens['bo']!, companyA, '0120-800-003');
    await trainOperators(t, tokens['sv']!, '録音社担当', [companyA], [op]);
    await t.createUser('admin@a.example', Role.ClientAdmin, companyA);
    await t.createUser('admin@b.example', Role.ClientAdmin, companyB);
    tokens['a'] = (await t.login('admin@a.example')).token;
    tokens['b'] = (await t.login('admin@b.example')).token;
  });
  afterAll(() => t.close());

  const setRecording = async (recording: Record<string, unknown>) => {
    const { version } = (
      await t.query<{ version: number }>(`SELECT version FROM contracts WHERE id = $1`, [contractA])
    )[0]!;
    const result = await t.gql(
      `mutation($input: UpdateContractInput!) { updateContract(input: $input) { recordCalls recordingRetentionDays recordingsInPortal } }`,
      { input: { id: contractA, version, recording } },
      { token: tokens['bo'] },
    );
    return result;
  };
  const edge = (path: string, init: RequestInit = {}) =>
    fetch(`${t.baseUrl}/telephony/sip/${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', 'x-dengon-voice-key': EDGE_SECRET },
    });

  it('refuses a retention outside 1 to 3650 days, naming the field', async () => {
    const result = await setRecording({ recordCalls: true, retentionDays: 0, inPortal: true });
    expect(result.errors?.[0]?.message).toMatch(/retentionDays/);
  });

  it('records a call of a client whose contract says so, and links the audio to its intake record', async () => {
    const set = await setRecording({ recordCalls: true, retentionDays: 30, inPortal: true });
    expect(set.data?.['updateContract']).toEqual({
      recordCalls: true,
      recordingRetentionDays: 30,
      recordingsInPortal: true,
    });
    await t.gql(
      `mutation { setMyOperatorState(state: AVAILABLE) { state } }`,
      {},
      { token: tokens['op'] },
    );
    const route = await edge(
      `route?callId=${encodeURIComponent(CALL_ID)}&from=0312345678&to=0120800003`,
    );
    expect(await route.json()).toMatchObject({ action: 'ring', record: true });

    // The operator answers and saves the intake on the call.
    const offer = await t.gql(
      `{ myOffer { offer { id callSessionId } } }`,
      {},
      { token: tokens['op'] },
    );
    const { id: offerId, callSessionId } = offer.data!['myOffer'].offer;
    await t.gql(
      `mutation($id: ID!) { acceptOffer(id: $id) { offer { state } } }`,
      { id: offerId },
      { token: tokens['op'] },
    );
    const saved = await t.gql(
      `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
      {
        input: {
          clientCompanyId: companyA,
          channel: 'PHONE',
          callSessionId,
          fields: {
            caller_name: '録音 太郎',
            callback_number: '090-1111-2222',
            message: '見積もり',
          },
        },
      },
      { token: tokens['op'] },
    );
    intakeId = saved.data?.['createIntake'].id;

    // The edge closes its capture (rtpengine writes the metadata last) and reports the end.
    mkdirSync(join(captures, 'pcaps'), { recursive: true });
    mkdirSync(join(captures, 'metadata'), { recursive: true });
    const pcap = join(captures, 'pcaps', `${captureName(CALL_ID)}-0123456789abcdef.pcap`);
    copyFileSync(join(__dirname, 'fixtures', 'rtpengine-call.pcap'), pcap);
    const metadata = join(
      captures,
      'metadata',
      `rtpengine-meta-${captureName(CALL_ID)}-0123456789abcdef.txt`,
    );
    writeFileSync(metadata, `${pcap}\n\nSDP mode: offer\n`);
    const ended = await edge('status', {
      method: 'POST',
      body: JSON.stringify({ callId: CALL_ID, status: 'completed', durationSeconds: 3 }),
    });
    expect(ended.status).toBe(200);

    const recording = await until(async () => {
      const result = await t.gql(
        `query($id: ID!) ${RECORDING}`,
        { id: intakeId },
        { token: tokens['op'] },
      );
      return result.data?.['intakeRecord'].recordings[0] ?? undefined;
    }, 'the recording');
    recordingId = recording.id;
    expect(recording.durationSeconds).toBe(3);
    // The raw capture is not kept once the audio is stored.
    expect(existsSync(pcap)).toBe(false);
    expect(existsSync(metadata)).toBe(false);

    const audio = await fetch(`${t.baseUrl}${recording.playUrl}`);
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toBe('audio/wav');
    expect(audio.headers.get('cache-control')).toBe('private, no-store');
    expect(audio.headers.get('accept-ranges')).toBe('bytes');
    const wav = Buffer.from(await audio.arrayBuffer());
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    // 3.2 s of 8 kHz 16-bit mono and its 44-byte header.
    expect(wav.length).toBeGreaterThan(50_000);
  });

  it('streams ranges so a player can seek, and audits a play once, at its start', async () => {
    const { playUrl } = (
      await t.gql(`query($id: ID!) ${RECORDING}`, { id: intakeId }, { token: tokens['a'] })
    ).data!['intakeRecord'].recordings[0];
    const whole = await fetch(`${t.baseUrl}${playUrl}`);
    const length = Number(whole.headers.get('content-length'));
    const part = await fetch(`${t.baseUrl}${playUrl}`, { headers: { range: 'bytes=1000-1999' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${length}`);
    expect((await part.arrayBuffer()).byteLength).toBe(1000);
    const beyond = await fetch(`${t.baseUrl}${playUrl}`, {
      headers: { range: `bytes=${length + 10}-` },
    });
    expect(beyond.status).toBe(416);
    const plays = await t.query(
      `SELECT actor_role FROM audit_log WHERE action = 'recording.played' AND entity_id = $1 ORDER BY created_at`,
      [recordingId],
    );
    // The operator's play, the client's whole-file play; the seek and the refused range are not new plays.
    expect(plays.map((p) => p.actor_role)).toEqual(['OPERATOR', 'CLIENT_ADMIN']);
  });

  it("is not found for another company's user, even with a link made for them", async () => {
    const visible = await t.gql(
      `query($id: ID!) ${RECORDING}`,
      { id: intakeId },
      { token: tokens['b'] },
    );
    expect(visible.data?.['intakeRecord']).toBeNull();
    const userB = (
      await t.query<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@b.example'`)
    )[0]!;
    const link = t.app
      .get(RecordingLinks)
      .url(
        RequestContext.forUser(
          { id: userB.id, role: Role.ClientAdmin, clientCompanyId: companyB },
          '127.0.0.1',
        ),
        recordingId,
      );
    expect((await fetch(`${t.baseUrl}${link}`)).status).toBe(404);
    expect(
      (await fetch(`${t.baseUrl}/recordings/${recordingId}/audio.wav?token=forged`)).status,
    ).toBe(404);
    expect((await fetch(`${t.baseUrl}/recordings/${recordingId}/audio.wav`)).status).toBe(404);
  });

  it("is kept from the portal where the client's contract does not include it", async () => {
    await setRecording({ recordCalls: true, retentionDays: 30, inPortal: false });
    const client = await t.gql(
      `query($id: ID!) ${RECORDING}`,
      { id: intakeId },
      { token: tokens['a'] },
    );
    expect(client.data?.['intakeRecord'].recordings).toEqual([]);
    const staff = await t.gql(
      `query($id: ID!) ${RECORDING}`,
      { id: intakeId },
      { token: tokens['op'] },
    );
    expect(staff.data?.['intakeRecord'].recordings[0].id).toBe(recordingId);
  });

  it('is deleted, audio and all, when its retention ends', async () => {
    const recordings = t.app.get(Recordings);
    expect(await recordings.expire('2000-01-01')).toBe(0);
    expect(await recordings.expire('2999-01-01')).toBe(1);
    const staff = await t.gql(
      `query($id: ID!) ${RECORDING}`,
      { id: intakeId },
      { token: tokens['op'] },
    );
    expect(staff.data?.['intakeRecord'].recordings).toEqual([]);
    const deleted = await t.query(
      `SELECT 1 FROM audit_log WHERE action = 'recording.deleted' AND entity_id = $1`,
      [recordingId],
    );
    expect(deleted).toHaveLength(1);
  });
});
