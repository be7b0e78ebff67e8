import { createSocket, type Socket } from 'node:dgram';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeG711, decodeWav, encodeUlaw, encodeWav, parseRtp, rtpPacket } from '../call-audio';
import { type MediaCalls, pcmuTarget, SipMediaServer } from './media-server';
import { Prompts, tone } from './prompts';
import {
  headerOf,
  headersOf,
  parseSip,
  responseTo,
  serialize,
  type SipMessage,
  type SipRequest,
  tagOf,
} from './sip-message';

/** The voice edge as the media server sees it: SIP over UDP from 127.0.0.1, and the caller's RTP. */
class Edge {
  readonly received: SipMessage[] = [];
  readonly audio: Int16Array[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    readonly sip: Socket,
    readonly rtp: Socket,
  ) {
    sip.on('message', (msg) => {
      this.received.push(parseSip(msg.toString()));
      this.waiters.splice(0).forEach((w) => w());
    });
    rtp.on('message', (msg) => {
      const packet = parseRtp(msg);
      if (packet) this.audio.push(decodeG711(packet.payload, packet.payloadType));
    });
  }

  static async open(address = '127.0.0.1'): Promise<Edge> {
    const sip = createSocket('udp4');
    const rtp = createSocket('udp4');
    sip.bind(0, address);
    rtp.bind(0, address);
    await Promise.all([once(sip, 'listening'), once(rtp, 'listening')]);
    return new Edge(sip, rtp);
  }

  send(server: SipMediaServer, message: SipMessage): void {
    this.sip.send(serialize(message), server.port, '127.0.0.1');
  }

  /** The next message (from `after` on) that matches, within the time. */
  async next(match: (m: SipMessage) => boolean, after = 0, timeoutMs = 5000): Promise<SipMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(after).find(match);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no such message; got ${this.received.map(nameOf).join(', ')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  samplesHeard(): number {
    return this.audio.reduce((n, a) => n + a.length, 0);
  }

  close(): void {
    this.sip.close();
    this.rtp.close();
  }
}

const nameOf = (m: SipMessage) => (m.kind === 'request' ? m.method : `${m.status}`);
const status = (code: number) => (m: SipMessage) => m.kind === 'response' && m.status === code;

let calls = 0;
function invite(edge: Edge, service: string, options: { sdp?: string } = {}): SipRequest {
  calls++;
  const rtpPort = edge.rtp.address().port;
  const sdp =
    options.sdp ??
    [
      'v=0',
      'o=- 1 1 IN IP4 127.0.0.1',
      's=-',
      'c=IN IP4 127.0.0.1',
      't=0 0',
      `m=audio ${rtpPort} RTP/AVP 8 0 101`,
      'a=rtpmap:8 PCMA/8000',
      'a=rtpmap:0 PCMU/8000',
      'a=rtpmap:101 telephone-event/8000',
      '',
    ].join('\r\n');
  return {
    kind: 'request',
    method: 'INVITE',
    uri: `sip:${service}@127.0.0.1`,
    headers: [
      ['Via', `SIP/2.0/UDP 127.0.0.1:${edge.sip.address().port};branch=z9hG4bKcall${calls}`],
      ['Record-Route', `<sip:127.0.0.1:${edge.sip.address().port};lr>`],
      ['From', `<sip:0312345678@127.0.0.1>;tag=caller${calls}`],
      ['To', `<sip:0120100200@127.0.0.1>`],
      ['Call-ID', `call-${calls}@test`],
      ['CSeq', '1 INVITE'],
      ['Contact', '<sip:0312345678@127.0.0.1:5999>'],
      ['Content-Type', 'application/sdp'],
    ],
    body: sdp,
  };
}

/** An in-dialog request from the caller's side (ACK, BYE) for the leg the response opened. */
function inDialog(request: SipRequest, answer: SipMessage, method: string): SipRequest {
  return {
    kind: 'request',
    method,
    uri: 'sip:x@127.0.0.1',
    headers: [
      ['Via', `${headerOf(request, 'Via')!.replace(/branch=\S+/, `branch=z9hG4bK${method}`)}`],
      ['From', headerOf(request, 'From')!],
      ['To', headerOf(answer, 'To')!],
      ['Call-ID', headerOf(request, 'Call-ID')!],
      ['CSeq', `2 ${method}`],
    ],
    body: '',
  };
}

/** Plays a tone as the caller, 20 ms a packet, to where the answer's SDP says. */
async function speak(edge: Edge, answer: SipMessage, seconds: number): Promise<void> {
  const target = pcmuTarget(answer.body)!;
  const samples = tone(440, seconds, 0.5);
  for (let i = 0; i * 160 < samples.length; i++) {
    const frame = samples.subarray(i * 160, (i + 1) * 160);
    edge.rtp.send(
      rtpPacket({
        payloadType: 0,
        marker: i === 0,
        sequence: i,
        timestamp: i * 160,
        ssrc: 42,
        payload: encodeUlaw(frame),
      }),
      target.port,
      target.address,
    );
    await new Promise((r) => setTimeout(r, 5));
  }
}

const rms = (samples: Int16Array) =>
  Math.sqrt(samples.reduce((s, v) => s + v * v, 0) / Math.max(1, samples.length)) / 32768;

describe('SipMediaServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dengon-prompts-'));
  let server: SipMediaServer;
  let edge: Edge;
  let waiting = true;
  const left: { callId: string; wav: Buffer; seconds: number }[] = [];
  const mediaCalls: MediaCalls = {
    stillWaiting: () => Promise.resolve(waiting),
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
    edge = await Edge.open();
  });
  afterEach(() => edge.close());
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plays the consent announcement as early media, then ends the branch for the edge to go on', async () => {
    const request = invite(edge, 'consent');
    edge.send(server, request);
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
    edge.send(server, {
      ...inDialog(request, done, 'ACK'),
      headers: [
        ...inDialog(request, done, 'ACK').headers.filter(([n]) => n !== 'Via'),
        ['Via', headerOf(request, 'Via')!],
      ],
    });
    await new Promise((r) => setTimeout(r, 300));
    const after = finals();
    await new Promise((r) => setTimeout(r, 1200));
    expect(finals()).toBe(after);
  });

  it('keeps a waiting caller on announcement and hold music until the call is offered', async () => {
    edge.send(server, invite(edge, 'waiting'));
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
    const request = invite(edge, 'waiting');
    edge.send(server, request);
    await edge.next(status(183));
    edge.send(server, {
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
    const request = invite(edge, 'voicemail');
    edge.send(server, request);
    const answered = await edge.next(status(200));
    edge.send(server, inDialog(request, answered, 'ACK'));
    // The greeting (0.3 s) and the beep (0.5 s) come first.
    await new Promise((r) => setTimeout(r, 1300));
    expect(edge.samplesHeard()).toBeGreaterThanOrEqual(1.2 * 8000 - 320);
    await speak(edge, answered, 1.2);
    const from = edge.received.length;
    edge.send(server, inDialog(request, answered, 'BYE'));
    await edge.next((m) => m.kind === 'response' && headerOf(m, 'CSeq') === '2 BYE', from);
    await new Promise((r) => setTimeout(r, 100));
    expect(left).toHaveLength(1);
    expect(left[0]!.callId).toBe(headerOf(request, 'Call-ID'));
    expect(left[0]!.seconds).toBeGreaterThan(1.1);
    expect(left[0]!.seconds).toBeLessThan(1.3);
    expect(rms(decodeWav(left[0]!.wav).samples)).toBeGreaterThan(0.3);
  });

  it('hangs up a message at the limit with a BYE along the edge’s route', async () => {
    const request = invite(edge, 'voicemail');
    edge.send(server, request);
    const answered = await edge.next(status(200));
    edge.send(server, inDialog(request, answered, 'ACK'));
    const bye = await edge.next((m) => m.kind === 'request' && m.method === 'BYE', 0, 6000);
    expect(bye.kind === 'request' && bye.uri).toBe('sip:0312345678@127.0.0.1:5999');
    expect(headersOf(bye, 'Route')).toEqual(headersOf(request, 'Record-Route'));
    expect(tagOf(headerOf(bye, 'From'))).toBe(tagOf(headerOf(answered, 'To')));
    expect(headerOf(bye, 'To')).toBe(headerOf(request, 'From'));
    edge.send(server, responseTo(bye as SipRequest, 200, 'OK'));
    // Silence from the caller is no message.
    expect(left).toHaveLength(0);
  });

  it('refuses what it cannot serve, each with its own answer', async () => {
    edge.send(server, invite(edge, 'karaoke'));
    expect((await edge.next(status(404))).kind).toBe('response');
    const noPcmu = invite(edge, 'consent', {
      sdp: 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 8\r\n',
    });
    edge.send(server, noPcmu);
    await edge.next(status(488));
    const stray = inDialog(
      invite(edge, 'consent'),
      { ...noPcmu, headers: [['To', '<sip:x@y>;tag=nope']] },
      'BYE',
    );
    edge.send(server, stray);
    await edge.next(status(481));
  });

  it('ignores SIP from anywhere but the edge', async () => {
    const stranger = await Edge.open('127.0.0.2');
    try {
      stranger.send(server, invite(stranger, 'voicemail'));
      await new Promise((r) => setTimeout(r, 400));
      expect(stranger.received).toHaveLength(0);
    } finally {
      stranger.close();
    }
  });
});
