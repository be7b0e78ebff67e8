import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { once } from 'node:events';
import { parse as parseSdp, write as writeSdp } from 'sdp-transform';
import { encodeWav, PT_PCMU } from '../call-audio';
import { concat, type Prompts, silence, tone } from './prompts';
import { RtpStream } from './rtp-stream';
import {
  headerOf,
  headersOf,
  parseSip,
  responseTo,
  serialize,
  type SipHeader,
  type SipMessage,
  type SipRequest,
  type SipResponse,
  tagOf,
  uriOf,
  userOf,
} from './sip-message';

/** What the media server asks of the rest of Dengon about a call, by its SIP Call-ID. */
export interface MediaCalls {
  /** The caller still waits for an operator: not offered, not ended. */
  stillWaiting(callId: string): Promise<boolean>;
  /** The voicemail greeting of the call's client; null for the standard one. */
  greetingOf(callId: string): Promise<Int16Array | null>;
  /** The caller left a message (16-bit 8 kHz WAV). */
  voicemailLeft(callId: string, message: { wav: Buffer; seconds: number }): Promise<void>;
}

/** The services a leg can give, by the user part of the Request-URI the edge sends to. */
export const MEDIA_SERVICES = ['consent', 'waiting', 'voicemail', 'declined'] as const;
export type MediaService = (typeof MEDIA_SERVICES)[number];

export interface MediaServerOptions {
  /** Where to listen for SIP (UDP) and send RTP from. */
  address: string;
  port: number;
  /** The only address SIP is taken from: the voice edge. */
  edgeAddress: string;
  prompts: Prompts;
  calls: MediaCalls;
  voicemailMaxSeconds: number;
  /** How often the waiting announcement comes back between stretches of hold music. */
  waitingRepeatSeconds: number;
  /** How often a waiting caller's place is checked. */
  pollMs?: number;
}

// RFC 3261 timers: a final answer to an INVITE is resent until its ACK comes.
const T1 = 500;
const T2 = 4000;
const TIMER_H = 64 * T1;

interface Leg {
  service: MediaService;
  invite: SipRequest;
  callId: string;
  toTag: string;
  edge: RemoteInfo;
  rtp: RtpStream;
  answer: string;
  /** The final response to the INVITE once sent, resent until ACKed. */
  final: SipResponse | null;
  retransmit: NodeJS.Timeout | null;
  ended: boolean;
  /** Resolves once the leg has ended. */
  closed: Promise<void>;
  close: () => void;
  cseq: number;
}

/**
 * Dengon's own media endpoint behind the voice edge: the announcements a
 * caller hears before an operator (recording consent, "all lines are busy"
 * with hold music between) as early media, and voicemail, answered, with the
 * client's greeting, a beep and the message recorded. It is a SIP user agent
 * server for the edge alone (one trusted proxy on a private address), speaking
 * PCMU RTP that rtpengine relays to and from the caller.
 */
export class SipMediaServer {
  private readonly log = new Logger('MediaServer');
  private socket: Socket | null = null;
  private readonly legs = new Map<string, Leg>(); // by our To tag
  private readonly transactions = new Map<string, Leg>(); // by Call-ID + INVITE branch

  constructor(private readonly options: MediaServerOptions) {}

  async start(): Promise<void> {
    const socket = createSocket('udp4');
    socket.on('message', (msg, from) => this.receive(msg, from));
    socket.on('error', (error) => this.log.error(`SIP socket: ${error.message}`));
    socket.bind(this.options.port, this.options.address);
    await once(socket, 'listening');
    this.socket = socket;
  }

  get port(): number {
    return this.socket?.address().port ?? 0;
  }

  /** Ends every leg (the edge tidies the calls) and stops listening. */
  async stop(): Promise<void> {
    for (const leg of [...this.legs.values(), ...this.transactions.values()]) {
      this.stopResending(leg);
      this.end(leg);
    }
    const socket = this.socket;
    this.socket = null;
    if (socket) await new Promise<void>((resolve) => socket.close(() => resolve()));
  }

  private receive(msg: Buffer, from: RemoteInfo): void {
    // Only the edge talks to the media server; anything else is dropped unanswered.
    if (from.address !== this.options.edgeAddress) return;
    let message: SipMessage;
    try {
      message = parseSip(msg.toString('utf8'));
    } catch (error) {
      this.log.warn(
        `unreadable SIP from ${from.address}:${from.port}: ${(error as Error).message}`,
      );
      return;
    }
    if (message.kind === 'response') return; // to our BYE: nothing more to do
    const handled = this.handle(message, from);
    handled.catch((error: Error) => this.log.error(`${message.method}: ${error.message}`));
  }

  private async handle(request: SipRequest, from: RemoteInfo): Promise<void> {
    const callId = headerOf(request, 'Call-ID')!;
    const transaction = `${callId} ${branchOf(request)}`;
    const leg = this.legs.get(tagOf(headerOf(request, 'To')) ?? '');
    switch (request.method) {
      case 'INVITE': {
        const known = this.transactions.get(transaction);
        if (known) return this.resendLast(known);
        if (leg) return this.reply(from, responseTo(request, 200, 'OK', this.answerOf(leg)));
        if (tagOf(headerOf(request, 'To')))
          return this.reply(from, responseTo(request, 481, 'Call/Transaction Does Not Exist'));
        return this.invite(request, callId, transaction, from);
      }
      case 'ACK': {
        // A 2xx is acknowledged in its dialog, anything else in the INVITE's transaction.
        const acked = leg ?? this.transactions.get(transaction);
        if (acked?.final) this.stopResending(acked);
        return;
      }
      case 'CANCEL': {
        const cancelled = this.transactions.get(transaction);
        this.reply(
          from,
          responseTo(request, cancelled ? 200 : 481, cancelled ? 'OK' : 'No Such Call'),
        );
        if (cancelled && !cancelled.final) this.finish(cancelled, 487, 'Request Terminated');
        return;
      }
      case 'BYE':
        this.reply(from, responseTo(request, leg ? 200 : 481, leg ? 'OK' : 'No Such Call'));
        if (leg) this.end(leg);
        return;
      case 'OPTIONS':
        return this.reply(from, responseTo(request, 200, 'OK'));
      default:
        return this.reply(from, responseTo(request, 405, 'Method Not Allowed'));
    }
  }

  private async invite(
    invite: SipRequest,
    callId: string,
    transaction: string,
    edge: RemoteInfo,
  ): Promise<void> {
    const service = userOf(uriOf(invite.uri)) as MediaService;
    if (!MEDIA_SERVICES.includes(service))
      return this.reply(edge, responseTo(invite, 404, 'No Such Service'));
    const remote = pcmuTarget(invite.body);
    if (!remote) return this.reply(edge, responseTo(invite, 488, 'Not Acceptable Here'));
    this.reply(edge, responseTo(invite, 100, 'Trying'));

    const media = createSocket('udp4');
    media.bind(0, this.options.address);
    await once(media, 'listening');
    let close = () => {};
    const closed = new Promise<void>((resolve) => (close = resolve));
    const leg: Leg = {
      service,
      invite,
      callId,
      toTag: randomBytes(8).toString('hex'),
      edge,
      rtp: new RtpStream(media, remote),
      answer: answerSdp(this.options.address, media.address().port),
      final: null,
      retransmit: null,
      ended: false,
      closed,
      close,
      cseq: 1,
    };
    this.legs.set(leg.toTag, leg);
    this.transactions.set(transaction, leg);
    // Forget the transaction once no retransmission of it can arrive.
    setTimeout(() => this.transactions.delete(transaction), TIMER_H).unref();

    if (service === 'voicemail') await this.voicemail(leg);
    else await this.announce(leg);
  }

  /** Early media: the caller hears it while the call is still theirs to hang up, unanswered. */
  private async announce(leg: Leg): Promise<void> {
    this.reply(leg.edge, responseTo(leg.invite, 183, 'Session Progress', this.answerOf(leg)));
    const { prompts, calls } = this.options;
    // One announcement, then the edge goes on: to the operator, or (declined) to hang up.
    if (leg.service === 'consent' || leg.service === 'declined') {
      await leg.rtp.play(await prompts.get(leg.service));
      return this.finish(leg, 480, 'Announcement Done');
    }
    // Waiting: the announcement, then hold music, until the ACD offers the call.
    const poll = setInterval(() => {
      calls
        .stillWaiting(leg.callId)
        .then((waiting) => waiting || this.finish(leg, 480, 'Operator Found'))
        .catch((error: Error) => this.log.error(`stillWaiting: ${error.message}`));
    }, this.options.pollMs ?? 500);
    try {
      const [waiting, hold] = await Promise.all([prompts.get('waiting'), prompts.get('hold')]);
      while (!leg.ended) {
        await leg.rtp.play(waiting);
        const until = Date.now() + this.options.waitingRepeatSeconds * 1000;
        while (!leg.ended && Date.now() < until) await leg.rtp.play(hold);
      }
    } finally {
      clearInterval(poll);
    }
  }

  /** Answered: greeting, beep, then the message until the caller hangs up or time runs out. */
  private async voicemail(leg: Leg): Promise<void> {
    this.finish(leg, 200, 'OK');
    const greeting =
      (await this.options.calls.greetingOf(leg.callId).catch((error: Error) => {
        this.log.error(`greeting of ${leg.callId}: ${error.message}; the standard one plays`);
        return null;
      })) ?? (await this.options.prompts.get('voicemail'));
    await leg.rtp.play(concat(greeting, silence(0.3), tone(1000, 0.5), silence(0.1)));
    if (leg.ended) return;
    leg.rtp.record();
    const limit = setTimeout(() => {
      this.bye(leg);
      this.end(leg);
    }, this.options.voicemailMaxSeconds * 1000);
    await leg.closed;
    clearTimeout(limit);
  }

  /** Sends the INVITE's final response (resent until ACKed); a non-2xx ends the leg. */
  private finish(leg: Leg, status: number, reason: string): void {
    if (leg.final || leg.ended) return;
    leg.final = responseTo(leg.invite, status, reason, status < 300 ? this.answerOf(leg) : {});
    this.reply(leg.edge, leg.final);
    let interval = T1;
    const resend = () => {
      interval = Math.min(interval * 2, T2);
      if (leg.final) this.reply(leg.edge, leg.final);
      leg.retransmit = setTimeout(resend, interval);
    };
    leg.retransmit = setTimeout(resend, interval);
    setTimeout(() => this.stopResending(leg), TIMER_H).unref();
    if (status >= 300) this.end(leg);
  }

  private stopResending(leg: Leg): void {
    if (leg.retransmit) clearTimeout(leg.retransmit);
    leg.retransmit = null;
  }

  /** A retransmitted INVITE gets the leg's latest answer again. */
  private resendLast(leg: Leg): void {
    this.reply(
      leg.edge,
      leg.final ??
        (leg.service === 'voicemail'
          ? responseTo(leg.invite, 100, 'Trying')
          : responseTo(leg.invite, 183, 'Session Progress', this.answerOf(leg))),
    );
  }

  /** Hangs up an answered leg: a BYE along the edge's Record-Route to the caller's Contact. */
  private bye(leg: Leg): void {
    const invite = leg.invite;
    const routes = headersOf(invite, 'Record-Route');
    const bye: SipRequest = {
      kind: 'request',
      method: 'BYE',
      uri: uriOf(headerOf(invite, 'Contact') ?? headerOf(invite, 'From')!),
      headers: [
        [
          'Via',
          `SIP/2.0/UDP ${this.options.address}:${this.port};branch=z9hG4bK${randomBytes(8).toString('hex')};rport`,
        ],
        ['Max-Forwards', '70'],
        ...routes.map((route): SipHeader => ['Route', route]),
        ['From', `${headerOf(invite, 'To')!};tag=${leg.toTag}`],
        ['To', headerOf(invite, 'From')!],
        ['Call-ID', leg.callId],
        ['CSeq', `${++leg.cseq} BYE`],
      ],
      body: '',
    };
    this.reply(leg.edge, bye);
  }

  /** The leg is over: its audio stops; a voicemail's message is handed over. */
  private end(leg: Leg): void {
    if (leg.ended) return;
    leg.ended = true;
    this.legs.delete(leg.toTag);
    const message = leg.rtp.recording();
    leg.rtp.close();
    leg.close();
    if (leg.service === 'voicemail' && message.seconds >= 1)
      this.options.calls
        .voicemailLeft(leg.callId, { wav: encodeWav(message.samples), seconds: message.seconds })
        .catch((error: Error) =>
          this.log.error(`voicemail of ${leg.callId} not stored: ${error.message}`),
        );
  }

  private answerOf(leg: Leg): { toTag: string; headers: SipHeader[]; body: string } {
    return {
      toTag: leg.toTag,
      headers: [
        ['Contact', `<sip:${leg.service}@${this.options.address}:${this.port}>`],
        ['Content-Type', 'application/sdp'],
      ],
      body: leg.answer,
    };
  }

  private reply(to: RemoteInfo, message: SipMessage): void {
    this.socket?.send(serialize(message), to.port, to.address);
  }
}

function branchOf(request: SipRequest): string {
  return /;\s*branch=([^;\s]+)/i.exec(headerOf(request, 'Via') ?? '')?.[1] ?? '';
}

/** Where the offer wants PCMU sent, or null when it has no PCMU audio stream. */
export function pcmuTarget(body: string): { address: string; port: number } | null {
  if (!body) return null;
  const sdp = parseSdp(body);
  const audio = sdp.media.find(
    (m) =>
      m.type === 'audio' &&
      m.port > 0 &&
      String(m.payloads ?? '')
        .split(' ')
        .map(Number)
        .includes(PT_PCMU),
  );
  const address = audio?.connection?.ip ?? sdp.connection?.ip;
  return audio && address ? { address, port: audio.port } : null;
}

function answerSdp(address: string, port: number): string {
  const id = Date.now();
  return writeSdp({
    version: 0,
    origin: {
      username: 'dengon',
      sessionId: id,
      sessionVersion: 1,
      netType: 'IN',
      ipVer: 4,
      address,
    },
    name: 'Dengon',
    connection: { version: 4, ip: address },
    timing: { start: 0, stop: 0 },
    media: [
      {
        type: 'audio',
        port,
        protocol: 'RTP/AVP',
        payloads: String(PT_PCMU),
        rtp: [{ payload: PT_PCMU, codec: 'PCMU', rate: 8000 }],
        fmtp: [],
        ptime: 20,
        direction: 'sendrecv',
      },
    ],
  });
}
