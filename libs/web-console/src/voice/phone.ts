/** What the operator's headset is doing, for the screen. */
export type LineState =
  | { kind: 'offline' }
  | { kind: 'connecting' }
  | { kind: 'ready' }
  | { kind: 'ringing' }
  | { kind: 'dialing' }
  | { kind: 'talking'; muted: boolean; held: boolean }
  | { kind: 'failed'; reason: SoftphoneProblem };

/** Problems said to the operator in their language (i18n keys under `voice.problem`). */
export type SoftphoneProblem =
  'registration' | 'network' | 'noMicrophone' | 'microphoneDenied' | 'microphoneBusy' | 'media';

/** What was received on the call, from the WebRTC statistics. */
export interface AudioStats {
  packetsReceived: number;
  bytesReceived: number;
  audioLevel: number;
  packetsSent: number;
  jitterMs: number;
}

/** What the console's softphone registers with: Dengon's SIP edge or a Twilio Voice SDK device. */
export type PhoneCredential =
  | {
      kind: 'sip';
      wsUrl: string;
      sipUri: string;
      authorizationUser: string;
      password: string;
    }
  | { kind: 'twilio'; token: string; edge: string };

/**
 * The operator's headset, whichever provider carries the call. One call at a
 * time, as the ACD offers one at a time.
 */
export interface Phone {
  readonly line: LineState;
  /** Whether the operator can hold here (the SIP edge plays hold music; Twilio's device cannot hold). */
  readonly canHold: boolean;
  subscribe(listener: (state: LineState) => void): () => void;
  /** Registers with the credential; a renewal during a call waits until the call ends. */
  start(credential: PhoneCredential): void;
  stop(): void;
  /** Asks for the microphone before a call is accepted, so a missing one is said while the offer still rings. */
  checkMicrophone(): Promise<SoftphoneProblem | null>;
  /** The operator accepted the offer: answer the ringing call, or the one about to ring. */
  answer(): void;
  /**
   * A callback the API set up: the SIP softphone dials its target; Twilio
   * rings this device first (target null), which then answers by itself.
   */
  call(target: string | null): void;
  hangUp(): void;
  setMuted(muted: boolean): void;
  setHeld(held: boolean): void;
  sendDigit(digit: string): void;
  stats(): Promise<AudioStats | null>;
}

/** The state and listeners every phone keeps, and the microphone it asks for. */
export abstract class PhoneLine {
  private state: LineState = { kind: 'offline' };
  private readonly listeners = new Set<(state: LineState) => void>();

  constructor(private readonly microphone: () => string | null) {}

  get line(): LineState {
    return this.state;
  }

  subscribe(listener: (state: LineState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async checkMicrophone(): Promise<SoftphoneProblem | null> {
    try {
      const stream = await navigator.mediaDevices.getUserMedia(this.constraints());
      stream.getTracks().forEach((track) => track.stop());
      return null;
    } catch (error) {
      return microphoneProblem(error);
    }
  }

  /** The chosen microphone, or the browser's default. */
  protected constraints(): MediaStreamConstraints {
    const deviceId = this.microphone();
    return { audio: deviceId ? { deviceId: { exact: deviceId } } : true, video: false };
  }

  protected set(state: LineState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}

function microphoneProblem(error: unknown): SoftphoneProblem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noMicrophone';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'microphoneDenied';
  if (name === 'NotReadableError' || name === 'AbortError') return 'microphoneBusy';
  return 'media';
}
