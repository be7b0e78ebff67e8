import type { NestExpressApplication } from '@nestjs/platform-express';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import {
  type EmbeddedDatabase,
  ensureDatabase,
  startEmbeddedPostgres,
} from '../src/database/embedded-postgres';
import { createDataSource } from '../src/data-source';
import { migrate } from '../src/database/migrate';

export interface BenchApi {
  base: string;
  url: string;
  dir: string;
  server: EmbeddedDatabase;
  /** The API in this process; null when it runs in its own (`apart`). */
  app: NestExpressApplication | null;
  /** The API's process id (this one, or its own). */
  pid: number;
  /** One GraphQL request; throws on any error, naming it. */
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<T>;
  login: (email: string) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * A benchmark's Dengon: its own embedded PostgreSQL (kept on disk, so it can
 * be restarted), migrated and seeded, and the API on a free port: in this
 * process, or with `apart` in its own (as `npm start` runs it), so that the
 * load a benchmark makes does not share the API's event loop.
 */
export async function benchApi(
  name: string,
  options: {
    password: string;
    seed: (ds: DataSource) => Promise<unknown>;
    env?: Record<string, string>;
    apart?: boolean;
    /** PostgreSQL keeps statement statistics (pg_stat_statements) for the benchmark to read. */
    trackStatements?: boolean;
  },
): Promise<BenchApi> {
  const dir = mkdtempSync(join(tmpdir(), `dengon-${name}-`));
  // BENCH_PG_STATEMENTS=1: PostgreSQL keeps statement statistics (pg_stat_statements) to print.
  const statements = process.env['BENCH_PG_STATEMENTS'] === '1';
  const tracked = statements || options.trackStatements === true;
  const server = await startEmbeddedPostgres(join(dir, 'pg'), {
    quiet: true,
    settings: tracked ? ['shared_preload_libraries=pg_stat_statements'] : [],
  });
  await ensureDatabase(server.url('postgres'), 'bench');
  const url = server.url('bench');
  const ds = await createDataSource(url).initialize();
  await migrate(ds);
  if (tracked) await ds.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await options.seed(ds);
  // A database in service has its statistics; without them the planner takes every table for empty.
  await ds.query('ANALYZE');
  await ds.destroy();
  const env = {
    NODE_ENV: 'test',
    DATA_DIR: dir,
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    ...options.env,
  };
  const running = options.apart ? await apiProcess(url, env) : await apiHere(url, env);
  const { base } = running;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  };
  return {
    base,
    url,
    dir,
    server,
    app: running.app,
    pid: running.pid,
    gql,
    login: async (email) =>
      (
        await gql<{ login: { accessToken: string } }>(
          `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
          { e: email, p: options.password },
        )
      ).login.accessToken,
    close: async () => {
      if (statements) await printStatements(url);
      await running.stop();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface RunningApi {
  base: string;
  app: NestExpressApplication | null;
  pid: number;
  stop: () => Promise<void>;
}

async function apiHere(url: string, env: Record<string, string>): Promise<RunningApi> {
  const app = await createApp({ config: loadConfig(env), databaseUrl: url, quiet: true });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, app, pid: process.pid, stop: () => app.close() };
}

/** The built API's own entry point (src/main.js) against the bench's database. */
async function apiProcess(url: string, env: Record<string, string>): Promise<RunningApi> {
  const port = await freePort();
  // BENCH_CPU_PROFILE=<dir>: the API writes a V8 CPU profile there when it stops.
  const profile = process.env['BENCH_CPU_PROFILE'];
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child = spawn(process.execPath, [...flags, join(__dirname, '../src/main.js')], {
    env: { ...process.env, ...env, DATABASE_URL: url, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, child);
  return {
    base,
    app: null,
    pid: child.pid!,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Waits until a server started as a child process answers its /healthz. */
export async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 60_000; ;) {
    if (child.exitCode !== null) throw new Error(`${base} exited with ${child.exitCode}`);
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    if (Date.now() > deadline) throw new Error(`${base} did not start within 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Where PostgreSQL spent its time, by statement (BENCH_PG_STATEMENTS=1). */
async function printStatements(url: string): Promise<void> {
  const pg = new Client({ connectionString: url });
  await pg.connect();
  const { rows } = await pg.query<{ ms: number; calls: string; mean: number; query: string }>(
    `SELECT round(total_exec_time)::int AS ms, calls, round(mean_exec_time::numeric, 3)::float AS mean,
            regexp_replace(left(query, 110), '\\s+', ' ', 'g') AS query
       FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25`,
  );
  await pg.end();
  console.log('PostgreSQL statements by total time (ms, calls, mean ms):');
  for (const r of rows)
    console.log(
      `  ${String(r.ms).padStart(7)} ${r.calls.padStart(8)} ${String(r.mean).padStart(8)}  ${r.query}`,
    );
}
