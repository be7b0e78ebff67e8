import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { status, TestEdge } from '../../../test/sip-test-edge';
import { decodeWav, encodeWav } from '../call-audio';
import { type MediaCalls, pcmuTarget, SipMediaServer } from './media-server';
import { Prompts, tone } from './prompts';
import { headerOf, headersOf, responseTo, type SipRequest, tagOf } from './sip-message';

const rms = (samples: Int16Array) =>
  Math.sqrt(samples.reduce((s, v) => s + v * v, 0) / Math.max(1, samples.length)) / 32768;

describe('SipMediaServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dengon-prompts-'));
  let server: SipMediaServer;
  let edge: TestEdge;
  let waiting = true;
  const left: { callId: string; wav: Buffer; seconds: number }[] = [];
  const mediaCalls: MediaCalls = {
    stillWaiting: () => Promise.resolve(waiting),
    // The standard greeting here; a client's own is tested through the API (voice-media.spec).
    greetingOf: () => Promise.resolve(null),
    voicemailLeft: (callId, message) => {
      left.push({ callId, ...message });
      return Promise.resolve();
    },
  };

  beforeAll(async () => {
    // Short prompts so the test runs in its own time; each a tone of its own pitch.
    writeFileSync(join(dir, 'consent.wav'), encodeWav(tone(500, 0.4)));
    writeFileSync(join(dir, 'waiting.wav'), encodeWav(tone(600, 0.3)));
    writeFileSync(join(dir, 'hold.wav'), encodeWav(tone(700, 0.3)));
    writeFileSync(join(dir, 'voicemail.wav'), encodeWav(tone(800, 0.3)));
    server = new SipMediaServer({
      address: '127.0.0.1',
      port: 0,
      edgeAddress: '127.0.0.1',
      prompts: new Prompts(dir),
      calls: mediaCalls,
      voicemailMaxSeconds: 2,
      waitingRepeatSeconds: 1,
      pollMs: 100,
    });
    await server.start();
  });
  beforeEach(async () => {
    waiting = true;
    left.length = 0;
    edge = await TestEdge.open();
  });
  afterEach(() => edge.close());
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plays the consent announcement as early media, then ends the branch for the edge to go on', async () => {
    const request = edge.invite('consent');
    edge.send(server.port, request);
    await edge.next(status(100));
    const early = await edge.next(status(183));
    expect(headerOf(early, 'Content-Type')).toBe('application/sdp');
    expect(pcmuTarget(early.body)).toEqual({ address: '127.0.0.1', port: expect.any(Number) });
    expect(tagOf(headerOf(early, 'To'))).toMatch(/^[0-9a-f]{16}$/);
    // The dialog-forming answer carries the edge's Record-Route back.
    expect(headersOf(early, 'Record-Route')).toEqual(headersOf(request, 'Record-Route'));
    const done = await edge.next(status(480));
    expect(done.kind === 'response' && done.reason).toBe('Announcement Done');
    // 0.4 s of the consent tone reached the caller, not silence.
    expect(edge.samplesHeard()).toBeGreaterThanOrEqual(0.4 * 8000 - 160);
    expect(rms(Int16Array.from(edge.audio.flatMap((a) => Array.from(a))))).toBeGreaterThan(0.1);
    // Its final answer is resent until acknowledged.
    const finals = () => edge.received.filter(status(480)).length;
    await new Promise((r) => setTimeout(r, 700));
    expect(finals()).toBeGreaterThan(1);
    // The ACK of a non-2xx answer belongs to the INVITE's transaction (its branch).
    edge.send(server.port, edge.ackOfFailure(request, done));
    await new Promise((r) => setTimeout(r, 300));
    const after = finals();
    await new Promise((r) => setTimeout(r, 1200));
    expect(finals()).toBe(after);
  });

  it('keeps a waiting caller on announcement and hold music until the call is offered', async () => {
    edge.send(server.port, edge.invite('waiting'));
    await edge.next(status(183));
    await new Promise((r) => setTimeout(r, 900));
    expect(edge.received.some(status(480))).toBe(false);
    const heard = edge.samplesHeard();
    expect(heard).toBeGreaterThan(0.6 * 8000);
    waiting = false;
    const offered = await edge.next(status(480));
    expect(offered.kind === 'response' && offered.reason).toBe('Operator Found');
  });

  it('stops at once when the edge cancels (the caller hung up)', async () => {
    const request = edge.invite('waiting');
    edge.send(server.port, request);
    await edge.next(status(183));
    edge.send(server.port, {
      ...request,
      method: 'CANCEL',
      body: '',
      headers: request.headers.map(([n, v]) => [n, n === 'CSeq' ? '1 CANCEL' : v]),
    });
    const replies = [await edge.next(status(200)), await edge.next(status(487))];
    expect(replies.map((r) => headerOf(r, 'CSeq'))).toEqual(['1 CANCEL', '1 INVITE']);
    const heard = edge.samplesHeard();
    await new Promise((r) => setTimeout(r, 300));
    expect(edge.samplesHeard()).toBe(heard);
  });

  it('answers voicemail: greeting and beep, then records the message until the caller hangs up', async () => {
    const request = edge.invite('voicemail');
    edge.send(server.port, request);
    const answered = await edge.next(status(200));
    edge.send(server.port, edge.inDialog(request, answered, 'ACK'));
    // The greeting (0.3 s) and the beep (0.5 s) come first.
    await new Promise((r) => setTimeout(r, 1300));
    expect(edge.samplesHeard()).toBeGreaterThanOrEqual(1.2 * 8000 - 320);
    await edge.speak(answered, 1.2);
    const from = edge.received.length;
    edge.send(server.port, edge.inDialog(request, answered, 'BYE'));
    await edge.next((m) => m.kind === 'response' && headerOf(m, 'CSeq') === '2 BYE', from);
    await new Promise((r) => setTimeout(r, 100));
    expect(left).toHaveLength(1);
    expect(left[0]!.callId).toBe(headerOf(request, 'Call-ID'));
    expect(left[0]!.seconds).toBeGreaterThan(1.1);
    expect(left[0]!.seconds).toBeLessThan(1.3);
    expect(rms(decodeWav(left[0]!.wav).samples)).toBeGreaterThan(0.3);
  });

  it('hangs up a message at the limit with a BYE along the edge’s route', async () => {
    const request = edge.invite('voicemail');
    edge.send(server.port, request);
    const answered = await edge.next(status(200));
    edge.send(server.port, edge.inDialog(request, answered, 'ACK'));
    const bye = await edge.next((m) => m.kind === 'request' && m.method === 'BYE', 0, 6000);
    expect(bye.kind === 'request' && bye.uri).toBe('sip:0312345678@127.0.0.1:5999');
    expect(headersOf(bye, 'Route')).toEqual(headersOf(request, 'Record-Route'));
    expect(tagOf(headerOf(bye, 'From'))).toBe(tagOf(headerOf(answered, 'To')));
    expect(headerOf(bye, 'To')).toBe(headerOf(request, 'From'));
    edge.send(server.port, responseTo(bye as SipRequest, 200, 'OK'));
    // Silence from the caller is no message.
    expect(left).toHaveLength(0);
  });

  it('refuses what it cannot serve, each with its own answer', async () => {
    edge.send(server.port, edge.invite('karaoke'));
    expect((await edge.next(status(404))).kind).toBe('response');
    const noPcmu = edge.invite('consent', {
      sdp: 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 8\r\n',
    });
    edge.send(server.port, noPcmu);
    await edge.next(status(488));
    const stray = edge.inDialog(
      edge.invite('consent'),
      { ...noPcmu, headers: [['To', '<sip:x@y>;tag=nope']] },
      'BYE',
    );
    edge.send(server.port, stray);
    await edge.next(status(481));
  });

  it('ignores SIP from anywhere but the edge', async () => {
    const stranger = await TestEdge.open('127.0.0.2');
    try {
      stranger.send(server.port, stranger.invite('voicemail'));
      await new Promise((r) => setTimeout(r, 400));
      expect(stranger.received).toHaveLength(0);
    } finally {
      stranger.close();
    }
  });
});
