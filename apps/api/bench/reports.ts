import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Client as Pg } from 'pg';
import { SMTPServer } from 'smtp-server';
import { benchApi } from './harness';
import { seedBench } from './seed';

/**
 * `npm run bench:reports`: a burst of --reports intakes for clients who are
 * told of each by e-mail, as if they had just been saved, and how fast the
 * report pipeline drains it: decided by the sweeps, queued as messages, and
 * taken by a real SMTP server (in this process, answering at once).
 */
const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '5000' },
    clients: { type: 'string', default: '100' },
  },
});
const REPORTS = Number(values.reports);
const CLIENTS = Number(values.clients);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  let received = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // No DNS here: a reverse lookup of each connection would wait for its timeout.
    disableReverseLookup: true,
    logger: false,
    onData: (stream, _session, callback) => {
      stream.on('end', () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const api = await benchApi('reports', {
    password: 'bench-password',
    seed: async (ds) => {
      await seedBench(ds.query.bind(ds), { clients: CLIENTS, operators: 1, password: 'x' });
      await ds.query(`UPDATE client_companies SET report_email = 'report@' || id || '.example'`);
    },
    env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` },
    apart: true,
  });
  const pg = new Pg({ connectionString: api.url });
  await pg.connect();
  try {
    // The burst: saved as the intake path saves them (record and due report), all at once.
    await pg.query(
      `WITH saved AS (
         INSERT INTO intake_records (client_company_id, channel, script_version_id, fields, memo, status, received_at, search_text, search_bigrams, version)
         SELECT v.client_company_id, 'PHONE', v.id, jsonb_build_object('caller_name', 'ベンチ ' || i), '', 'RECEIVED', now(), '', '{}', 1
           FROM generate_series(1, $1) i
           JOIN script_versions v ON v.id = (SELECT id FROM script_versions ORDER BY id OFFSET (i % $2) LIMIT 1)
         RETURNING id)
       INSERT INTO intake_reports_due (intake_id) SELECT id FROM saved`,
      [REPORTS, CLIENTS],
    );
    const start = Date.now();
    // One intake.created event wakes the sweeps, as the last save of the burst would.
    await pg.query(`SELECT pg_notify('dengon_events', $1)`, [
      JSON.stringify({ type: 'intake.created', clientCompanyId: '', id: '' }),
    ]);
    let decidedAt = 0;
    for (let last = -1, still = 0; received < REPORTS && still < 60;) {
      await sleep(1000);
      const [{ due, queued }] = (
        await pg.query<{ due: number; queued: number }>(
          `SELECT (SELECT count(*)::int FROM intake_reports_due) AS due,
                  (SELECT count(*)::int FROM outbound_messages WHERE status <> 'SENT') AS queued`,
        )
      ).rows as [{ due: number; queued: number }];
      if (!due && !decidedAt) decidedAt = Date.now();
      const seconds = (Date.now() - start) / 1000;
      console.log(
        `  ${seconds.toFixed(0)} s: ${due} still to decide, ${queued} messages waiting, ${received} e-mailed`,
      );
      still = received === last ? still + 1 : 0;
      last = received;
    }
    const seconds = (Date.now() - start) / 1000;
    const [{ sent }] = (
      await pg.query<{ sent: number }>(
        `SELECT count(*)::int AS sent FROM outbound_messages WHERE purpose = 'INTAKE_REPORT' AND status = 'SENT'`,
      )
    ).rows as [{ sent: number }];
    console.log(
      `bench:reports — a burst of ${REPORTS.toLocaleString()} intakes for ${CLIENTS} clients told by e-mail`,
    );
    console.log(`  decided (sweeps) in ${((decidedAt - start) / 1000).toFixed(1)} s`);
    console.log(
      `  e-mailed ${received.toLocaleString()} (${sent.toLocaleString()} marked SENT) in ${seconds.toFixed(1)} s: ${Math.round(received / seconds)} reports/s   target ≥ 200/s`,
    );
  } finally {
    await pg.end();
    await api.close();
    smtp.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
