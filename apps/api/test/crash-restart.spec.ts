import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiProcess, exited } from './api-process';

// Each start of the API here starts (or initialises) its own PostgreSQL.
jest.setTimeout(120_000);

/** `npm start`'s API on its own embedded PostgreSQL under dataDir; `running` resolves once it serves. */
function startApi(dataDir: string): {
  child: ChildProcess;
  output: () => string;
  running: Promise<void>;
} {
  const api = apiProcess({ DATABASE_URL: '', DATA_DIR: dataDir, SEED_DEMO: 'false' });
  const running = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (api.output().includes('Dengon is running')) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    api.child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the API exited (${code}):\n${api.output()}`));
    });
  });
  running.catch(() => undefined);
  return { ...api, running };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

describe('an API process killed with its embedded PostgreSQL running', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dengon-restart-'));
  const lockFile = join(dataDir, 'postgres', 'postmaster.pid');
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map(exited));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is started again: the next start stops the server left behind and comes up on the same data', async () => {
    const first = startApi(dataDir);
    children.push(first.child);
    await first.running;
    const stalePid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);

    first.child.kill('SIGKILL');
    await exited(first.child);
    // The server outlived the API and still holds the data folder.
    expect(alive(stalePid)).toBe(true);

    const second = startApi(dataDir);
    children.push(second.child);
    await second.running;
    expect(second.output()).toContain(`Stopping the PostgreSQL server (pid ${stalePid})`);
    expect(alive(stalePid)).toBe(false);
    expect(existsSync(lockFile)).toBe(true);

    second.child.kill('SIGTERM');
    await exited(second.child);
    expect(existsSync(lockFile)).toBe(false);
  });
});
