import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { type Client, createClient } from 'graphql-ws';
import { Client as Pg } from 'pg';
import WebSocket from 'ws';
import { benchApi } from './harness';
import { seedBench } from './seed';
import { rssOf } from './stats';

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
  const api = await benchApi('soak', {
    password: PASSWORD,
    seed: (ds) =>
      seedBench(ds.query.bind(ds), { clients: SUBSCRIBERS, operators: 10, password: PASSWORD }),
    // The soak outlives a default access token; a console would refresh its own.
    env: { ACCESS_TOKEN_TTL_SECONDS: String(MINUTES * 60 + 600) },
    // Clients are not on the server: the load comes from this process, the API runs in its own.
    apart: true,
  });
  try {
    const { base, gql, login, url, server } = api;
    const pg = new Pg({ connectionString: url });
    await pg.connect();
    // Each client with its published script, which the console names in every save.
    const clients = (
      await pg.query<{ id: string; script: string }>(
        `SELECT c.id, (SELECT v.id FROM script_versions v WHERE v.client_company_id = c.id
                         ORDER BY v.version_no DESC LIMIT 1) AS script
           FROM client_companies c ORDER BY c.name`,
      )
    ).rows;
    await pg.end();
    const operator = await login('op0@bench.example');

    // Each client's administrator watches their history live.
    let events = 0;
    let reconnects = 0;
    const sockets: Client[] = [];
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const token = await login(i === 0 ? 'admin@bench.example' : `admin${i}@bench.example`);
      const socket = createClient({
        url: `${base.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: Infinity,
        shouldRetry: () => true,
        on: { closed: () => void reconnects++ },
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
          const r = await gql<{ createIntake: { id: string } }>(
            `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
            {
              input: {
                clientCompanyId: clients[i % clients.length]?.id,
                scriptVersionId: clients[i % clients.length]?.script,
                channel: 'PHONE',
                fields: { caller_name: `山田 ${i}` },
                idempotencyKey: key,
              },
            },
            operator,
          );
          acknowledged.set(key, r.createIntake.id);
          return;
        } catch {
          // an error or no answer at all: retried with the same key
        }
        failedAttempts++;
        if (!during && !restarting) failedOutsideRestart++;
        await sleep(500);
      }
    };

    const total = Math.round(MINUTES * 60 * RATE);
    const running: Promise<void>[] = [];
    const start = Date.now();
    // At most this many saves in flight: an open loop past the server's pace only piles up sockets.
    const MAX_IN_FLIGHT = 200;
    const memory: number[] = [];
    let started = 0;
    const sampler = setInterval(() => {
      memory.push(rssOf(api.pid));
      console.log(
        `  ${Math.round((Date.now() - start) / 1000)} s: ${acknowledged.size} acknowledged, ${started - acknowledged.size} in flight, ${events} events, ${reconnects} sockets closed, RSS ${mb(memory.at(-1) ?? 0)}`,
      );
    }, 10_000);
    let restart = { at: 0, downMs: 0 };
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / RATE;
      if (due > Date.now()) await sleep(due - Date.now());
      while (started - acknowledged.size >= MAX_IN_FLIGHT) await sleep(5);
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
      started++;
      running.push(save(i));
    }
    await Promise.all(running);
    const elapsed = (Date.now() - start) / 1000;
    // Live events trail the saves under load: wait until they stop coming (at most two minutes).
    for (let last = -1, waited = 0; events !== last && waited < 120; waited += 5) {
      last = events;
      await sleep(5000);
    }
    clearInterval(sampler);

    const check = new Pg({ connectionString: url });
    await check.connect();
    const stored = (
      await check.query<{ idempotency_key: string; id: string }>(
        `SELECT idempotency_key, id FROM intake_records WHERE idempotency_key = ANY($1)`,
        [[...acknowledged.keys()]],
      )
    ).rows;
    // Every save's report decided by the sweeps, none left behind by the restart.
    const undecided = Number(
      (await check.query<{ n: string }>(`SELECT count(*) AS n FROM intake_reports_due`)).rows[0]?.n,
    );
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
    console.log(`  reports still to decide after the run: ${undecided}`);
    console.log(
      `  events delivered to subscribers: ${events.toLocaleString()} (sockets closed and reopened: ${reconnects})`,
    );
    console.log(
      `  API RSS every 10 s: first ${mb(memory[0] ?? 0)}, min ${mb(Math.min(...memory))}, max ${mb(Math.max(...memory))}, last ${mb(memory.at(-1) ?? 0)}`,
    );
    for (const socket of sockets) void socket.dispose();
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
