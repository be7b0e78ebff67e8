import { tonePower } from '@dengon/test-doubles';
import { createSocket, type Socket } from 'node:dgram';
import { once } from 'node:events';
import { decodeG711, encodeUlaw, parseRtp, rtpPacket } from '../src/voice/call-audio';
import { pcmuTarget } from '../src/voice/media/media-server';
import { tone } from '../src/voice/media/prompts';
import {
  headerOf,
  parseSip,
  serialize,
  type SipMessage,
  type SipRequest,
} from '../src/voice/media/sip-message';

/** The power of one frequency in 8 kHz audio: enough to tell which tone is playing. */
export const tonePowerAt8k = (samples: Int16Array, hertz: number, from = 0, to = samples.length) =>
  tonePower((i) => samples[i]!, 8000, hertz, from, to);

/**
 * The voice edge as the media server sees it, for tests: SIP over UDP from a
 * loopback address, and the caller's side of the RTP.
 */
export class TestEdge {
  readonly received: SipMessage[] = [];
  readonly audio: Int16Array[] = [];
  private waiters: (() => void)[] = [];
  private calls = 0;

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

  static async open(address = '127.0.0.1'): Promise<TestEdge> {
    const sip = createSocket('udp4');
    const rtp = createSocket('udp4');
    sip.bind(0, address);
    rtp.bind(0, address);
    await Promise.all([once(sip, 'listening'), once(rtp, 'listening')]);
    return new TestEdge(sip, rtp);
  }

  send(port: number, message: SipMessage): void {
    this.sip.send(serialize(message), port, '127.0.0.1');
  }

  /** The next message (from index `after` on) that matches, within the time. */
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

  /** An INVITE as the edge relays a caller's, to `sip:{service}@…`, offering PCMA, PCMU and events. */
  invite(service: string, options: { callId?: string; sdp?: string } = {}): SipRequest {
    this.calls++;
    const sipPort = this.sip.address().port;
    const sdp =
      options.sdp ??
      [
        'v=0',
        'o=- 1 1 IN IP4 127.0.0.1',
        's=-',
        'c=IN IP4 127.0.0.1',
        't=0 0',
        `m=audio ${this.rtp.address().port} RTP/AVP 8 0 101`,
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
        ['Via', `SIP/2.0/UDP 127.0.0.1:${sipPort};branch=z9hG4bK${sipPort}x${this.calls}`],
        ['Record-Route', `<sip:127.0.0.1:${sipPort};lr>`],
        ['From', `<sip:0312345678@127.0.0.1>;tag=caller${this.calls}`],
        ['To', `<sip:0120100200@127.0.0.1>`],
        ['Call-ID', options.callId ?? `call-${sipPort}-${this.calls}@test`],
        ['CSeq', '1 INVITE'],
        ['Contact', '<sip:0312345678@127.0.0.1:5999>'],
        ['Content-Type', 'application/sdp'],
      ],
      body: sdp,
    };
  }

  /** A request of the caller's side in the dialog the answer opened (a new transaction). */
  inDialog(invite: SipRequest, answer: SipMessage, method: string): SipRequest {
    return {
      kind: 'request',
      method,
      uri: 'sip:x@127.0.0.1',
      headers: [
        [
          'Via',
          headerOf(invite, 'Via')!.replace(/branch=\S+/, `branch=z9hG4bK${method}${this.calls}`),
        ],
        ['From', headerOf(invite, 'From')!],
        ['To', headerOf(answer, 'To')!],
        ['Call-ID', headerOf(invite, 'Call-ID')!],
        ['CSeq', `2 ${method}`],
      ],
      body: '',
    };
  }

  /** The ACK of a non-2xx answer: hop by hop, in the INVITE's own transaction. */
  ackOfFailure(invite: SipRequest, answer: SipMessage): SipRequest {
    return {
      ...this.inDialog(invite, answer, 'ACK'),
      headers: [
        ['Via', headerOf(invite, 'Via')!],
        ['From', headerOf(invite, 'From')!],
        ['To', headerOf(answer, 'To')!],
        ['Call-ID', headerOf(invite, 'Call-ID')!],
        ['CSeq', '1 ACK'],
      ],
    };
  }

  /** Speaks a tone as the caller, 20 ms a packet, to where the answer's SDP says. */
  async speak(answer: SipMessage, seconds: number, hertz = 440): Promise<void> {
    const target = pcmuTarget(answer.body)!;
    const samples = tone(hertz, seconds, 0.5);
    for (let i = 0; i * 160 < samples.length; i++) {
      this.rtp.send(
        rtpPacket({
          payloadType: 0,
          marker: i === 0,
          sequence: i,
          timestamp: i * 160,
          ssrc: 42,
          payload: encodeUlaw(samples.subarray(i * 160, (i + 1) * 160)),
        }),
        target.port,
        target.address,
      );
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  close(): void {
    this.sip.close();
    this.rtp.close();
  }
}

const nameOf = (m: SipMessage) => (m.kind === 'request' ? m.method : `${m.status}`);

export const status = (code: number) => (m: SipMessage) =>
  m.kind === 'response' && m.status === code;
