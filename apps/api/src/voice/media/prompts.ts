import { Logger } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeWav, SAMPLE_RATE } from '../call-audio';

/**
 * What callers hear from Dengon itself. The spoken ones are rendered from
 * voice/prompts.json by tools/voice.mjs (espeak-ng, then sox to 8 kHz); a
 * service may replace any file with a recorded voice of its own.
 */
export const PROMPTS = ['consent', 'waiting', 'voicemail', 'declined', 'hold'] as const;
export type Prompt = (typeof PROMPTS)[number];

/** A tone as samples: the voicemail beep, and what plays where a prompt file is missing. */
export function tone(hertz: number, seconds: number, amplitude = 0.3): Int16Array {
  const count = Math.round(seconds * SAMPLE_RATE);
  const fade = Math.min(80, count >> 1); // 10 ms ramps, so the tone does not click
  return Int16Array.from({ length: count }, (_, n) => {
    const ramp = Math.min(1, n / fade, (count - 1 - n) / fade);
    return Math.round(32767 * amplitude * ramp * Math.sin((2 * Math.PI * hertz * n) / SAMPLE_RATE));
  });
}

export function silence(seconds: number): Int16Array {
  return new Int16Array(Math.round(seconds * SAMPLE_RATE));
}

export function concat(...parts: Int16Array[]): Int16Array {
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Prompt files from one folder, read once; a missing or unreadable one is a chime, said once in the log. */
export class Prompts {
  private readonly log = new Logger('Prompts');
  private readonly cache = new Map<Prompt, Promise<Int16Array>>();

  constructor(private readonly dir: string) {}

  get(prompt: Prompt): Promise<Int16Array> {
    let found = this.cache.get(prompt);
    if (!found) {
      found = this.read(prompt);
      this.cache.set(prompt, found);
    }
    return found;
  }

  private async read(prompt: Prompt): Promise<Int16Array> {
    const file = join(this.dir, `${prompt}.wav`);
    try {
      const wav = decodeWav(await readFile(file));
      if (wav.sampleRate !== SAMPLE_RATE)
        throw new Error(`${wav.sampleRate} Hz, not ${SAMPLE_RATE} Hz`);
      return wav.samples;
    } catch (error) {
      this.log.warn(
        `${file}: ${error instanceof Error ? error.message : String(error)}; a chime plays instead (tools/voice.mjs renders the prompts with espeak-ng)`,
      );
      return concat(tone(880, 0.3), silence(0.1), tone(660, 0.5), silence(1));
    }
  }
}
