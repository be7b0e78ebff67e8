import { C, UA, WebSocketInterface } from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';
import { type AudioStats, type Phone, type PhoneCredential, PhoneLine } from './phone';

type SipCredential = Extract<PhoneCredential, { kind: 'sip' }>;

/**
 * The console's SIP user agent (JsSIP over WebSocket to Dengon's SIP edge):
 * registers with the operator's short-lived credential, rings with an offer
 * and answers when the operator accepts it, and calls callers back. One call
 * at a time, as the ACD offers one at a time.
 */
export class SipPhone extends PhoneLine implements Phone {
  readonly canHold = true;
  private ua: UA | null = null;
  private session: RTCSession | null = null;
  private answerOnArrival = false;
  /** A renewed credential that waits for the call in progress to end. */
  private renewed: SipCredential | null = null;
  /** Where the caller's voice plays. */
  private readonly speaker: HTMLAudioElement;

  constructor(microphone: () => string | null) {
    super(microphone);
    this.speaker = new Audio();
    this.speaker.autoplay = true;
  }

  start(credentials: PhoneCredential): void {
    if (credentials.kind !== 'sip') return;
    if (this.session) {
      this.renewed = credentials;
      return;
    }
    this.stop();
    this.set({ kind: 'connecting' });
    const ua = new UA({
      sockets: [new WebSocketInterface(credentials.wsUrl)],
      uri: credentials.sipUri,
      authorization_user: credentials.authorizationUser,
      password: credentials.password,
      register: true,
      register_expires: 300,
      session_timers: false,
      user_agent: 'Dengon console',
    });
    ua.on('registered', () => this.session === null && this.set({ kind: 'ready' }));
    ua.on('registrationFailed', () => this.set({ kind: 'failed', reason: 'registration' }));
    ua.on('disconnected', () => this.set({ kind: 'failed', reason: 'network' }));
    ua.on(
      'newRTCSession',
      ({ session, originator }: { session: RTCSession; originator: string }) => {
        if (originator !== 'remote') return;
        // One call at a time: a second INVITE while on a call is refused as busy.
        if (this.session) {
          session.terminate({ status_code: 486 });
          return;
        }
        this.take(session);
      },
    );
    ua.start();
    this.ua = ua;
  }

  stop(): void {
    this.session?.terminate();
    this.session = null;
    this.ua?.stop();
    this.ua = null;
    this.set({ kind: 'offline' });
  }

  answer(): void {
    if (this.session && !this.session.isEstablished()) this.pickUp(this.session);
    else this.answerOnArrival = true;
  }

  /** Calls out (a callback the API set up): dialing until the far end answers, then talking. */
  call(target: string | null): void {
    if (!target || !this.ua || this.session) return;
    const session = this.ua.call(target, this.mediaOptions());
    this.take(session);
    this.set({ kind: 'dialing' });
    const connection = session.connection as RTCPeerConnection | undefined;
    if (connection) this.listen(connection);
  }

  hangUp(): void {
    this.answerOnArrival = false;
    this.session?.terminate();
  }

  setMuted(muted: boolean): void {
    if (!this.session) return;
    if (muted) this.session.mute({ audio: true });
    else this.session.unmute({ audio: true });
    this.talking();
  }

  /** The caller hears the edge's hold music while held. */
  setHeld(held: boolean): void {
    if (!this.session) return;
    if (held) this.session.hold();
    else this.session.unhold();
  }

  sendDigit(digit: string): void {
    this.session?.sendDTMF(digit, { transportType: C.DTMF_TRANSPORT.RFC2833 });
  }

  async stats(): Promise<AudioStats | null> {
    const connection = this.session?.connection as RTCPeerConnection | undefined;
    if (!connection) return null;
    const result: AudioStats = {
      packetsReceived: 0,
      bytesReceived: 0,
      audioLevel: 0,
      packetsSent: 0,
      jitterMs: 0,
    };
    (await connection.getStats()).forEach((report: Record<string, unknown>) => {
      if (report['type'] === 'inbound-rtp' && report['kind'] === 'audio') {
        result.packetsReceived = Number(report['packetsReceived'] ?? 0);
        result.bytesReceived = Number(report['bytesReceived'] ?? 0);
        result.audioLevel = Number(report['audioLevel'] ?? 0);
        result.jitterMs = Number(report['jitter'] ?? 0) * 1000;
      }
      if (report['type'] === 'outbound-rtp' && report['kind'] === 'audio')
        result.packetsSent = Number(report['packetsSent'] ?? 0);
    });
    return result;
  }

  private take(session: RTCSession): void {
    this.session = session;
    const done = () => {
      if (this.session !== session) return;
      this.session = null;
      this.answerOnArrival = false;
      this.speaker.srcObject = null;
      this.set(this.ua?.isRegistered() ? { kind: 'ready' } : { kind: 'offline' });
      const renewed = this.renewed;
      this.renewed = null;
      if (renewed) this.start(renewed);
    };
    session.on('ended', done);
    session.on('failed', done);
    session.on('confirmed', () => this.talking());
    session.on('hold', () => this.talking());
    session.on('unhold', () => this.talking());
    session.on('peerconnection', ({ peerconnection }: { peerconnection: RTCPeerConnection }) =>
      this.listen(peerconnection),
    );
    if (String(session.direction) === 'outgoing') return;
    if (this.answerOnArrival) {
      this.answerOnArrival = false;
      this.pickUp(session);
    } else {
      this.set({ kind: 'ringing' });
    }
  }

  private pickUp(session: RTCSession): void {
    session.answer(this.mediaOptions());
    const connection = session.connection as RTCPeerConnection | undefined;
    if (connection) this.listen(connection);
  }

  private listen(connection: RTCPeerConnection): void {
    connection.addEventListener('track', (event: RTCTrackEvent) => {
      this.speaker.srcObject = event.streams[0] ?? new MediaStream([event.track]);
      void this.speaker.play().catch(() => undefined);
    });
  }

  private talking(): void {
    const session = this.session;
    if (!session?.isEstablished()) return;
    const { local } = session.isOnHold();
    this.set({ kind: 'talking', muted: session.isMuted().audio ?? false, held: local });
  }

  private mediaOptions() {
    // The edge relays media (rtpengine): no STUN or TURN of the browser's own.
    return { mediaConstraints: this.constraints(), pcConfig: { iceServers: [] } };
  }
}
