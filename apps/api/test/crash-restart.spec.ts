import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each start of the API here starts (or initialises) its own PostgreSQL.
jest.setTimeout(120_000);

/** `npm start`'s API (src/main.ts) on its own embedded PostgreSQL under dataDir, in a process the test can kill. */
function startApi(dataDir: string): {
  child: ChildProcess;
  output: () => string;
  running: Promise<void>;
} {
  const child = spawn(
    process.execPath,
    [join(__dirname, 'ts-process.cjs'), join(__dirname, '../src/main.ts')],
    {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: '0',
        DATABASE_URL: '',
        DATA_DIR: dataDir,
        SEED_DEMO: 'false',
        JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const running = new Promise<void>((resolve, reject) => {
    const read = (d: Buffer) => {
      output += d.toString();
      if (output.includes('Dengon is running')) resolve();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the API exited (${code}):\n${output}`)));
  });
  running.catch(() => undefined);
  return { child, output: () => output, running };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

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
