import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  closeToday,
  coverAllDay,
  launchBrowser,
  passes,
  received,
  RunningDengon,
  shot,
  signIn,
} from './harness';
import { rmsOf, SipCaller, toneFile, toneLevel } from './sip-caller';
import { SipProbe } from './sip-probe';

const ROOT = resolve(__dirname, '../../..');
const CLIENT_A = '株式会社サンプル商事';
const CALLER = '録音 試験花子';
// Ports of this test's own voice edge, away from a developer's running one.
const EDGE = { sip: 25060, ws: 28088, wss: 28089, ng: 22323, rtp: '33000-33499', media: 25070 };
// The carrier's side of the trunk, where callbacks go out.
const TRUNK_OUT = 25090;
const SECRETS = {
  VOICE_AUTH_SECRET: 'e2e-voice-auth-secret-0123456789abcdef',
  VOICE_EDGE_SECRET: 'e2e-voice-edge-secret-0123456789abcdef',
};

/** The voice edge as `npm start` runs it (tools/voice.mjs), asking the given API. */
async function startEdge(
  dataDir: string,
  apiUrl: string,
): Promise<{ child: ChildProcess; log: () => string }> {
  const child = spawn(
    process.execPath,
    ['tools/voice.mjs', '--data-dir', dataDir, '--api-url', apiUrl],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...SECRETS,
        VOICE_SIP_PORT: String(EDGE.sip),
        VOICE_WS_PORT: String(EDGE.ws),
        VOICE_WSS_PORT: String(EDGE.wss),
        VOICE_NG_PORT: String(EDGE.ng),
        VOICE_RTP_PORTS: EDGE.rtp,
        VOICE_MEDIA_PORT: String(EDGE.media),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!(await listening(EDGE.wss))) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`The voice edge did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, log: () => output };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolveListening) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolveListening(true)));
    socket.once('error', () => resolveListening(false));
  });
}

/**
 * Opens the caller's record from the history page, plays its recording in the
 * page's audio player and returns its length in seconds as the screen says it.
 */
async function playRecording(page: Page, row: string): Promise<{ seconds: number; src: string }> {
  const table = page.getByRole('table', { name: '受付履歴' });
  await table
    .getByRole('row')
    .filter({ hasText: row })
    .getByRole('link', { name: /受付番号 \S+ の詳細/ })
    .click();
  const drawer = page.getByRole('dialog');
  // The recording is made once the edge has closed the call's capture.
  const player = drawer.getByTestId('recording');
  for (let tries = 0; !(await player.count()); tries++) {
    if (tries > 40) throw new Error('no recording on the record');
    await drawer.getByRole('button', { name: '閉じる' }).click();
    await page.waitForTimeout(500);
    await table
      .getByRole('row')
      .filter({ hasText: row })
      .getByRole('link', { name: /受付番号 \S+ の詳細/ })
      .click();
  }
  const played = await player.evaluate(async (audio: HTMLAudioElement) => {
    await audio.play();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return {
      currentTime: audio.currentTime,
      duration: audio.duration,
      error: audio.error?.message ?? null,
    };
  });
  expect(played.error).toBeNull();
  expect(played.currentTime).toBeGreaterThan(0.5);
  const text = await drawer.getByText(/^録音 \d+:\d{2}/).innerText();
  const [, minutes, secs] = /録音 (\d+):(\d{2})/.exec(text) ?? [];
  const src = (await player.getAttribute('src')) ?? '';
  await drawer.getByRole('button', { name: '閉じる' }).click();
  return { seconds: Number(minutes) * 60 + Number(secs), src };
}

/**
 * Issue 15, end to end on this machine: a caller on the carrier trunk (baresip)
 * dials client A's 0120 number into Kamailio and rtpengine; the API routes it
 * through the ACD to operator1, whose console rings; one key answers and audio
 * flows both ways; hold and resume; hang up.
 */
describe('a real call reaches the operator’s headset', () => {
  let dengon: RunningDengon;
  let browser: Browser;
  let edge: { child: ChildProcess; log: () => string } | undefined;
  const work = mkdtempSync(join(tmpdir(), 'dengon-voice-e2e-'));
  // The daemons run as their own users and must reach their folder.
  chmodSync(work, 0o755);

  const edgeLog = (daemon: string) => {
    const file = join(work, 'edge', 'voice', `${daemon}.log`);
    return existsSync(file) ? readFileSync(file, 'utf8').slice(-6000) : '(no log)';
  };

  /** A caller on the carrier trunk dials client A's 0120 number, playing a tone. */
  const dialClientA = (name: string, from: string, hertz: number, port: number) => {
    const dir = join(work, name);
    mkdirSync(dir);
    return SipCaller.dial({
      dir,
      edge: `127.0.0.1:${EDGE.sip}`,
      number: '0120100200',
      from,
      sound: toneFile(join(work, `${name}.wav`), hertz, 60),
      port,
      seconds: 60,
    });
  };

  beforeAll(async () => {
    const operatorVoice = toneFile(join(work, 'operator.wav'), 660, 30);
    [dengon, browser] = await Promise.all([
      RunningDengon.start({
        ...SECRETS,
        // Secure WebSocket, as a browser off localhost needs it.
        VOICE_WS_URL: `wss://127.0.0.1:${EDGE.wss}`,
        VOICE_RECORDINGS_DIR: join(work, 'edge', 'voice', 'recordings'),
        // The API's media server, where the edge sends announcements and voicemail.
        VOICE_MEDIA_PORT: String(EDGE.media),
        VOICE_PROMPTS_DIR: join(work, 'edge', 'voice', 'prompts'),
        VOICE_TRUNK_OUTBOUND: `127.0.0.1:${TRUNK_OUT}`,
      }),
      launchBrowser([
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-audio-capture=${operatorVoice}`,
        // A loopback-only network: without it WebRTC gathers no candidates (VOICE.md).
        '--allow-loopback-in-peer-connection',
        '--autoplay-policy=no-user-gesture-required',
        // The edge's certificate is self-signed for 127.0.0.1.
        '--ignore-certificate-errors',
      ]),
    ]);
    const port = new URL(dengon.baseUrl).port;
    edge = await startEdge(join(work, 'edge'), `http://127.0.0.1:${port}`);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    edge?.child.kill('SIGTERM');
    await dengon?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('rings operator1, is answered with one key, and carries audio both ways', async () => {
    await coverAllDay(dengon.baseUrl, CLIENT_A);
    const operator = await browser.newPage({
      locale: 'ja-JP',
      viewport: { width: 1440, height: 960 },
    });
    await operator.goto(`${dengon.baseUrl}/console/`);
    await signIn(operator, 'operator1@dengon.example');
    await operator.getByRole('heading', { name: '通話' }).waitFor();
    // The softphone registered with its short-lived credential.
    await operator
      .locator('[data-testid="voice-line"][data-line="ready"]')
      .waitFor({ timeout: 15_000 });
    await operator.keyboard.press('Alt+1');
    await operator.getByTestId('my-state').getByText('受付可').waitFor();

    const caller = dialClientA('caller', '0312345678', 440, 25080);
    try {
      const offer = operator.getByTestId('offer');
      await offer.waitFor({ timeout: 20_000 });
      await offer.getByTestId('offer-client').getByText(CLIENT_A).waitFor();
      await offer.getByText('03-1234-5678').waitFor();
      // The INVITE reached the browser: the headset rings with the offer.
      await operator
        .locator('[data-testid="voice-line"][data-line="ringing"]')
        .waitFor({ timeout: 15_000 });
      await shot(operator, 'voice-1-ringing');

      await operator.keyboard.press('Enter');
      await operator.getByTestId('on-call').waitFor();
      await operator
        .locator('[data-testid="voice-line"][data-line="talking"]')
        .waitFor({ timeout: 15_000 });
      const answeredAt = Date.now();

      // The caller's tone arrives in the browser: packets and a level above silence.
      await passes(async () => (await received(operator)).packets, 100, 'packets received');
      await passes(async () => (await received(operator)).level, 0.01, 'received audio level');
      await shot(operator, 'voice-2-talking');

      // Hold, then resume: the caller hears the hold melody meanwhile, and audio flows again after.
      await operator.getByRole('button', { name: '保留', exact: true }).click();
      await operator.getByText('保留中（お客様には保留音が流れています）').waitFor();
      await operator.waitForTimeout(3000);
      await operator.getByRole('button', { name: '保留解除' }).click();
      await operator
        .getByText('保留中（お客様には保留音が流れています）')
        .waitFor({ state: 'hidden' });
      const before = (await received(operator)).packets;
      await passes(
        async () => (await received(operator)).packets,
        before + 50,
        'packets after resuming',
      );

      // The intake is taken while talking.
      await operator.getByLabel('お名前').fill(CALLER);
      await operator.getByLabel('折り返し先電話番号').fill('03-1234-5678');
      await operator.getByLabel('ご用件').fill('録音の確認です。');
      await operator.keyboard.press('Control+Enter');
      await operator.getByTestId('record-no').waitFor();

      // The operator hangs up; the caller's line ends, having heard the operator.
      await operator.getByRole('button', { name: '電話を切る' }).click();
      const talkedSeconds = (Date.now() - answeredAt) / 1000;
      await caller.ended();
      const heard = caller.heard();
      expect(heard.length).toBeGreaterThan(0);
      const loudest = Math.max(...heard.map((file) => rmsOf(file)));
      // Client A records its calls: the caller heard the consent announcement first.
      const consent = Math.max(...heard.map((file) => rmsOf(file, { from: 0.5, seconds: 4 })));
      // While held, another source (rtpengine playing the hold melody) sent to the caller
      // instead of the operator, who came back on resume. (baresip drops the melody's
      // frames for their timestamps, so its sound is not in the caller's file to check.)
      const afterHold = caller.log.slice(caller.log.indexOf('got re-INVITE'));
      expect(afterHold.match(/SSRC changed/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      console.log(
        `voice e2e: the caller heard RMS ${loudest.toFixed(3)} (the consent announcement ${consent.toFixed(3)}); the browser received ${before} packets before hold`,
      );
      expect(consent).toBeGreaterThan(0.02);
      expect(loudest).toBeGreaterThan(0.05);
      await operator.getByText('お客様が電話を切りました').waitFor();
      await operator.keyboard.press('Control+e');
      await operator.getByTestId('my-state').getByText('後処理').waitFor();

      // Client A records its calls: the recording is on the record, as long as the call, and plays.
      await operator
        .getByRole('navigation', { name: 'メインメニュー' })
        .getByRole('link', { name: '受付履歴' })
        .click();
      const { seconds } = await playRecording(operator, CALLER);
      console.log(`voice e2e: talked ${talkedSeconds.toFixed(1)} s, recorded ${seconds} s`);
      expect(Math.abs(seconds - talkedSeconds)).toBeLessThanOrEqual(1);
      await shot(operator, 'voice-3-recording-console');

      // Client A's administrator plays it in the portal; client B sees no such record.
      const portalA = await browser.newPage({
        locale: 'ja-JP',
        viewport: { width: 1280, height: 900 },
      });
      await portalA.goto(`${dengon.baseUrl}/portal/history`);
      await signIn(portalA, 'admin@client-a.example');
      const { seconds: portalSeconds, src } = await playRecording(portalA, CALLER);
      expect(portalSeconds).toBe(seconds);
      await shot(portalA, 'voice-4-recording-portal');
      const recordingId = /\/recordings\/([0-9a-f-]+)\//.exec(src ?? '')?.[1];
      // Both voices are in it: the recording is not silent.
      const wav = join(work, 'recording.wav');
      writeFileSync(wav, Buffer.from(await (await fetch(`${dengon.baseUrl}${src}`)).arrayBuffer()));
      expect(rmsOf(wav)).toBeGreaterThan(0.05);
      const portalB = await browser.newPage({ locale: 'ja-JP' });
      await portalB.goto(`${dengon.baseUrl}/portal/history`);
      await signIn(portalB, 'admin@client-b.example');
      await portalB.getByRole('table', { name: '受付履歴' }).waitFor();
      expect(await portalB.getByText(CALLER).count()).toBe(0);
      const status = await portalB.evaluate(
        async (path) => (await fetch(path)).status,
        `/recordings/${recordingId}/audio.wav`,
      );
      expect(status).toBe(404);
    } catch (error) {
      console.error(
        `── caller\n${caller.log.slice(-3000)}\n── edge\n${edge?.log().slice(-3000)}\n── kamailio\n${edgeLog('kamailio')}\n── rtpengine\n${edgeLog('rtpengine')}`,
      );
      throw error;
    } finally {
      caller.hangUp();
    }
  }, 120_000);
  it('takes a voicemail out of hours that plays on its record, in the console and the portal', async () => {
    await closeToday(dengon.baseUrl, CLIENT_A);
    const caller = dialClientA('voicemail-caller', '0398765432', 523, 25082);
    try {
      // The media server answers: the greeting and the beep (about 12 s), then the message.
      await caller.established();
      await new Promise((r) => setTimeout(r, 16_000));
      caller.hangUp();
      await caller.ended();
      // The caller heard the greeting: speech, not silence.
      expect(Math.max(...caller.heard().map((file) => rmsOf(file)))).toBeGreaterThan(0.02);

      const operator = await browser.newPage({
        locale: 'ja-JP',
        viewport: { width: 1440, height: 960 },
      });
      await operator.goto(`${dengon.baseUrl}/console/history`);
      await signIn(operator, 'operator1@dengon.example');
      const { seconds } = await playRecording(operator, '03-9876-5432');
      console.log(`voice e2e: voicemail of ${seconds} s`);
      expect(seconds).toBeGreaterThanOrEqual(2);
      await operator
        .getByRole('table', { name: '受付履歴' })
        .getByRole('row')
        .filter({ hasText: '03-9876-5432' })
        .getByText('折り返し待ち')
        .waitFor();
      await shot(operator, 'voice-5-voicemail-console');

      const portal = await browser.newPage({
        locale: 'ja-JP',
        viewport: { width: 1280, height: 900 },
      });
      await portal.goto(`${dengon.baseUrl}/portal/history`);
      await signIn(portal, 'admin@client-a.example');
      expect((await playRecording(portal, '03-9876-5432')).seconds).toBe(seconds);
    } catch (error) {
      console.error(
        `── caller\n${caller.log.slice(-3000)}\n── kamailio\n${edgeLog('kamailio')}\n── rtpengine\n${edgeLog('rtpengine')}`,
      );
      throw error;
    } finally {
      caller.hangUp();
    }
  }, 120_000);
  it('refuses strangers: an INVITE from no trunk stores nothing; a bad or expired credential does not register', async () => {
    const edgeAddress = { host: '127.0.0.1', port: EDGE.sip };
    const stranger = await SipProbe.open('127.0.0.2', edgeAddress);
    const trunk = await SipProbe.open('127.0.0.1', edgeAddress);
    try {
      const callId = 'stranger-call@127.0.0.2';
      const invite = await stranger.request('INVITE', `sip:0120100200@127.0.0.1:${EDGE.sip}`, {
        From: '<sip:0312345678@127.0.0.2>;tag=stranger',
        To: '<sip:0120100200@127.0.0.1>',
        'Call-ID': callId,
        CSeq: '1 INVITE',
        Contact: '<sip:0312345678@127.0.0.2>',
      });
      expect(invite.status).toBe(403);
      // The API was never asked: it knows no such call.
      const known = await fetch(`${dengon.baseUrl}/telephony/sip/status`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-dengon-voice-key': SECRETS.VOICE_EDGE_SECRET,
        },
        body: JSON.stringify({ callId, status: 'completed' }),
      });
      expect(known.status).toBe(404);

      const user = 'op-00000000-0000-4000-8000-000000000001';
      const inAnHour = Math.floor(Date.now() / 1000) + 3600;
      const wrongSecret = await trunk.register(user, 'dengon.local', {
        secret: 'not-the-secret',
        expiry: inAnHour,
      });
      const expired = await trunk.register(user, 'dengon.local', {
        secret: SECRETS.VOICE_AUTH_SECRET,
        expiry: Math.floor(Date.now() / 1000) - 60,
      });
      const valid = await trunk.register(user, 'dengon.local', {
        secret: SECRETS.VOICE_AUTH_SECRET,
        expiry: inAnHour,
      });
      expect({ wrongSecret, expired, valid }).toEqual({
        wrongSecret: 401,
        expired: 401,
        valid: 200,
      });
    } finally {
      stranger.close();
      trunk.close();
    }
  });
  it("calls the voicemail's caller back from its record, showing the client's number", async () => {
    const callerDir = join(work, 'called-back');
    mkdirSync(callerDir);
    const caller = SipCaller.awaitCallback({
      dir: callerDir,
      number: '0398765432',
      sound: toneFile(join(work, 'called-back.wav'), 349, 60),
      port: TRUNK_OUT,
      seconds: 60,
    });
    const operator = await browser.newPage({
      locale: 'ja-JP',
      viewport: { width: 1440, height: 960 },
    });
    try {
      await operator.goto(`${dengon.baseUrl}/console/history`);
      await signIn(operator, 'operator1@dengon.example');
      await operator
        .getByRole('table', { name: '受付履歴' })
        .getByRole('row')
        .filter({ hasText: '03-9876-5432' })
        .getByRole('link', { name: /受付番号 \S+ の詳細/ })
        .click();
      const drawer = operator.getByRole('dialog');
      // Enabled once the softphone has registered.
      const callBack = drawer.locator('button:enabled', { hasText: '折り返し発信' });
      await callBack.waitFor({ timeout: 15_000 });
      await callBack.click();
      await drawer.getByText('03-9876-5432 に 0120-100-200 から発信します').waitFor();
      await drawer.getByText(/お客様には最初に録音のご案内が流れ/).waitFor();
      // The carrier's side answers; the caller sees the client's number and audio flows both ways.
      await passes(async () => (await received(operator)).packets, 100, 'packets received');
      await passes(async () => (await received(operator)).level, 0.01, 'received audio level');
      expect(caller.log).toMatch(/sip:0120100200@/);
      await shot(operator, 'voice-6-callback');
      // Past the consent announcement (6.3 s), the operator's voice reaches the caller.
      await operator.waitForTimeout(11_000);
      await drawer.getByRole('button', { name: '電話を切る' }).click();
      await caller.ended();
      const [heard] = caller.heard();
      expect(heard).toBeDefined();
      // Client A records its calls: the caller first hears the consent (speech), not the
      // operator's 660 Hz voice, which comes through only after it.
      const speech = rmsOf(heard!, { from: 0.5, seconds: 4 });
      const duringConsent = toneLevel(heard!, 660, { from: 0.5, seconds: 4 });
      const afterConsent = toneLevel(heard!, 660, { from: 9, seconds: 2 });
      expect({ speech: speech > 0.02, operatorAfterConsent: afterConsent > 200 }).toEqual({
        speech: true,
        operatorAfterConsent: true,
      });
      expect(duringConsent).toBeLessThan(afterConsent / 5);
      await drawer.getByText('折り返しの通話が終わりました（後処理中）').waitFor();
      // Client A records its calls: the callback's recording joins the voicemail on the record.
      const row = operator
        .getByRole('table', { name: '受付履歴' })
        .getByRole('row')
        .filter({ hasText: '03-9876-5432' })
        .getByRole('link', { name: /受付番号 \S+ の詳細/ });
      for (let tries = 0; (await drawer.getByTestId('recording').count()) < 2; tries++) {
        if (tries > 40) throw new Error('the callback was not recorded on the record');
        await drawer.getByRole('button', { name: '閉じる' }).click();
        await operator.waitForTimeout(500);
        await row.click();
      }
      await drawer.getByRole('heading', { name: /通話録音/ }).waitFor();
      await shot(operator, 'voice-7-callback-recorded');
      await operator.close();
    } catch (error) {
      console.error(
        `── called back\n${caller.log.slice(-3000)}\n── kamailio\n${edgeLog('kamailio')}`,
      );
      throw error;
    } finally {
      caller.hangUp();
    }
  }, 90_000);
  it('says a missing microphone in Japanese, and the offer stays with the operator until it times out', async () => {
    await coverAllDay(dengon.baseUrl, CLIENT_A);
    // A browser with no audio device at all: getUserMedia finds no microphone.
    const bare = await launchBrowser([
      '--use-fake-ui-for-media-stream',
      '--allow-loopback-in-peer-connection',
      '--ignore-certificate-errors',
    ]);
    let caller: SipCaller | undefined;
    try {
      const operator = await bare.newPage({
        locale: 'ja-JP',
        viewport: { width: 1440, height: 960 },
      });
      await operator.goto(`${dengon.baseUrl}/console/calls`);
      await signIn(operator, 'operator1@dengon.example');
      await operator
        .locator('[data-testid="voice-line"][data-line="ready"]')
        .waitFor({ timeout: 15_000 });
      await operator.keyboard.press('Alt+1');
      await operator.getByTestId('my-state').getByText('受付可').waitFor();
      caller = dialClientA('no-microphone-caller', '0311112222', 440, 25084);
      const offer = operator.getByTestId('offer');
      await offer.waitFor({ timeout: 20_000 });
      await operator.keyboard.press('Enter');
      await operator
        .getByTestId('headset-problem')
        .getByText(
          'マイクが見つかりません。ヘッドセットを接続してから、もう一度「応答する」を押してください。',
        )
        .waitFor();
      await shot(operator, 'voice-8-no-microphone');
      // Not accepted: still offered to me, not on a call.
      await operator.waitForTimeout(2000);
      expect(await offer.isVisible()).toBe(true);
      expect(await operator.getByTestId('on-call').count()).toBe(0);
      // Unanswered, the offer times out and moves on; I am put on a break.
      await operator
        .getByText('着信に応答しなかったため、状態が「休憩」になりました', { exact: false })
        .waitFor({ timeout: 25_000 });
    } finally {
      caller?.hangUp();
      await bare.close();
    }
  }, 90_000);
});
