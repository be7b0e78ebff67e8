import { randomInt } from 'node:crypto';
import type { Socket } from 'node:dgram';
import { decodeG711, encodeUlaw, parseRtp, PT_PCMU, rtpPacket, SAMPLE_RATE } from '../call-audio';

/** 20 ms of G.711 at 8 kHz: what one RTP packet carries. */
const FRAME = 160;
const FRAME_MS = 20;

/**
 * One leg's audio on its own UDP socket: plays sounds to the far end as PCMU
 * paced by the clock, and keeps what arrives while asked to record.
 */
export class RtpStream {
  private readonly ssrc = randomInt(2 ** 31);
  private sequence = randomInt(2 ** 16);
  private timestamp = randomInt(2 ** 31);
  private playing: { stop: () => void } | null = null;
  private recorded: Int16Array[] | null = null;
  private closed = false;

  constructor(
    private readonly socket: Socket,
    private readonly remote: { address: string; port: number },
  ) {
    socket.on('message', (msg, from) => {
      // Only the address the SDP named may feed the recording.
      if (!this.recorded || from.address !== remote.address || from.port !== remote.port) return;
      const packet = parseRtp(msg);
      if (packet?.payloadType === PT_PCMU) this.recorded.push(decodeG711(packet.payload, PT_PCMU));
    });
  }

  /** Plays the samples (8 kHz) once; resolves when done or stopped. */
  play(samples: Int16Array): Promise<void> {
    this.playing?.stop();
    return new Promise((resolve) => {
      const started = Date.now();
      let sent = 0;
      const frames = Math.ceil(samples.length / FRAME);
      const stop = () => {
        clearInterval(timer);
        if (this.playing === handle) this.playing = null;
        resolve();
      };
      const handle = { stop };
      // Each tick sends every frame that is due, so a late timer does not slow the sound down.
      const timer = setInterval(() => {
        if (this.closed) return stop();
        const due = Math.min(frames, Math.floor((Date.now() - started) / FRAME_MS) + 1);
        for (; sent < due; sent++) {
          const frame = new Int16Array(FRAME);
          frame.set(samples.subarray(sent * FRAME, (sent + 1) * FRAME));
          this.socket.send(
            rtpPacket({
              payloadType: PT_PCMU,
              marker: sent === 0,
              sequence: this.sequence++,
              timestamp: this.timestamp,
              ssrc: this.ssrc,
              payload: encodeUlaw(frame),
            }),
            this.remote.port,
            this.remote.address,
          );
          this.timestamp = (this.timestamp + FRAME) >>> 0;
        }
        if (sent >= frames) stop();
      }, FRAME_MS);
      this.playing = handle;
    });
  }

  /** Keeps what the far end says from now on. */
  record(): void {
    this.recorded = [];
  }

  /** What was recorded, as one run of samples, and its length in seconds. */
  recording(): { samples: Int16Array; seconds: number } {
    const chunks = this.recorded ?? [];
    const samples = new Int16Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      samples.set(chunk, at);
      at += chunk.length;
    }
    return { samples, seconds: samples.length / SAMPLE_RATE };
  }

  close(): void {
    this.closed = true;
    this.playing?.stop();
    this.socket.close();
  }
}
