import { Role } from '@dengon/domain';
import twilio from 'twilio';
import { eventSignature } from '../src/common/signatures';
import { activeNumber, ALWAYS, clientOnPlan, closedToday, publishScript } from './fixtures';
import { TestApp } from './test-app';

const TOKEN = 'test-twilio-auth-token-0123456789';
const SECRET = 'test-telephony-events-secret-0123456789abcdef';
const sid = (n: number) => `CA${n.toString(16).padStart(32, '0')}`;

/** A weekday (1–7) that is neither today nor tomorrow in Tokyo, so a window on it is not open now. */
describe('telephony webhooks', () => {
  let t: TestApp;
  const sessions = async () =>
    (await t.query(`SELECT count(*)::int AS n FROM call_sessions`))[0].n as number;

  beforeAll(async () => {
    t = await TestApp.start({ TWILIO_AUTH_TOKEN: TOKEN, TELEPHONY_EVENTS_SECRET: SECRET });
    await t.createUser('bo@dengon.example', Role.BackOffice);
    await t.createUser('sv@dengon.example', Role.Supervisor);
    const bo = (await t.login('bo@dengon.example')).token;
    const sv = (await t.login('sv@dengon.example')).token;
    const open = await clientOnPlan(t, bo, '終日社', 'STANDARD', ALWAYS);
    const closed = await clientOnPlan(t, bo, '休業社', 'STANDARD', closedToday());
    for (const [company, number] of [
      [open.companyId, '0120-700-001'],
      [closed.companyId, '0120-700-002'],
    ] as const) {
      await publishScript(t, sv, company);
      await activeNumber(t, bo, company, number);
    }
  });
  afterAll(() => t.close());

  const twilioPost = (path: string, params: Record<string, string>, signature?: string) =>
    fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature':
          signature ?? twilio.getExpectedTwilioSignature(TOKEN, `${t.baseUrl}${path}`, params),
      },
      body: new URLSearchParams(params).toString(),
    });
  const call = (n: number, to: string) => ({
    CallSid: sid(n),
    AccountSid: `AC${'0'.repeat(32)}`,
    From: '+819012345678',
    To: to,
    CallStatus: 'ringing',
    Direction: 'inbound',
  });

  it('refuses unsigned and mis-signed webhooks with 403 and stores nothing', async () => {
    const before = await sessions();
    const unsigned = await fetch(`${t.baseUrl}/telephony/twilio/voice`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(call(1, '+81120700001')).toString(),
    });
    expect(unsigned.status).toBe(403);
    const forged = await twilioPost(
      '/telephony/twilio/voice',
      call(1, '+81120700001'),
      twilio.getExpectedTwilioSignature(
        'wrong-token-0123456789',
        `${t.baseUrl}/telephony/twilio/voice`,
        call(1, '+81120700001'),
      ),
    );
    expect(forged.status).toBe(403);
    const tampered = { ...call(1, '+81120700001') };
    const signature = twilio.getExpectedTwilioSignature(
      TOKEN,
      `${t.baseUrl}/telephony/twilio/voice`,
      tampered,
    );
    expect(
      (await twilioPost('/telephony/twilio/voice', { ...tampered, To: '+81120700002' }, signature))
        .status,
    ).toBe(403);
    expect(await sessions()).toBe(before);
  });

  it("queues a covered client's call, once however often the webhook is retried", async () => {
    const first = await twilioPost('/telephony/twilio/voice', call(2, '+81120700001'));
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/xml/);
    const [session] = await t.query(
      `SELECT state, client_company_id FROM call_sessions WHERE provider_call_id = $1`,
      [sid(2)],
    );
    expect(session.state).toBe('QUEUED');
    expect(await first.text()).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response><Enqueue>client-${session.client_company_id}</Enqueue></Response>`,
    );
    await twilioPost('/telephony/twilio/voice', call(2, '+81120700001'));
    expect(
      (
        await t.query(`SELECT count(*)::int AS n FROM call_sessions WHERE provider_call_id = $1`, [
          sid(2),
        ])
      )[0].n,
    ).toBe(1);

    expect(
      (await twilioPost('/telephony/twilio/status', { CallSid: sid(2), CallStatus: 'in-progress' }))
        .status,
    ).toBe(204);
    expect(
      (
        await twilioPost('/telephony/twilio/status', {
          CallSid: sid(2),
          CallStatus: 'completed',
          CallDuration: '95',
        })
      ).status,
    ).toBe(204);
    const [done] = await t.query(
      `SELECT state, duration_seconds, answered_at IS NOT NULL AS answered FROM call_sessions WHERE provider_call_id = $1`,
      [sid(2)],
    );
    // Nobody accepted it: the provider's queue picked up, then the caller hung up.
    expect(done).toEqual({ state: 'COMPLETED', duration_seconds: 95, answered: false });
  });

  it('sends an unknown dialed number to the unassigned queue', async () => {
    const response = await twilioPost('/telephony/twilio/voice', call(3, '+81120999999'));
    expect(await response.text()).toContain('<Enqueue>unassigned</Enqueue>');
    const [session] = await t.query(
      `SELECT state, client_company_id FROM call_sessions WHERE provider_call_id = $1`,
      [sid(3)],
    );
    expect(session).toEqual({ state: 'UNASSIGNED', client_company_id: null });
  });

  it('takes a voicemail out of hours and turns it into one intake record to call back', async () => {
    const response = await twilioPost('/telephony/twilio/voice', call(4, '+81120700002'));
    const twiml = await response.text();
    expect(twiml).toContain(
      '<Say language="ja-JP">お電話ありがとうございます。休業社です。ただいま受付時間外です。',
    );
    expect(twiml).toContain(
      '<Record action="/telephony/twilio/voicemail" maxLength="180" playBeep="true"/>',
    );
    const recording = {
      CallSid: sid(4),
      RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE1',
      RecordingDuration: '21',
    };
    expect((await twilioPost('/telephony/twilio/voicemail', recording)).status).toBe(200);
    expect((await twilioPost('/telephony/twilio/voicemail', recording)).status).toBe(200);
    const intakes = await t.query(
      `SELECT channel, status, recording_url, calling_e164 FROM intake_records WHERE recording_url IS NOT NULL`,
    );
    expect(intakes).toEqual([
      {
        channel: 'VOICEMAIL',
        status: 'CALLBACK_PENDING',
        recording_url: recording.RecordingUrl,
        calling_e164: '+819012345678',
      },
    ]);
    const bad = await twilioPost('/telephony/twilio/voicemail', {
      CallSid: sid(4),
      RecordingUrl: 'javascript:alert(1)',
    });
    expect(bad.status).toBe(400);
  });

  it("routes the next call by a change to the client's hours or number, though the last match is kept", async () => {
    const bo = (await t.login('bo@dengon.example')).token;
    const sv = (await t.login('sv@dengon.example')).token;
    const client = await clientOnPlan(t, bo, '変更社', 'STANDARD', ALWAYS);
    await publishScript(t, sv, client.companyId);
    const number = await activeNumber(t, bo, client.companyId, '0120-700-003');
    const route = async (n: number) =>
      (await twilioPost('/telephony/twilio/voice', call(n, '+81120700003'))).text();

    expect(await route(20)).toContain('<Enqueue>');
    const { contract } = (
      await t.gql<{ contract: { id: string; version: number } }>(
        `query($c: ID!) { contract(clientCompanyId: $c) { id version } }`,
        { c: client.companyId },
        { token: bo },
      )
    ).data!;
    const closed = await t.gql(
      `mutation($input: UpdateContractInput!) { updateContract(input: $input) { id } }`,
      { input: { id: contract.id, version: contract.version, coverageWindows: closedToday() } },
      { token: bo },
    );
    expect(closed.errors).toBeUndefined();
    expect(await route(21)).toContain('ただいま受付時間外です');

    const released = await t.gql(
      `mutation($input: ChangeNumberStatusInput!) { changePhoneNumberStatus(input: $input) { id } }`,
      { input: { id: number, version: 3, status: 'RELEASED' } },
      { token: bo },
    );
    expect(released.errors).toBeUndefined();
    expect(await route(22)).toContain('<Enqueue>unassigned</Enqueue>');
    // Free the channels for the tests after this one.
    await t.query(`UPDATE call_sessions SET state = 'COMPLETED' WHERE provider_call_id = ANY($1)`, [
      [sid(20), sid(22)],
    ]);
  });

  it("respects the service's channels: over the number of IDs the caller hears busy, and it is logged", async () => {
    await t.query(
      `INSERT INTO phone_numbers (e164, kind, status, version) VALUES ('+81368000001', 'DIRECT', 'ACTIVE', 1), ('+81368000002', 'DIRECT', 'ACTIVE', 1)`,
    );
    // Calls 3 (unassigned) is still holding a channel; one more fills the two IDs.
    expect(
      await (await twilioPost('/telephony/twilio/voice', call(5, '+81120700001'))).text(),
    ).toContain('<Enqueue>');
    const busy = await (
      await twilioPost('/telephony/twilio/voice', call(6, '+81120700001'))
    ).text();
    expect(busy).toContain('ただいま電話が大変混み合っております');
    expect(busy).toContain('<Hangup/>');
    const [session] = await t.query(`SELECT state FROM call_sessions WHERE provider_call_id = $1`, [
      sid(6),
    ]);
    expect(session.state).toBe('BUSY');
  });

  describe('provider-neutral events', () => {
    const post = (
      body: unknown,
      options: { timestamp?: number; secret?: string; raw?: string } = {},
    ) => {
      const raw = options.raw ?? JSON.stringify(body);
      const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
      return fetch(`${t.baseUrl}/telephony/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-dengon-timestamp': timestamp,
          'x-dengon-signature': eventSignature(options.secret ?? SECRET, timestamp, raw),
        },
        body: raw,
      });
    };
    const incoming = {
      id: 'evt-1',
      type: 'call.incoming',
      callId: 'pbx-1',
      from: '0312345678',
      to: '0120-700-001',
    };

    it('routes a signed event and refuses its replay', async () => {
      await t.query(`UPDATE call_sessions SET state = 'COMPLETED'`); // free the channels
      const response = await post(incoming);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ action: 'queue', clientName: '終日社' });
      const replay = await post(incoming);
      expect(replay.status).toBe(409);
      expect(
        (await t.query(`SELECT count(*)::int AS n FROM call_sessions WHERE provider = 'pbx'`))[0].n,
      ).toBe(1);
    });

    it('refuses a stale timestamp, a wrong secret and bad JSON, storing nothing', async () => {
      const before = await sessions();
      const stale = await post(
        { ...incoming, id: 'evt-2', callId: 'pbx-2' },
        { timestamp: Math.floor(Date.now() / 1000) - 301 },
      );
      expect(stale.status).toBe(403);
      expect(await stale.json()).toMatchObject({ message: 'Signature stale' });
      expect(
        (await post({ ...incoming, id: 'evt-3', callId: 'pbx-3' }, { secret: 'x'.repeat(40) }))
          .status,
      ).toBe(403);
      // A missing field is bad input naming it, as over GraphQL, not a missing resource.
      const noNumber = await post({ id: 'evt-5', type: 'call.incoming', callId: 'pbx-5' });
      expect(noNumber.status).toBe(400);
      expect(await noNumber.json()).toEqual({
        error: 'BAD_USER_INPUT',
        message: '着信番号（to）: is required',
      });
      const invalid = await post({ id: 'evt-4', type: 'call.exploded', callId: 'pbx-4' });
      expect(invalid.status).toBe(400);
      expect(await invalid.json()).toMatchObject({
        error: 'BAD_USER_INPUT',
        message: expect.stringContaining('（type）:'),
      });
      expect(await sessions()).toBe(before);
    });
  });
});
