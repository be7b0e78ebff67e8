import 'reflect-metadata';
import { monthLabel, shiftBillingMonth, tokyoDate } from '@dengon/domain';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { renderInvoicePdf } from '../src/billing/invoice-pdf';
import { InvoiceIssuing } from '../src/billing/invoice-issuing.service';
import { InvoiceRuns } from '../src/billing/invoice-runs.service';
import { RequestContext } from '../src/common/request-context';
import type { AppConfig } from '../src/config/config';
import { APP_CONFIG } from '../src/config/config.module';
import { benchApi } from './harness';
import { fmt, percentiles, timeEach } from './stats';

/**
 * `npm run bench:billing`: an invoice run for --clients clients (default
 * 10,000) on this machine, PostgreSQL beside the API: the run's job builds
 * every draft, then the issue job numbers each, renders and stores its PDF.
 * Prints the time of each phase, the peak RSS of the process, and beside it
 * the time to render one invoice PDF alone, the floor.
 */
const { values } = parseArgs({ options: { clients: { type: 'string', default: '10000' } } });
const CLIENTS = Number(values.clients);
const TERMS = `'{"advanceBilling":true,"prorate":"DAILY","due":{"kind":"END_OF_ISSUE_MONTH"}}'`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const month = shiftBillingMonth(tokyoDate(new Date()).slice(0, 7), 1);
  console.log(`seeding ${CLIENTS.toLocaleString()} clients for ${monthLabel(month)}…`);
  const api = await benchApi('bench-billing', {
    password: 'bench-password',
    seed: (ds) => seed(ds.query.bind(ds), month),
    env: { JOB_POLL_SECONDS: '0.5' },
  });
  try {
    const { url } = api;
    // The billing run is driven through the services, in this process.
    const app = api.app!;
    const config = app.get<AppConfig>(APP_CONFIG);
    const runs = app.get(InvoiceRuns);
    const issuing = app.get(InvoiceIssuing);
    const system = RequestContext.system('bench');
    const pg = new Client({ connectionString: url });
    await pg.connect();
    const count = async (state: string) =>
      (
        await pg.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM invoices WHERE month = $1 AND state = $2`,
          [month, state],
        )
      ).rows[0]!.n;

    peakRss = 0;
    const t0 = Date.now();
    await runs.startRun(system, month);
    while ((await count('DRAFT')) < CLIENTS) await sleep(200);
    const drafted = Date.now();
    await issuing.issueAll(system, month);
    while ((await count('ISSUED')) < CLIENTS) await sleep(500);
    const issued = Date.now();
    console.log(`drafts for ${CLIENTS} clients: ${((drafted - t0) / 1000).toFixed(1)} s`);
    console.log(`issued with PDFs:  ${((issued - drafted) / 1000).toFixed(1)} s`);
    console.log(`whole run:         ${((issued - t0) / 1000).toFixed(1)} s (target < 180 s)`);
    console.log(`peak RSS:          ${(peakRss / 1e6).toFixed(0)} MB (target < 500 MB)`);
    await pg.end();

    // The floor: one invoice PDF, rendered alone.
    const sample = {
      kind: 'INVOICE' as const,
      number: 'DG-2026-000001',
      issueDate: tokyoDate(new Date()),
      dueDate: tokyoDate(new Date()),
      month,
      recipientName: '株式会社ベンチ 御中',
      issuer: {
        name: config.ISSUER_NAME,
        address: config.ISSUER_ADDRESS,
        phone: config.ISSUER_PHONE,
        registrationNumber: config.ISSUER_REGISTRATION_NUMBER,
        bankAccount: config.ISSUER_BANK_ACCOUNT,
      },
      lines: [
        {
          kind: 'PLAN' as const,
          description: `スタンダードプラン 月額基本料（${monthLabel(month)}）`,
          quantity: 1,
          unitPrice: 15_000,
          amount: 15_000,
          taxRate: 10 as const,
          period: null,
        },
        {
          kind: 'OPTION' as const,
          description: '着信課金番号 0120-444-555',
          quantity: 1,
          unitPrice: 1_000,
          amount: 1_000,
          taxRate: 10 as const,
          period: null,
        },
      ],
      totals: {
        byRate: [{ taxRate: 10 as const, subtotal: 16_000, tax: 1_600, total: 17_600 }],
        subtotal: 16_000,
        tax: 1_600,
        total: 17_600,
      },
    };
    await renderInvoicePdf(sample);
    const samples = await timeEach(Array.from({ length: 200 }), () => renderInvoicePdf(sample));
    console.log(`one PDF alone:     ${fmt(percentiles(samples))}`);
  } finally {
    clearInterval(sampler);
    await api.close();
  }
}

/**
 * Clients on the Standard plan since last year, a third with a toll-free
 * number, and intakes last month (some over the included count, some wrong).
 */
async function seed(
  query: (sql: string, params?: unknown[]) => Promise<unknown>,
  month: string,
): Promise<void> {
  await query(
    `INSERT INTO client_companies (name, name_kana, invoice_recipient_name, status, version)
     SELECT '株式会社ベンチ' || lpad(i::text, 5, '0'), 'ベンチ' || i, '株式会社ベンチ' || lpad(i::text, 5, '0') || ' 経理部', 'ACTIVE', 1
       FROM generate_series(1, ${CLIENTS}) i`,
  );
  await query(
    `INSERT INTO contracts (client_company_id, start_date, holiday_rule, coverage_windows, billing_terms, version)
     SELECT id, '2025-01-01', 'CLOSED', '[]', ${TERMS}, 1 FROM client_companies`,
  );
  await query(
    `INSERT INTO contract_plan_terms (contract_id, client_company_id, plan_code, effective_from)
     SELECT id, client_company_id, 'STANDARD', start_date FROM contracts`,
  );
  await query(
    `INSERT INTO contract_options (contract_id, client_company_id, kind, description, quantity, monthly_fee, one_off_fee, start_date)
     SELECT id, client_company_id, 'TOLL_FREE_NUMBER', '着信課金番号 0120-' || lpad((row_number() OVER ())::text, 6, '0'), 1, 1000, 0, start_date
       FROM contracts WHERE abs(hashtext(id::text)) % 3 = 0`,
  );
  await query(
    `INSERT INTO scripts (client_company_id, draft, published_version_no, version) SELECT id, '{}', 1, 1 FROM client_companies`,
  );
  await query(
    `INSERT INTO script_versions (client_company_id, version_no, greeting, fields, special_instructions, urgent_keywords, closing_phrase)
     SELECT id, 1, 'お電話ありがとうございます。', '[]', '', '{}', '' FROM client_companies`,
  );
  // 60 intakes last month for one client in ten (over Standard's included count), 3 of them wrong.
  const last = shiftBillingMonth(month, -1);
  await query(
    `INSERT INTO intake_records (client_company_id, channel, script_version_id, fields, memo, status, billable, received_at, search_text, search_bigrams, version)
     SELECT s.client_company_id, 'PHONE', s.id, '{}', '', CASE WHEN g <= 3 THEN 'WRONG_OR_PRANK' ELSE 'COMPLETED' END, g > 3,
            ($1::date + interval '10 hours' + g * interval '7 hours') AT TIME ZONE 'Asia/Tokyo', '', '{}', 1
       FROM script_versions s, generate_series(1, 60) g
      WHERE abs(hashtext(s.client_company_id::text)) % 10 = 0`,
    [`${last}-01`],
  );
}

void main();
