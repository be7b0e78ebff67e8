import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import twilio from 'twilio';
import WebSocket from 'ws';
import { benchApi } from './harness';
import { seedBench } from './seed';
import { fmt, percentiles } from './stats';

/**
 * `npm run bench:calls`: the call path on this machine, PostgreSQL beside the API.
 *  1. webhook → offer on the operator's subscription, at 50 calls/s;
 *  2. saving an intake through GraphQL, at 200 saves/s;
 *  3. the first history page with --records intake records (default 5,000,000).
 * Beside each, the same work as raw SQL through `pg` alone, as the floor.
 */
const { values } = parseArgs({ options: { records: { type: 'string', default: '5000000' } } });
const RECORDS = Number(values.records);
const CLIENTS = 100;
const OPERATORS = 300;
const PASSWORD = 'bench-password';
const TOKEN = 'bench-twilio-auth-token-0123456789';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts `count` tasks at `perSecond`, open loop, and returns each task's latency in ns. */
async function atRate(
  count: number,
  perSecond: number,
  task: (i: number) => Promise<void>,
): Promise<bigint[]> {
  const samples: bigint[] = [];
  const running: Promise<void>[] = [];
  const start = Date.now();
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / perSecond;
    if (due > Date.now()) await sleep(due - Date.now());
    running.push(
      (async () => {
        const t0 = process.hrtime.bigint();
        await task(i);
        samples.push(process.hrtime.bigint() - t0);
      })(),
    );
  }
  await Promise.all(running);
  return samples;
}

async function main(): Promise<void> {
  const api = await benchApi('bench-calls', {
    password: PASSWORD,
    seed: (ds) =>
      seedBench(ds.query.bind(ds), { clients: CLIENTS, operators: OPERATORS, password: PASSWORD }),
    env: { TWILIO_AUTH_TOKEN: TOKEN, ACD_OFFER_SECONDS: '60' },
  });
  const { base, url, gql } = api;
  const login = async (email: string) => ({ accessToken: await api.login(email) });
  try {
    // 1. webhook → offer delivered, 50 calls/s to 300 operators listening.
    const tokens: string[] = [];
    for (let i = 0; i < OPERATORS; i++)
      tokens.push((await login(`op${i}@bench.example`)).accessToken);
    const received = new Map<string, bigint>();
    const clients = tokens.map((token) => {
      const c = createClient({
        url: `${base.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      c.subscribe<{ offerForMe: { offer: { callSessionId: string } } }>(
        { query: 'subscription { offerForMe { offer { callSessionId } } }' },
        {
          next: (r) =>
            r.data && received.set(r.data.offerForMe.offer.callSessionId, process.hrtime.bigint()),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      return c;
    });
    await sleep(2000); // every subscription registered
    const sent = new Map<string, bigint>();
    const voiceUrl = `${base}/telephony/twilio/voice`;
    const ring = async (i: number) => {
      const params = {
        CallSid: `CA${i.toString(16).padStart(32, '0')}`,
        From: '+819012345678',
        To: `+81120${String(900000 + (i % CLIENTS))}`,
        CallStatus: 'ringing',
      };
      sent.set(params.CallSid, process.hrtime.bigint());
      await fetch(voiceUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, voiceUrl, params),
        },
        body: new URLSearchParams(params).toString(),
      });
    };
    // Warm-up, not measured (the offers they make go to 50 of the 300 operators).
    await atRate(50, 50, (i) => ring(1000 + i));
    await sleep(1000);
    sent.clear();
    received.clear();
    await atRate(250, 50, ring);
    await sleep(1000);
    const pg = new Client({ connectionString: url });
    await pg.connect();
    const sessions = (
      await pg.query<{ id: string; provider_call_id: string }>(
        `SELECT id, provider_call_id FROM call_sessions`,
      )
    ).rows;
    const offerLatency = sessions.flatMap((s) => {
      const at = received.get(s.id);
      const from = sent.get(s.provider_call_id);
      return at && from ? [at - from] : [];
    });
    await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));

    // Floor: the same work as raw SQL — a session, an offer, a NOTIFY — to a LISTENing connection.
    const listener = new Client({ connectionString: url });
    await listener.connect();
    await listener.query('LISTEN bench_floor');
    const floorReceived = new Map<string, bigint>();
    listener.on(
      'notification',
      (m) => m.payload && floorReceived.set(m.payload, process.hrtime.bigint()),
    );
    const floorSent = new Map<string, bigint>();
    const operatorIds = (
      await pg.query<{ id: string }>(`SELECT id FROM users WHERE role = 'OPERATOR'`)
    ).rows.map((r) => r.id);
    await atRate(250, 50, async (i) => {
      const key = `floor-${i}`;
      floorSent.set(key, process.hrtime.bigint());
      const c = new Client({ connectionString: url });
      await c.connect();
      await c.query('BEGIN');
      const { rows } = await c.query<{ id: string }>(
        `INSERT INTO call_sessions (provider, provider_call_id, state, started_at, version) VALUES ('floor', $1, 'QUEUED', now(), 1) RETURNING id`,
        [key],
      );
      await c.query(
        `INSERT INTO call_offers (call_session_id, operator_id, state, expires_at) VALUES ($1, $2, 'OFFERED', now() + interval '1 minute')`,
        [rows[0]!.id, operatorIds[i % operatorIds.length]],
      );
      await c.query(`SELECT pg_notify('bench_floor', $1)`, [key]);
      await c.query('COMMIT');
      await c.end();
    });
    await sleep(500);
    const floorOffer = [...floorSent].flatMap(([k, t0]) =>
      floorReceived.has(k) ? [floorReceived.get(k)! - t0] : [],
    );

    // 2. saving an intake, 200 saves/s.
    const operator = tokens[0]!;
    const clientIds = (
      await pg.query<{ id: string }>(`SELECT id FROM client_companies ORDER BY name`)
    ).rows.map((r) => r.id);
    const save = async (i: number) => {
      await gql(
        `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
        {
          input: {
            clientCompanyId: clientIds[i % CLIENTS],
            channel: 'PHONE',
            fields: { caller_name: '山田' },
            memo: `bench ${i}`,
          },
        },
        operator,
      );
    };
    // Warm-up, not measured: a running server has its connection pool open and its
    // code compiled; the first second or two at this rate opens new PostgreSQL backends.
    await atRate(400, 200, save);
    const saves = await atRate(2000, 200, save);
    const scriptIds = (
      await pg.query<{ id: string; client_company_id: string }>(
        `SELECT id, client_company_id FROM script_versions`,
      )
    ).rows;
    const floorSaves = await atRate(2000, 200, async (i) => {
      const s = scriptIds[i % scriptIds.length]!;
      await pg.query(
        `WITH r AS (INSERT INTO intake_records (client_company_id, channel, script_version_id, fields, memo, status, received_at, search_text, search_bigrams, version)
           VALUES ($1, 'PHONE', $2, '{"caller_name":"山田"}', 'floor', 'RECEIVED', now(), '山田 floor', '{山田,fl,lo,oo,or}', 1) RETURNING id, client_company_id)
         INSERT INTO intake_status_changes (intake_id, client_company_id, to_status) SELECT id, client_company_id, 'RECEIVED' FROM r`,
        [s.client_company_id, s.id],
      );
    });

    // 3. the first history page with RECORDS intake records.
    console.log(`seeding ${RECORDS.toLocaleString()} intake records…`);
    const seedStart = Date.now();
    await pg.query(`DROP INDEX intake_records_search_bigrams_idx`);
    await pg.query(
      `INSERT INTO intake_records (client_company_id, channel, script_version_id, fields, memo, status, received_at, search_text, search_bigrams, version)
       SELECT s.client_company_id, 'PHONE', s.id, '{"caller_name":"山田"}', '', 'COMPLETED',
              now() - (g * interval '12 seconds'), '山田', '{山田}', 1
         FROM generate_series(1, $1) g
         JOIN (SELECT id, client_company_id, row_number() OVER () - 1 AS n FROM script_versions) s ON s.n = g % ${CLIENTS}`,
      [RECORDS],
    );
    await pg.query(
      `CREATE INDEX intake_records_search_bigrams_idx ON intake_records USING gin (search_bigrams)`,
    );
    await pg.query('ANALYZE');
    console.log(`seeded in ${Math.round((Date.now() - seedStart) / 1000)} s`);
    const admin = (await login('admin@bench.example')).accessToken;
    const page = `query { intakeRecords(first: 50) { items { id recordNumber status receivedAt fields } nextCursor } }`;
    for (let i = 0; i < 20; i++) await gql(page, {}, admin);
    const pages: bigint[] = [];
    for (let i = 0; i < 300; i++) {
      const t0 = process.hrtime.bigint();
      const r = await gql<{ intakeRecords: { items: unknown[] } }>(page, {}, admin);
      pages.push(process.hrtime.bigint() - t0);
      if (r.intakeRecords.items.length !== 50)
        throw new Error('history page is not full: the benchmark measures nothing');
    }
    const adminCompany = (
      await pg.query<{ client_company_id: string }>(
        `SELECT client_company_id FROM users WHERE email = 'admin@bench.example'`,
      )
    ).rows[0]!.client_company_id;
    const floorPages: bigint[] = [];
    for (let i = 0; i < 320; i++) {
      const t0 = process.hrtime.bigint();
      await pg.query({
        name: 'page',
        text: `SELECT id, record_number, status, received_at, fields FROM intake_records WHERE client_company_id = $1 ORDER BY received_at DESC, id DESC LIMIT 51`,
        values: [adminCompany],
      });
      if (i >= 20) floorPages.push(process.hrtime.bigint() - t0);
    }
    const total = (await pg.query<{ n: string }>(`SELECT count(*) AS n FROM intake_records`))
      .rows[0]!.n;
    await listener.end();
    await pg.end();

    console.log(
      `\n1. webhook → offer on the operator's subscription, 250 calls at 50/s after 50 unmeasured to warm up (${offerLatency.length} delivered):`,
    );
    console.log(`   Dengon:        ${fmt(percentiles(offerLatency))}   target p95 < 50 ms`);
    console.log(`   raw SQL floor: ${fmt(percentiles(floorOffer))}`);
    console.log(
      `2. saving an intake through GraphQL, 2,000 at 200/s (after 400 unmeasured to warm up):`,
    );
    console.log(`   Dengon:        ${fmt(percentiles(saves))}   target p95 < 30 ms`);
    console.log(`   raw SQL floor: ${fmt(percentiles(floorSaves))}`);
    console.log(
      `3. first history page (50 records) of a client, ${Number(total).toLocaleString()} records in the database:`,
    );
    console.log(`   Dengon:        ${fmt(percentiles(pages))}   target p95 < 50 ms`);
    console.log(`   raw SQL floor: ${fmt(percentiles(floorPages))}`);
  } finally {
    await api.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
