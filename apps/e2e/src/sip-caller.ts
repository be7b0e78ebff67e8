import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tonePower } from '@dengon/test-doubles';

/** A tone as a WAV file made by sox: what a test plays into a call. */
export function toneFile(path: string, hertz: number, seconds: number): string {
  const made = spawnSync('sox', [
    '-n',
    '-r',
    '8000',
    '-b',
    '16',
    '-c',
    '1',
    path,
    'synth',
    String(seconds),
    'sine',
    String(hertz),
    'vol',
    '0.5',
  ]);
  if (made.status !== 0) throw new Error(`sox failed: ${made.stderr.toString()}`);
  return path;
}

/**
 * The RMS amplitude of a sound file (0–1) by sox: of a stretch of it, and of
 * one band of frequencies (to tell a test tone from speech).
 */
export function rmsOf(
  path: string,
  stretch?: { from: number; seconds?: number },
  band?: { low: number; high: number },
): number {
  const trim = stretch
    ? ['trim', String(stretch.from), ...(stretch.seconds ? [String(stretch.seconds)] : [])]
    : [];
  const filter = band ? ['sinc', `${band.low}-${band.high}`] : [];
  const stat = spawnSync('sox', [path, '-n', ...trim, ...filter, 'stat']);
  const match = /RMS\s+amplitude:\s+([0-9.]+)/.exec(stat.stderr.toString());
  if (!match) throw new Error(`sox could not read ${path}: ${stat.stderr.toString()}`);
  return Number(match[1]);
}

/**
 * How strongly one frequency sounds in a stretch of a 16-bit PCM WAV file
 * (per sample): a steady test tone stands far above speech there.
 */
export function toneLevel(
  path: string,
  hertz: number,
  stretch: { from: number; seconds: number },
): number {
  const wav = readFileSync(path);
  const rate = wav.readUInt32LE(24);
  let at = 12;
  while (wav.toString('latin1', at, at + 4) !== 'data') at += 8 + wav.readUInt32LE(at + 4);
  const samples = Math.floor(wav.readUInt32LE(at + 4) / 2);
  const from = Math.floor(stretch.from * rate);
  const to = Math.min(samples, from + Math.floor(stretch.seconds * rate));
  if (to <= from) throw new Error(`${path} is shorter than ${stretch.from} s`);
  const power = tonePower((i) => wav.readInt16LE(at + 8 + 2 * i), rate, hertz, from, to);
  return Math.sqrt(Math.max(0, power)) / (to - from);
}

/**
 * A caller on a carrier trunk: baresip from Debian dials a number at the SIP
 * edge from 127.0.0.1, plays a sound into the call and records what it hears.
 */
export class SipCaller {
  private output = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly recordings: string,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
  }

  static dial(options: {
    dir: string;
    edge: string;
    number: string;
    from: string;
    sound: string;
    port: number;
    seconds: number;
  }): SipCaller {
    return SipCaller.launch(options, `<sip:${options.from}@127.0.0.1>;regint=0;audio_codecs=PCMU`, [
      '-e',
      `/dial sip:${options.number}@${options.edge}`,
    ]);
  }

  /**
   * The caller waiting for a callback, behind the carrier's trunk: baresip
   * listens as their number and answers at once, playing a sound and
   * recording what it hears.
   */
  static awaitCallback(options: {
    dir: string;
    number: string;
    sound: string;
    port: number;
    seconds: number;
  }): SipCaller {
    return SipCaller.launch(
      options,
      `<sip:${options.number}@127.0.0.1>;regint=0;answermode=auto;audio_codecs=PCMU`,
      [],
    );
  }

  private static launch(
    options: { dir: string; sound: string; port: number; seconds: number },
    account: string,
    commands: string[],
  ): SipCaller {
    const recordings = join(options.dir, 'heard');
    mkdirSync(recordings, { recursive: true });
    writeFileSync(
      join(options.dir, 'config'),
      [
        'poll_method epoll',
        `sip_listen 127.0.0.1:${options.port}`,
        `audio_source aufile,${options.sound}`,
        `audio_player aufile,${join(options.dir, 'player.wav')}`,
        `audio_alert aufile,${join(options.dir, 'alert.wav')}`,
        'rtp_ports 41000-41999',
        'module_path /usr/lib/baresip/modules',
        'module g711.so',
        'module aufile.so',
        'module sndfile.so',
        `snd_path ${recordings}`,
        'module_app account.so',
        'module_app menu.so',
        'sip_trans_def udp',
        '',
      ].join('\n'),
    );
    writeFileSync(join(options.dir, 'accounts'), `${account}\n`);
    writeFileSync(join(options.dir, 'contacts'), '');
    const child = spawn(
      'baresip',
      ['-f', options.dir, '-n', '127.0.0.1', '-t', String(options.seconds), ...commands],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    return new SipCaller(child, recordings);
  }

  get log(): string {
    return this.output;
  }

  /** The files of what the caller heard (sndfile writes the decoded far end as *-dec.wav). */
  heard(): string[] {
    return readdirSync(this.recordings)
      .filter((f) => f.endsWith('dec.wav'))
      .map((f) => join(this.recordings, f));
  }

  /** Resolves when the call is answered: baresip says it is established. */
  established(timeoutMs = 20_000): Promise<void> {
    return this.saying(/established/i, "the caller's call was not answered", timeoutMs);
  }

  /** Resolves when the call is over: baresip says its session closed (or it exited). */
  ended(timeoutMs = 15_000): Promise<void> {
    return this.saying(/session closed/, "the caller's call did not end", timeoutMs);
  }

  private async saying(said: RegExp, failure: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!said.test(this.output) && this.child.exitCode === null) {
      if (Date.now() > deadline) throw new Error(`${failure}:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  hangUp(): void {
    this.child.kill('SIGTERM');
  }
}
