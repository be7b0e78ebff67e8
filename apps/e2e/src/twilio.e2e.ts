import { FakeTwilio, twilioWebhooks } from '@dengon/test-doubles';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import {
  coverAllDay,
  launchBrowser,
  passes,
  received,
  RunningDengon,
  shot,
  signIn,
} from './harness';
import { toneFile } from './sip-caller';

const CLIENT_A = '株式会社サンプル商事';
const CALLER = 'ツイリオ 試験太郎';
const TOKEN = 'e2e-twilio-auth-token-0123456789';
const ACCOUNT = `AC${'a'.repeat(32)}`;
const KEY = { sid: `SK${'b'.repeat(32)}`, secret: 'e2e-twilio-api-key-secret-0123456789' };
const APP = `AP${'c'.repeat(32)}`;
// Where Twilio reaches this Dengon: webhook signatures are made over it.
const PUBLIC_URL = 'http://dengon.test';
const CALL_SID = `CA${'1'.repeat(32)}`;

interface Signal {
  type: string;
  payload: Record<string, unknown>;
}

/**
 * Twilio's signalling edge as the operator's Voice SDK device meets it
 * (wss://voice-js.<edge>.twilio.com/signal), played by the test inside the
 * browser: it takes the device's listen and register, and hands it the calls
 * Twilio would dial to it. What cannot run here is Twilio's cloud; the SDK,
 * the console and the WebRTC media between two browsers are real.
 */
class SignallingEdge {
  readonly received: Signal[] = [];
  private socket: WebSocketRoute | null = null;

  async attach(page: Page): Promise<void> {
    await page.routeWebSocket(/^wss:\/\/voice-js\.[a-z0-9-]+\.twilio\.com\/signal/, (socket) => {
      this.socket = socket;
      socket.onMessage((message) => {
        const signal = JSON.parse(String(message)) as Signal;
        this.received.push(signal);
        if (signal.type === 'listen') {
          const claims = JSON.parse(
            Buffer.from(String(signal.payload['token']).split('.')[1]!, 'base64url').toString(),
          ) as { grants: { identity: string } };
          this.send('connected', {
            region: 'jp1',
            edge: 'tokyo',
            home: 'jp1',
            token: { identity: claims.grants.identity, ttl: 3600 },
          });
        }
        if (signal.type === 'register') this.send('ready', {});
      });
    });
    // The SDK's event gateway (insights) and its sounds: nothing to fetch here.
    await page.route(/^https:\/\/[a-z0-9.-]+\.twilio\.com\//, (route) =>
      route.fulfill({ status: 204, body: '' }),
    );
  }

  send(type: string, payload: Record<string, unknown>): void {
    if (!this.socket) throw new Error('the device has not connected to Twilio');
    this.socket.send(JSON.stringify({ type, version: '1.6', payload }));
  }

  async next(type: string, timeoutMs = 15_000): Promise<Signal> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find((s) => s.type === type);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(
          `the device sent no ${type}: ${this.received.map((s) => s.type).join(', ')}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Twilio's media side of the caller's call: a WebRTC peer in its own browser, playing a tone. */
function callerOffer(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const pc = new RTCPeerConnection({ iceServers: [] });
    (window as unknown as { pc: RTCPeerConnection }).pc = pc;
    // Played out, as a phone would: Chromium measures the level of what it plays.
    pc.addEventListener('track', (event) => {
      const speaker = new Audio();
      speaker.srcObject = event.streams[0] ?? new MediaStream([event.track]);
      void speaker.play();
    });
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    stream.getTracks().forEach((track) => pc.addTrack(track, stream));
    await pc.setLocalDescription(await pc.createOffer());
    await new Promise<void>((resolve) => {
      if (pc.iceGatheringState === 'complete') resolve();
      pc.addEventListener('icegatheringstatechange', () => {
        if (pc.iceGatheringState === 'complete') resolve();
      });
    });
    return pc.localDescription!.sdp;
  });
}

function answerCaller(page: Page, sdp: string): Promise<void> {
  return page.evaluate(async (answer) => {
    const pc = (window as unknown as { pc: RTCPeerConnection }).pc;
    await pc.setRemoteDescription({ type: 'answer', sdp: answer });
  }, sdp);
}

async function callerHears(page: Page): Promise<{ packets: number; level: number }> {
  return page.evaluate(async () => {
    const pc = (window as unknown as { pc: RTCPeerConnection }).pc;
    let heard = { packets: 0, level: 0 };
    (await pc.getStats()).forEach((report: Record<string, unknown>) => {
      if (report['type'] === 'inbound-rtp' && report['kind'] === 'audio')
        heard = {
          packets: Number(report['packetsReceived'] ?? 0),
          level: Number(report['audioLevel'] ?? 0),
        };
    });
    return heard;
  });
}

/**
 * Issue 15 item 8 in the browser: with Twilio carrying the calls, operator1's
 * console registers a Voice SDK device; a call to client A is offered;
 * accepting it makes Dengon dequeue the caller to the device through the REST
 * API (a local fake), Twilio rings the device and it answers by itself;
 * audio flows both ways; hanging up ends the call.
 */
describe('the operator’s Twilio device', () => {
  let dengon: RunningDengon;
  let fake: FakeTwilio;
  let operatorBrowser: Browser;
  let callerBrowser: Browser;
  const work = mkdtempSync(join(tmpdir(), 'dengon-twilio-e2e-'));

  beforeAll(async () => {
    fake = await FakeTwilio.start(ACCOUNT, KEY);
    [dengon, operatorBrowser, callerBrowser] = await Promise.all([
      RunningDengon.start({
        TWILIO_AUTH_TOKEN: TOKEN,
        TWILIO_ACCOUNT_SID: ACCOUNT,
        TWILIO_API_KEY_SID: KEY.sid,
        TWILIO_API_KEY_SECRET: KEY.secret,
        TWILIO_TWIML_APP_SID: APP,
        TWILIO_API_BASE_URL: fake.baseUrl,
        PUBLIC_URL,
      }),
      launchBrowser([
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-audio-capture=${toneFile(join(work, 'operator.wav'), 660, 30)}`,
        '--allow-loopback-in-peer-connection',
        '--autoplay-policy=no-user-gesture-required',
      ]),
      launchBrowser([
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-audio-capture=${toneFile(join(work, 'caller.wav'), 440, 30)}`,
        '--allow-loopback-in-peer-connection',
        '--autoplay-policy=no-user-gesture-required',
      ]),
    ]);
  }, 90_000);
  afterAll(async () => {
    await operatorBrowser?.close();
    await callerBrowser?.close();
    await dengon?.stop();
    await fake?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** A webhook as Twilio sends it, signed over PUBLIC_URL. */
  const webhook = (path: string, params: Record<string, string>) =>
    twilioWebhooks({ baseUrl: dengon.baseUrl, publicUrl: PUBLIC_URL, authToken: TOKEN })(
      path,
      params,
    );

  /** Twilio reports the call's end. */
  const ended = (sid: string) =>
    webhook('/telephony/twilio/status', {
      CallSid: sid,
      AccountSid: ACCOUNT,
      CallStatus: 'completed',
      CallDuration: '9',
    });

  it('registers, rings with the offer, answers with one key and carries audio both ways', async () => {
    await coverAllDay(dengon.baseUrl, CLIENT_A);
    const edge = new SignallingEdge();
    const operator = await operatorBrowser.newPage({
      locale: 'ja-JP',
      viewport: { width: 1440, height: 960 },
    });
    await edge.attach(operator);
    await operator.goto(`${dengon.baseUrl}/console/`);
    await signIn(operator, 'operator1@dengon.example');
    await operator.getByRole('heading', { name: '通話' }).waitFor();
    // The device registered at the Tokyo edge with the token Dengon issued for operator1.
    await operator
      .locator('[data-testid="voice-line"][data-line="ready"]')
      .waitFor({ timeout: 15_000 });
    const listen = await edge.next('listen');
    const identity = (
      JSON.parse(
        Buffer.from(String(listen.payload['token']).split('.')[1]!, 'base64url').toString(),
      ) as { grants: { identity: string } }
    ).grants.identity;
    expect(identity).toMatch(/^op-[0-9a-f-]{36}$/);
    await operator.keyboard.press('Alt+1');
    await operator.getByTestId('my-state').getByText('受付可').waitFor();

    const incoming = await webhook('/telephony/twilio/voice', {
      CallSid: CALL_SID,
      AccountSid: ACCOUNT,
      From: '+81312345678',
      To: '+81120100200',
      CallStatus: 'ringing',
      Direction: 'inbound',
    });
    expect(await incoming.text()).toContain('<Enqueue>');
    const offer = operator.getByTestId('offer');
    await offer.waitFor({ timeout: 20_000 });
    await offer.getByTestId('offer-client').getByText(CLIENT_A).waitFor();
    await offer.getByText('03-1234-5678').waitFor();

    await operator.keyboard.press('Enter');
    // Dengon asks Twilio to take the caller out of the queue to operator1's device,
    // recorded after the consent as client A's contract says.
    const dequeue = await fake.next(
      (r) => r.method === 'POST' && r.path.endsWith(`/Calls/${CALL_SID}.json`),
    );
    expect(dequeue.form['Twiml']).toContain(
      '<Say language="ja-JP">この通話は品質向上のため録音させていただきます。</Say>',
    );
    expect(dequeue.form['Twiml']).toContain(`<Client>${identity}</Client>`);
    // Twilio dials the device: the caller's media offer arrives over its signalling.
    const caller = await callerBrowser.newPage();
    await caller.goto(`${dengon.baseUrl}/healthz`);
    edge.send('invite', {
      callsid: CALL_SID,
      sdp: await callerOffer(caller),
      parameters: { CallSid: CALL_SID, From: '+81312345678', To: `client:${identity}` },
    });
    const answer = await edge.next('answer');
    expect(answer.payload['callsid']).toBe(CALL_SID);
    await answerCaller(caller, String(answer.payload['sdp']));

    await operator.getByTestId('on-call').waitFor();
    await operator
      .locator('[data-testid="voice-line"][data-line="talking"]')
      .waitFor({ timeout: 15_000 });
    // The caller's tone reaches the console, and the operator's reaches the caller.
    await passes(async () => (await received(operator)).packets, 50, 'packets received');
    await passes(async () => (await received(operator)).level, 0.01, 'received audio level');
    await passes(async () => (await callerHears(caller)).packets, 50, 'packets the caller got');
    await passes(async () => (await callerHears(caller)).level, 0.01, 'the caller’s audio level');
    // Twilio's device cannot hold (Twilio holds through its REST API): not offered.
    await expect(operator.getByRole('button', { name: '保留', exact: true }).count()).resolves.toBe(
      0,
    );
    await shot(operator, 'twilio-1-talking');
    await operator.getByLabel('お名前').fill(CALLER);
    await operator.getByLabel('折り返し先電話番号').fill('03-1234-5678');
    await operator.getByLabel('ご用件').fill('Twilio 経由の確認です。');
    await operator.keyboard.press('Control+Enter');
    await operator.getByTestId('record-no').waitFor();

    await operator.getByRole('button', { name: '電話を切る' }).click();
    expect((await edge.next('hangup')).payload['callsid']).toBe(CALL_SID);
    await operator.getByText('お客様が電話を切りました').waitFor();
    expect((await ended(CALL_SID)).status).toBe(204);
    await operator.keyboard.press('Control+e');
    await operator.getByTestId('my-state').getByText('後処理').waitFor();
    await operator.close();
    await caller.close();
  }, 120_000);

  it('calls the caller back from the record: Twilio rings the device first, which answers by itself', async () => {
    const edge = new SignallingEdge();
    const operator = await operatorBrowser.newPage({
      locale: 'ja-JP',
      viewport: { width: 1440, height: 960 },
    });
    await edge.attach(operator);
    await operator.goto(`${dengon.baseUrl}/console/history`);
    await signIn(operator, 'operator1@dengon.example');
    await operator
      .getByRole('table', { name: '受付履歴' })
      .getByRole('row')
      .filter({ hasText: CALLER })
      .getByRole('link', { name: /受付番号 \S+ の詳細/ })
      .click();
    const drawer = operator.getByRole('dialog');
    const callBack = drawer.locator('button:enabled', { hasText: '折り返し発信' });
    await callBack.waitFor({ timeout: 15_000 });
    const before = fake.requests.length;
    await callBack.click();
    await drawer.getByText('03-1234-5678 に 0120-100-200 から発信します').waitFor();
    await drawer.getByText(/お客様には最初に録音のご案内が流れ/).waitFor();
    // Twilio is asked to ring operator1's device, then dial the caller after the consent whisper.
    const create = await fake.next(
      (r, i = fake.requests.indexOf(r)) => i >= before && r.path.endsWith('/Calls.json'),
    );
    const identity = create.form['To']!.replace(/^client:/, '');
    expect(identity).toMatch(/^op-/);
    expect(create.form['Twiml']).toContain(
      `<Number url="${PUBLIC_URL}/telephony/twilio/consent">+81312345678</Number>`,
    );
    const sid = create.createdSid!;
    const caller = await callerBrowser.newPage();
    await caller.goto(`${dengon.baseUrl}/healthz`);
    edge.send('invite', {
      callsid: sid,
      sdp: await callerOffer(caller),
      parameters: { CallSid: sid, From: '+81120100200', To: `client:${identity}` },
    });
    await answerCaller(caller, String((await edge.next('answer')).payload['sdp']));
    // Answered by itself: the call's controls show what arrives, and the caller hears the operator.
    await passes(async () => (await received(operator)).level, 0.01, 'received audio level');
    await passes(async () => (await callerHears(caller)).level, 0.01, 'the caller’s audio level');
    await shot(operator, 'twilio-2-callback');
    await drawer.getByRole('button', { name: '電話を切る' }).click();
    expect((await edge.next('hangup')).payload['callsid']).toBe(sid);
    expect((await ended(sid)).status).toBe(204);
    await drawer.getByText('折り返しの通話が終わりました（後処理中）').waitFor();
    await operator.close();
    await caller.close();
  }, 120_000);
});
