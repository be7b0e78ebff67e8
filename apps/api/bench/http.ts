import 'reflect-metadata';
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { benchApi, freePort, waitForHealth } from './harness';
import { seedBench } from './seed';
import { cpuMsOf, percentiles, postgresCpuMs } from './stats';

/**
 * `npm run bench:http`: what the full stack (auth, GraphQL, validation, audit,
 * jobs) costs over the same work done bare. Side by side, with one load
 * generator (autocannon, --connections): the portal's first history page (50
 * rows) and an operator's intake save, through the API and through a bare
 * Node `http` + `pg` server (bare-http.ts) running the same statements in the
 * same transaction as the same role. Each side's statements per request are
 * counted by PostgreSQL and printed, so the comparison is of like with like.
 */
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    records: { type: 'string', default: '400' },
    clients: { type: 'string', default: '100' },
    // history or save: measure just that one (as when profiling it with BENCH_CPU_PROFILE).
    only: { type: 'string' },
  },
});
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
const CONNECTIONS = Number(values.connections);
const RECORDS = Number(values.records);
const CLIENTS = Number(values.clients);
const PASSWORD = 'bench-password';
const JWT_SECRET = 'bench-secret-that-is-long-enough-0123456789';

const HISTORY = `query IntakeRecords($first: Int!) {
  intakeRecords(first: $first) {
    items { id recordNumber clientCompanyId receivedAt channel callingNational fields status urgent version allowedTransitions }
    nextCursor
  }
}`;
const SAVE = `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id recordNumber } }`;

interface Side {
  name: string;
  history: Request;
  save: Request;
}
/** A POST of each body in turn. */
interface Request {
  path: string;
  headers: Record<string, string>;
  bodies: string[];
}

async function main(): Promise<void> {
  const smtp = await smtpSink();
  const api = await benchApi('bench-http', {
    password: PASSWORD,
    seed: async (ds) => {
      await seedBench(ds.query.bind(ds), { clients: CLIENTS, operators: 1, password: PASSWORD });
      // Each client is e-mailed a report of each intake, as most are.
      await ds.query(`UPDATE client_companies SET report_email = 'report@' || id || '.example'`);
    },
    env: { JWT_SECRET, SMTP_URL: smtp.url },
    apart: true,
    trackStatements: true,
  });
  const bare = await bareServer(api.url);
  const pg = new Client({ connectionString: api.url });
  try {
    const operator = await api.login('op0@bench.example');
    const portal = await api.login('admin@bench.example');
    await pg.connect();
    // Each client's published script, the portal user's client first.
    const { rows: clients } = await pg.query<{ clientCompanyId: string; scriptVersionId: string }>(
      `SELECT v.client_company_id AS "clientCompanyId", v.id AS "scriptVersionId"
         FROM script_versions v JOIN client_companies c ON c.id = v.client_company_id ORDER BY c.name`,
    );
    // The saves go round the clients, as calls to an answering service do.
    const inputs = clients.map((client) => ({
      ...client,
      channel: 'PHONE',
      callingNumber: '090-1111-2222',
      fields: { caller_name: '山田 太郎' },
      memo: '見積もりの件で折り返しをお願いします。',
    }));
    for (let i = 0; i < RECORDS; i++) await api.gql(SAVE, { input: inputs[0] }, operator);

    const json = (token: string) => ({
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    });
    const full: Side = {
      name: 'full stack',
      history: {
        path: '/graphql',
        headers: json(portal),
        bodies: [JSON.stringify({ query: HISTORY, variables: { first: 50 } })],
      },
      save: {
        path: '/graphql',
        headers: json(operator),
        bodies: inputs.map((input) => JSON.stringify({ query: SAVE, variables: { input } })),
      },
    };
    const plain: Side = {
      name: 'bare http + pg',
      history: { path: '/history', headers: json(portal), bodies: [JSON.stringify({ first: 50 })] },
      save: {
        path: '/intake',
        headers: json(operator),
        bodies: inputs.map((input) => JSON.stringify({ ...input, callingE164: '+819011112222' })),
      },
    };

    console.log('Statements per request, as PostgreSQL counted them:');
    for (const [side, base] of [
      [full, api.base],
      [plain, bare.base],
    ] as const) {
      for (const what of ['history', 'save'] as const) {
        const statements = await statementsOf(api.url, () => send(base, side[what]));
        console.log(`  ${side.name}, ${what}: ${statements.length}`);
        for (const s of statements) console.log(`    ${s}`);
      }
    }

    const rows: string[][] = [];
    for (const [what, label, target] of [
      ['history', 'history page (50 rows)', 0.6],
      ['save', 'intake save', 0.7],
    ] as const) {
      if (values.only && values.only !== what) continue;
      // The full stack's jobs run in its turn, as in service; the reports still queued when it
      // ends are waited for, and that time is printed beside it. The bare server's turn is taken
      // with the API stopped: it runs no jobs, and the reports of the intakes it saved are not its.
      const fullLeg = async (seconds: number) => {
        const cpu = cpuOf(api.pid);
        const measured = await load(api.base, full[what], seconds);
        const start = Date.now();
        await drained(pg);
        // The reports' sending counts: it is work each save causes, done while or after it runs.
        return { ...measured, ...cpu(), drainSeconds: (Date.now() - start) / 1000 };
      };
      const bareLeg = async (seconds: number) => {
        process.kill(api.pid, 'SIGSTOP');
        try {
          const cpu = cpuOf(bare.pid);
          return { ...(await load(bare.base, plain[what], seconds)), ...cpu() };
        } finally {
          await pg.query('DELETE FROM intake_reports_due');
          process.kill(api.pid, 'SIGCONT');
        }
      };
      // Each warmed up first, so that neither is measured while its code is still being compiled,
      // then measured in turns, so that a slow spell of the machine falls on both alike.
      await fullLeg(2);
      await bareLeg(2);
      let f: Load | undefined;
      let b: Load | undefined;
      for (let round = 0; round < ROUNDS; round++) {
        f = merge(f, await fullLeg(SECONDS));
        b = merge(b, await bareLeg(SECONDS));
      }
      if (!f || !b) throw new Error('--rounds must be at least 1');
      const [fps, bps] = [f.requests / f.seconds, b.requests / b.seconds];
      const ratio = fps / bps;
      const drainedRatio = f.requests / (f.seconds + f.drainSeconds) / bps;
      const p95 = f.p95 / b.p95;
      rows.push([
        label,
        fps.toFixed(0),
        bps.toFixed(0),
        `${ratio.toFixed(2)} (≥ ${target}) ${ratio >= target ? 'met' : 'NOT met'}`,
        f.p95.toFixed(0),
        b.p95.toFixed(0),
        `${p95.toFixed(2)} (≤ 1.5) ${p95 <= 1.5 ? 'met' : 'NOT met'}`,
        f.drainSeconds.toFixed(1),
        drainedRatio.toFixed(2),
        cpuPerRequest(f),
        cpuPerRequest(b),
        String(f.failed + b.failed),
      ]);
    }
    console.log(
      `\nbench:http — ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each side, ${RECORDS} intakes of the portal user's client before its first page, saves round ${CLIENTS} clients`,
    );
    printTable(
      [
        '',
        'full req/s',
        'bare req/s',
        'ratio',
        'full p95 ms',
        'bare p95 ms',
        'p95 ratio',
        'reports drain s',
        'ratio with drain',
        'full CPU ms/req (app + pg)',
        'bare CPU ms/req (app + pg)',
        'failed',
      ],
      rows,
    );
  } finally {
    await pg.end();
    await bare.stop();
    await api.close();
    await smtp.close();
  }
}

interface Load {
  requests: number;
  /** CPU time the server process and PostgreSQL used meanwhile, in milliseconds. */
  serverCpuMs: number;
  postgresCpuMs: number;
  seconds: number;
  /** How long the reports it queued took to go out after the run. */
  drainSeconds: number;
  p95: number;
  times: bigint[];
  /** Responses that were not 2xx, and requests that got none. */
  failed: number;
}

/** Waits until every intake saved has been reported and every message sent. */
async function drained(pg: Client): Promise<void> {
  for (;;) {
    const { rows } = await pg.query<{ busy: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM intake_reports_due)
           OR EXISTS (SELECT 1 FROM outbound_messages WHERE status IN ('QUEUED', 'SENDING')) AS busy`,
    );
    if (!rows[0]?.busy) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Two runs' figures as one. */
/** Counts the CPU time a server process and PostgreSQL use from now until the returned function is called. */
function cpuOf(pid: number): () => Pick<Load, 'serverCpuMs' | 'postgresCpuMs'> {
  const [server, postgres] = [cpuMsOf(pid), postgresCpuMs()];
  return () => ({ serverCpuMs: cpuMsOf(pid) - server, postgresCpuMs: postgresCpuMs() - postgres });
}

/** CPU milliseconds per request: the server's + PostgreSQL's. */
const cpuPerRequest = (l: Load) =>
  `${(l.serverCpuMs / l.requests).toFixed(2)} + ${(l.postgresCpuMs / l.requests).toFixed(2)}`;

function merge(a: Load | undefined, b: Load): Load {
  if (!a) return b;
  const times = [...a.times, ...b.times];
  return {
    requests: a.requests + b.requests,
    serverCpuMs: a.serverCpuMs + b.serverCpuMs,
    postgresCpuMs: a.postgresCpuMs + b.postgresCpuMs,
    seconds: a.seconds + b.seconds,
    drainSeconds: a.drainSeconds + b.drainSeconds,
    p95: percentiles(times).p95,
    times,
    failed: a.failed + b.failed,
  };
}

/** One request as fast as --connections clients can send it, for the given seconds. */
async function load(
  base: string,
  request: Request,
  seconds: number,
): Promise<Omit<Load, 'serverCpuMs' | 'postgresCpuMs'>> {
  const times: bigint[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            path: request.path,
            headers: request.headers,
            setupRequest: (r) => ({ ...r, body: request.bodies[next++ % request.bodies.length] }),
          },
        ],
      },
      (error: Error | null, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) =>
      times.push(BigInt(Math.round(ms * 1e6))),
    );
  });
  return {
    requests: result.requests.total,
    seconds,
    drainSeconds: 0,
    p95: percentiles(times).p95,
    times,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [head, ...rows])
    console.log(
      row.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  '),
    );
}

async function send(base: string, request: Request): Promise<void> {
  const response = await fetch(base + request.path, {
    method: 'POST',
    headers: request.headers,
    body: request.bodies[0],
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${request.path}: ${text}`);
}

/** The statements one piece of work made PostgreSQL run as the requests' role, one line each. */
async function statementsOf(url: string, work: () => Promise<void>): Promise<string[]> {
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    await pg.query('SELECT pg_stat_statements_reset()');
    await work();
    const { rows } = await pg.query<{ calls: string; query: string }>(
      // Those run as the requests' role: the work in the transaction, not the background jobs'.
      `SELECT calls, regexp_replace(left(query, 120), '\\s+', ' ', 'g') AS query FROM pg_stat_statements
        WHERE userid = 'dengon_app'::regrole ORDER BY query`,
    );
    return rows.flatMap((r) => Array<string>(Number(r.calls)).fill(r.query));
  } finally {
    await pg.end();
  }
}

/** A real SMTP server that takes every report at once, so the reports' jobs run as in service. */
async function smtpSink(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on('end', () => callback());
      stream.resume();
    },
  });
  // The API's pooled connections drop when it stops.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The bare server (bare-http.js) in its own process, as the API runs in its own. */
async function bareServer(
  url: string,
): Promise<{ base: string; pid: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, 'bare-http.js')], {
    env: { ...process.env, DATABASE_URL: url, JWT_SECRET, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, child);
  return {
    base,
    pid: child.pid!,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
