import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Client, createClient } from 'graphql-ws';
import { Client as Pg } from 'pg';
import WebSocket from 'ws';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { ensureDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { createDataSource } from '../src/database/data-source';
import { migrate } from '../src/database/migrate';
import { seedBench } from './seed';

/**
 * `npm run soak`: intake saves at --rate per second for --minutes, with
 * --subscribers portal users watching their history live, and PostgreSQL
 * restarted halfway. Every save carries an idempotency key and is retried
 * with it until acknowledged, as the console does. Prints errors outside the
 * restart, what the restart cost, memory over time, and whether every
 * acknowledged save is stored exactly once.
 */
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '200' },
    subscribers: { type: 'string', default: '100' },
  },
});
const MINUTES = Number(values.minutes);
const RATE = Number(values.rate);
const SUBSCRIBERS = Number(values.subscribers);
const PASSWORD = 'bench-password';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dengon-soak-'));
  // Persistent: a restart keeps the data (the folder goes with the rest at the end).
  const server = await startEmbeddedPostgres(join(dir, 'pg'), { quiet: true });
  try {
    await ensureDatabase(server.url('postgres'), 'soak');
    const url = server.url('soak');
    const ds = await createDataSource(url).initialize();
    await migrate(ds);
    await seedBench(ds.query.bind(ds), { clients: SUBSCRIBERS, operators: 10, password: PASSWORD });
    await ds.query('ANALYZE');
    await ds.destroy();

    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dir,
      JWT_SECRET: 'soak-secret-that-is-long-enough-0123456789',
      // The soak outlives a default access token; a console would refresh its own.
      ACCESS_TOKEN_TTL_SECONDS: String(MINUTES * 60 + 600),
    });
    const app = await createApp({ config, databaseUrl: url, quiet: true });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as {
        data?: Record<string, { id?: string; accessToken?: string } | null>;
        errors?: unknown[];
      };
    };
    const login = async (email: string) => {
      const r = await gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
        { e: email, p: PASSWORD },
      );
      const token = r.data?.['login']?.accessToken;
      if (!token) throw new Error(`${email} could not sign in: ${JSON.stringify(r.errors)}`);
      return token;
    };

    const pg = new Pg({ connectionString: url });
    await pg.connect();
    const clients = (
      await pg.query<{ id: string }>(`SELECT id FROM client_companies ORDER BY name`)
    ).rows.map((r) => r.id);
    await pg.end();
    const operator = await login('op0@bench.example');

    // Each client's administrator watches their history live.
    let events = 0;
    const sockets: Client[] = [];
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const token = await login(i === 0 ? 'admin@bench.example' : `admin${i}@bench.example`);
      const socket = createClient({
        url: `${base.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: Infinity,
        shouldRetry: () => true,
      });
      socket.subscribe(
        { query: 'subscription { intakeRecordChanged { id } }' },
        { next: () => void events++, error: () => undefined, complete: () => undefined },
      );
      sockets.push(socket);
    }
    await sleep(2000);

    const acknowledged = new Map<string, string>(); // idempotency key → record id
    let failedAttempts = 0;
    let failedOutsideRestart = 0;
    let restarting = false;
    const save = async (i: number) => {
      const key = randomUUID();
      for (;;) {
        const during = restarting;
        try {
          const r = await gql(
            `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
            {
              input: {
                clientCompanyId: clients[i % clients.length],
                channel: 'PHONE',
                fields: { caller_name: `山田 ${i}` },
                idempotencyKey: key,
              },
            },
            operator,
          );
          const id = r.data?.['createIntake']?.id;
          if (id) {
            acknowledged.set(key, id);
            return;
          }
        } catch {
          // no answer at all: retried below like an error
        }
        failedAttempts++;
        if (!during && !restarting) failedOutsideRestart++;
        await sleep(500);
      }
    };

    const memory: number[] = [];
    const sampler = setInterval(() => memory.push(process.memoryUsage().rss), 10_000);
    const total = Math.round(MINUTES * 60 * RATE);
    const running: Promise<void>[] = [];
    const start = Date.now();
    let restart = { at: 0, downMs: 0 };
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / RATE;
      if (due > Date.now()) await sleep(due - Date.now());
      if (i === Math.floor(total / 2)) {
        restarting = true;
        const t0 = Date.now();
        void server.restart().then(async () => {
          restart = { at: Math.round((t0 - start) / 1000), downMs: Date.now() - t0 };
          // Failures just after the server is back are the restart's too.
          await sleep(5000);
          restarting = false;
        });
      }
      running.push(save(i));
    }
    await Promise.all(running);
    clearInterval(sampler);
    const elapsed = (Date.now() - start) / 1000;

    const check = new Pg({ connectionString: url });
    await check.connect();
    const stored = (
      await check.query<{ idempotency_key: string; id: string }>(
        `SELECT idempotency_key, id FROM intake_records WHERE idempotency_key = ANY($1)`,
        [[...acknowledged.keys()]],
      )
    ).rows;
    await check.end();
    const byKey = new Map(stored.map((r) => [r.idempotency_key, r.id]));
    const lost = [...acknowledged].filter(([key, id]) => byKey.get(key) !== id).length;

    console.log(
      `soak — ${total.toLocaleString()} intake saves at ${RATE}/s for ${MINUTES} min (${elapsed.toFixed(0)} s), ${SUBSCRIBERS} subscribers`,
    );
    console.log(
      `  PostgreSQL restarted at ${restart.at} s, back after ${(restart.downMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `  failed attempts: ${failedAttempts} in all, ${failedOutsideRestart} outside the restart (each retried with its key)`,
    );
    console.log(
      `  acknowledged ${acknowledged.size.toLocaleString()}, stored ${stored.length.toLocaleString()}, lost ${lost}, duplicated ${stored.length - byKey.size}`,
    );
    console.log(`  events delivered to subscribers: ${events.toLocaleString()}`);
    console.log(
      `  RSS every 10 s: first ${mb(memory[0] ?? 0)}, min ${mb(Math.min(...memory))}, max ${mb(Math.max(...memory))}, last ${mb(memory.at(-1) ?? 0)}`,
    );
    for (const socket of sockets) void socket.dispose();
    await app.close();
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
