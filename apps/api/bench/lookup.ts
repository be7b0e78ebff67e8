import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../src/data-source';
import { Db } from '../src/database/db.service';
import { ensureDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';
import { DialedNumberLookup } from '../src/numbers/dialed-number-lookup.service';
import { fmt, percentiles, timeEach } from './stats';

/**
 * `npm run bench:lookup`: the dialed-number lookup of the call path, with
 * 10,000 numbers held by 2,000 clients (plus 2,000 released numbers of earlier
 * holders), on a scratch embedded PostgreSQL. Prints the service's figures
 * and, as the floor, the same query through `pg` alone.
 */
const CLIENTS = 2_000;
const NUMBERS_PER_CLIENT = 5;
const LOOKUPS = 10_000;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dengon-bench-'));
  const server = await startEmbeddedPostgres(join(dir, 'pg'), { persistent: false, quiet: true });
  try {
    await ensureDatabase(server.url('postgres'), 'bench');
    const url = server.url('bench');
    const ds = await createDataSource(url).initialize();
    await migrate(ds);
    await seed(ds.query.bind(ds));
    const active: { e164: string }[] = await ds.query(
      `SELECT e164 FROM phone_numbers WHERE status = 'ACTIVE'`,
    );
    const numbers = active.map((r) => r.e164);
    console.log(
      `seeded ${CLIENTS} clients, ${numbers.length} active numbers, ${CLIENTS} released numbers`,
    );
    const sample = Array.from(
      { length: LOOKUPS },
      (_, i) => numbers[(i * 7919) % numbers.length] ?? '',
    );

    const lookup = new DialedNumberLookup(new Db(ds));
    await timeEach(sample.slice(0, 1_000), (n) => lookup.lookup(n)); // warm-up
    const service = percentiles(await timeEach(sample, (n) => lookup.lookup(n)));
    const hit = await lookup.lookup(sample[0] ?? '');
    if (!hit?.scriptVersionId || !hit.coverageSummary)
      throw new Error('lookup found no full match: the benchmark measures nothing');

    const raw = new Client({ connectionString: url });
    await raw.connect();
    const sql = `SELECT pn.id, cc.name, sv.id AS script_version_id, c.coverage_windows, c.holiday_rule
                   FROM phone_numbers pn JOIN client_companies cc ON cc.id = pn.client_company_id
                   LEFT JOIN scripts s ON s.client_company_id = cc.id
                   LEFT JOIN script_versions sv ON sv.client_company_id = cc.id AND sv.version_no = s.published_version_no
                   LEFT JOIN LATERAL (SELECT coverage_windows, holiday_rule FROM contracts
                     WHERE client_company_id = cc.id AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)
                     ORDER BY start_date DESC LIMIT 1) c ON TRUE
                  WHERE pn.e164 = $1 AND pn.status <> 'RELEASED' AND pn.status = ANY($3)`;
    const params = (n: string) => [n, '2026-11-22', ['ACTIVE', 'MOVING']];
    await timeEach(sample.slice(0, 1_000), (n) =>
      raw.query({ name: 'lookup', text: sql, values: params(n) }),
    );
    const floor = percentiles(
      await timeEach(sample, (n) => raw.query({ name: 'lookup', text: sql, values: params(n) })),
    );
    const plan = await raw.query(
      `EXPLAIN ${sql.replace('$1', `'${sample[0]}'`).replace(/\$2/g, "'2026-11-22'").replace('$3', "ARRAY['ACTIVE','MOVING']")}`,
    );
    await raw.end();
    await ds.destroy();

    console.log(
      `\nlookup service (named statement on the pool, coverage computed): ${fmt(service)}`,
    );
    console.log(`raw SQL through pg alone (floor):                     ${fmt(floor)}`);
    console.log(
      `target: p99 under 2 ms with 10,000 numbers → ${service.p99 < 2 ? 'met' : 'NOT met'}`,
    );
    console.log(
      `\nplan: ${(plan.rows as { 'QUERY PLAN': string }[])
        .map((r) => r['QUERY PLAN'])
        .filter((l) => /Index|Seq Scan/.test(l))
        .map((l) => l.trim())
        .join(' | ')}`,
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bulk rows with plain SQL: clients with contracts and published scripts, their numbers, and released history. */
async function seed(query: (sql: string) => Promise<unknown>): Promise<void> {
  await query(`INSERT INTO client_companies (name, name_kana, status, version)
               SELECT 'ベンチ社' || i, 'ベンチ', 'ACTIVE', 1 FROM generate_series(1, ${CLIENTS}) i`);
  await query(`INSERT INTO contracts (client_company_id, start_date, holiday_rule, coverage_windows, billing_terms, version)
               SELECT id, '2026-01-01', 'CLOSED',
                 '[{"weekday":1,"start":"09:00","end":"18:00"},{"weekday":2,"start":"09:00","end":"18:00"},{"weekday":3,"start":"09:00","end":"18:00"},{"weekday":4,"start":"09:00","end":"18:00"},{"weekday":5,"start":"09:00","end":"18:00"}]', '{"advanceBilling":true,"prorate":"DAILY","due":{"kind":"END_OF_ISSUE_MONTH"}}', 1
               FROM client_companies`);
  await query(`INSERT INTO contract_plan_terms (contract_id, client_company_id, plan_code, effective_from)
               SELECT id, client_company_id, 'STANDARD', start_date FROM contracts`);
  await query(`INSERT INTO scripts (client_company_id, draft, published_version_no, version)
               SELECT id, '{}'::jsonb, 1, 1 FROM client_companies`);
  await query(`INSERT INTO script_versions (client_company_id, version_no, greeting, fields, special_instructions, urgent_keywords, closing_phrase)
               SELECT id, 1, 'はい、{会社名}でございます。', '[]', '', '{}', '' FROM client_companies`);
  await query(`INSERT INTO phone_numbers (e164, kind, status, client_company_id, forward_to_e164, version)
               SELECT '+81120' || lpad((row_number() OVER ())::text, 6, '0'), 'TOLL_FREE', 'ACTIVE', c.id, '+81312345678', 1
                 FROM client_companies c, generate_series(1, ${NUMBERS_PER_CLIENT})`);
  await query(`INSERT INTO phone_numbers (e164, kind, status, client_company_id, version, released_at)
               SELECT e164, kind, 'RELEASED', client_company_id, 1, now() FROM phone_numbers
                WHERE status = 'ACTIVE' ORDER BY e164 LIMIT ${CLIENTS}`);
  await query('ANALYZE');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
