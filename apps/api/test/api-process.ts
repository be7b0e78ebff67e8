import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The API as `npm start` runs it (src/main.ts), in a process of its own that a test can kill. */
export function apiProcess(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
} {
  const child = spawn(
    process.execPath,
    [join(__dirname, 'ts-process.cjs'), join(__dirname, '../src/main.ts')],
    {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: '0',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'dengon-process-')),
        JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
        JOB_POLL_SECONDS: '0.5',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

/** Resolves when the process has exited (at once if it already has). */
export const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));
