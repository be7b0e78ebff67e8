import 'reflect-metadata';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { Client as Pg } from 'pg';
import { TestDns } from '@dengon/test-doubles';
import { benchApi, freePort } from './harness';
import { seedBench } from './seed';
import { fmt, peakRssOf, percentiles } from './stats';

/**
 * `npm run bench:mail`: --messages e-mails sent over SMTP to one client's
 * intake address as fast as --connections pooled connections carry them.
 * Each must be stored and offered: the time from handing a message to the
 * SMTP client to the client's portal hearing of its intake record (an upper
 * bound on end of DATA → offer), messages per second, the API's peak RSS,
 * and how many were lost.
 */
const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '5000' },
    connections: { type: 'string', default: '8' },
  },
});
const MESSAGES = Number(values.messages);
const CONNECTIONS = Number(values.connections);
const PASSWORD = 'bench-password';
const ADDRESS = 'bench-mail@in.dengon.example';

async function main(): Promise<void> {
  const port = await freePort();
  // The senders' DNS, answered at once as a resolver with a warm cache would (this machine's
  // has no network and drops about one query in ten for a second): their domain publishes
  // SPF for this host and a DMARC policy, so every mail's checks do their real work.
  const dns = await TestDns.start();
  dns.publish('example.com', { type: 'TXT', data: 'v=spf1 ip4:127.0.0.1 -all' });
  dns.publish('_dmarc.example.com', { type: 'TXT', data: 'v=DMARC1; p=reject' });
  const api = await benchApi('bench-mail', {
    password: PASSWORD,
    seed: async (ds) => {
      await seedBench(ds.query.bind(ds), { clients: 10, operators: 1, password: PASSWORD });
      // The first client is on the Mail plan, with its intake address.
      const [first] = await ds.query<{ id: string }[]>(
        `SELECT id FROM client_companies ORDER BY name LIMIT 1`,
      );
      await ds.query(
        `UPDATE contract_plan_terms SET plan_code = 'MAIL' WHERE client_company_id = $1`,
        [first!.id],
      );
      await ds.query(
        `INSERT INTO inbound_addresses (client_company_id, address, kind) VALUES ($1, $2, 'EMAIL')`,
        [first!.id, ADDRESS],
      );
    },
    env: { INBOUND_SMTP_PORT: String(port), DNS_SERVERS: dns.server },
    apart: true,
  });
  try {
    // The client's administrator has the history open: an offer is when it hears of the record.
    const token = await api.login('admin@bench.example');
    const offeredAt = new Map<number, number>();
    let allOffered!: () => void;
    const done = new Promise<void>((resolve) => (allOffered = resolve));
    const socket = createClient({
      url: `${api.base.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    socket.subscribe<{ intakeRecordChanged: { memo: string } }>(
      { query: 'subscription { intakeRecordChanged { memo } }' },
      {
        next: ({ data }) => {
          const n = /件名: bench-(\d+)/.exec(data?.intakeRecordChanged.memo ?? '')?.[1];
          if (n !== undefined && !offeredAt.has(Number(n))) {
            offeredAt.set(Number(n), performance.now());
            if (offeredAt.size === MESSAGES) allOffered();
          }
        },
        error: (error) => console.error('subscription:', error),
        complete: () => undefined,
      },
    );
    await new Promise((r) => setTimeout(r, 1000));

    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port,
      ignoreTLS: true,
      pool: true,
      maxConnections: CONNECTIONS,
      maxMessages: Infinity,
    });
    const sentAt = new Map<number, number>();
    const answered: bigint[] = [];
    let next = 0;
    let refused = 0;
    const start = performance.now();
    const sender = async () => {
      for (let i = next++; i < MESSAGES; i = next++) {
        const at = performance.now();
        sentAt.set(i, at);
        try {
          await transport.sendMail({
            from: `顧客${i} <customer${i}@example.com>`,
            to: ADDRESS,
            subject: `bench-${i} 見積もりのお願い`,
            messageId: `<bench-${i}@example.com>`,
            text: `お世話になっております。見積もりをお願いします。（${i}）\n`.repeat(20),
          });
          answered.push(BigInt(Math.round((performance.now() - at) * 1e6)));
        } catch (error) {
          refused++;
          if (refused === 1) console.error('refused:', (error as Error).message);
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, sender));
    const sent = performance.now();
    await Promise.race([done, new Promise((r) => setTimeout(r, 60_000))]);
    const end = performance.now();
    transport.close();
    await socket.dispose();

    const latencies = [...offeredAt].map(([i, at]) =>
      BigInt(Math.round((at - sentAt.get(i)!) * 1e6)),
    );
    const pg = new Pg({ connectionString: api.url });
    await pg.connect();
    const { rows } = await pg.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM inbound_mails GROUP BY status`,
    );
    const checked = await pg.query<{ checks: string; n: number }>(
      `SELECT concat_ws(' ', 'spf=' || spf, 'dkim=' || dkim, 'dmarc=' || dmarc) AS checks,
              count(*)::int AS n
         FROM inbound_mails GROUP BY 1`,
    );
    await pg.end();
    const stored = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    console.log(
      `\nbench:mail — ${MESSAGES.toLocaleString()} e-mails over SMTP to one intake address, ${CONNECTIONS} pooled connections`,
    );
    console.log(
      `  sent in ${((sent - start) / 1000).toFixed(1)} s: ${(MESSAGES / ((sent - start) / 1000)).toFixed(0)} messages/s accepted (250), ${refused} refused`,
    );
    console.log(
      `  all offered after ${((end - start) / 1000).toFixed(1)} s: ${(offeredAt.size / ((end - start) / 1000)).toFixed(0)} messages/s end to end`,
    );
    console.log(`  SMTP answer (stored, record made):  ${fmt(percentiles(answered))}`);
    console.log(`  sent → offered (portal hears):      ${fmt(percentiles(latencies))}`);
    console.log(
      `  stored: ${JSON.stringify(stored)}; offered: ${offeredAt.size}; lost: ${MESSAGES - offeredAt.size}`,
    );
    console.log(`  sender checks: ${checked.rows.map((r) => `${r.checks} × ${r.n}`).join(', ')}`);
    console.log(`  API peak RSS: ${Math.round(peakRssOf(api.pid) / 1e6)} MB`);
  } finally {
    await api.close();
    await dns.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
