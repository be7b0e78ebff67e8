import { readdirSync, readFileSync } from 'node:fs';

/** Latency figures of a run, in milliseconds. */
export function percentiles(samplesNs: bigint[]): {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  n: number;
} {
  const ms = samplesNs.map((ns) => Number(ns) / 1e6).sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: ms.at(-1) ?? NaN, n: ms.length };
}

export async function timeEach<T>(
  inputs: readonly T[],
  work: (input: T) => Promise<unknown>,
): Promise<bigint[]> {
  const samples: bigint[] = [];
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    await work(input);
    samples.push(process.hrtime.bigint() - start);
  }
  return samples;
}

export const fmt = (s: ReturnType<typeof percentiles>) =>
  `p50 ${s.p50.toFixed(3)} ms  p95 ${s.p95.toFixed(3)} ms  p99 ${s.p99.toFixed(3)} ms  max ${s.max.toFixed(3)} ms  (n=${s.n})`;

/** A process's resident memory now (VmRSS), and the most it has held (VmHWM), from /proc. */
const procStatus = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(
    new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ??
      0,
  ) * 1024;
export const rssOf = (pid: number) => procStatus(pid, 'VmRSS');
export const peakRssOf = (pid: number) => procStatus(pid, 'VmHWM');

/** CPU time a process has used so far (user + system), in milliseconds, from /proc. */
export function cpuMsOf(pid: number): number {
  // Fields after the command name: state is the first, utime the 12th, stime the 13th (in ticks).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS);
}

/** The clock ticks per second /proc counts CPU time in (USER_HZ: 100 on Linux). */
const CLOCK_TICKS = 100;

/** CPU time all PostgreSQL processes of this machine have used so far, in milliseconds. */
export function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
        total += cpuMsOf(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}
