import { Call, Device, type RTCSample } from '@twilio/voice-sdk';
import { type AudioStats, type Phone, type PhoneCredential, PhoneLine } from './phone';

/** The loudest level Twilio's call samples report (16-bit). */
const FULL_SCALE = 32767;

/**
 * The console's headset on Twilio: a Voice JS SDK device registered as the
 * operator's client identity (op-{id}). Accepting an offer makes the API dequeue
 * the caller to this device, which answers when the call arrives; a callback
 * rings it first and is answered the same way. Hold is not the device's to do
 * (Twilio holds through its REST API), so the console offers none here.
 */
export class TwilioPhone extends PhoneLine implements Phone {
  readonly canHold = false;
  private device: Device | null = null;
  private current: Call | null = null;
  private answerOnArrival = false;
  private sample: AudioStats | null = null;

  start(credential: PhoneCredential): void {
    if (credential.kind !== 'twilio') return;
    // The device keeps its registration and any call; a new token only extends them.
    if (this.device) {
      this.device.updateToken(credential.token);
      return;
    }
    this.set({ kind: 'connecting' });
    const device = new Device(credential.token, {
      edge: credential.edge,
      codecPreferences: [Call.Codec.Opus, Call.Codec.PCMU],
      closeProtection: false,
      logLevel: 'warn',
    });
    // The console rings with the offer itself (tones.ts).
    device.audio?.incoming(false);
    device.on(Device.EventName.Registered, () => !this.current && this.set({ kind: 'ready' }));
    device.on(Device.EventName.Unregistered, () => this.set({ kind: 'offline' }));
    device.on(Device.EventName.Error, () => {
      if (!this.current) this.set({ kind: 'failed', reason: 'registration' });
    });
    device.on(Device.EventName.Incoming, (call: Call) => {
      if (this.current) call.reject();
      else this.take(call);
    });
    this.device = device;
    device.register().catch(() => this.set({ kind: 'failed', reason: 'registration' }));
  }

  stop(): void {
    this.current?.disconnect();
    this.current = null;
    this.device?.destroy();
    this.device = null;
    this.set({ kind: 'offline' });
  }

  answer(): void {
    if (this.current?.status() === Call.State.Pending) this.pickUp(this.current);
    else this.answerOnArrival = true;
  }

  /** Twilio rings this device for the callback first: it answers when that call arrives. */
  call(): void {
    this.answer();
  }

  hangUp(): void {
    this.answerOnArrival = false;
    const call = this.current;
    if (!call) return;
    if (call.status() === Call.State.Pending) call.reject();
    else call.disconnect();
  }

  setMuted(muted: boolean): void {
    this.current?.mute(muted);
  }

  setHeld(): void {
    // Not offered on Twilio (canHold is false).
  }

  sendDigit(digit: string): void {
    this.current?.sendDigits(digit);
  }

  stats(): Promise<AudioStats | null> {
    return Promise.resolve(this.current ? this.sample : null);
  }

  private take(call: Call): void {
    this.current = call;
    const done = () => {
      if (this.current !== call) return;
      this.current = null;
      this.answerOnArrival = false;
      this.sample = null;
      this.set(
        this.device?.state === Device.State.Registered ? { kind: 'ready' } : { kind: 'offline' },
      );
    };
    call.on('disconnect', done);
    call.on('cancel', done);
    call.on('reject', done);
    call.on('error', () => {
      if (call.status() === Call.State.Closed) done();
    });
    call.on('accept', () => this.talking());
    call.on('mute', () => this.talking());
    call.on('sample', (sample: RTCSample) => {
      this.sample = {
        packetsReceived: sample.totals.packetsReceived,
        bytesReceived: sample.totals.bytesReceived,
        audioLevel: sample.audioOutputLevel / FULL_SCALE,
        packetsSent: sample.totals.packetsSent,
        jitterMs: sample.jitter,
      };
    });
    if (this.answerOnArrival) {
      this.answerOnArrival = false;
      this.pickUp(call);
    } else {
      this.set({ kind: 'ringing' });
    }
  }

  private pickUp(call: Call): void {
    call.accept({ rtcConstraints: this.constraints() });
  }

  private talking(): void {
    const call = this.current;
    if (call?.status() !== Call.State.Open) return;
    this.set({ kind: 'talking', muted: call.isMuted(), held: false });
  }
}
