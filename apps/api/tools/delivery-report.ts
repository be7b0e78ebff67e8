import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { eventSignature } from '../src/common/signatures';
import { loadConfig } from '../src/config/config';

/**
 * Hands a delivery report to Dengon, signed with DELIVERY_REPORTS_SECRET (set,
 * or the local one under DATA_DIR):
 *
 *   delivery-report mail < bounce.eml
 *     from the mail server, e.g. a Postfix pipe for the bounce address, or an
 *     alias that receives the fax gateway's result mails;
 *   delivery-report fax-job --job 4711 --outcome DELIVERED|BOUNCED [--detail text]
 *     from HylaFAX's notify hook (etc/FaxNotify) when a job is done or failed.
 *
 * Exits non-zero when Dengon refuses the report, so the MTA keeps the mail.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    job: { type: 'string' },
    outcome: { type: 'string' },
    detail: { type: 'string' },
  },
});

const config = loadConfig();
const base = (values.url ?? config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(
  /\/$/,
  '',
);

function request(): { path: string; contentType: string; body: Buffer } {
  switch (positionals[0]) {
    case 'mail':
      return { path: 'mail', contentType: 'message/rfc822', body: readFileSync(0) };
    case 'fax-job':
      return {
        path: 'fax-job',
        contentType: 'application/json',
        body: Buffer.from(
          JSON.stringify({ jobId: values.job, outcome: values.outcome, detail: values.detail }),
        ),
      };
    default:
      throw new Error(
        'Usage: delivery-report mail < message.eml | delivery-report fax-job --job ID --outcome DELIVERED|BOUNCED',
      );
  }
}

async function main(): Promise<void> {
  const { path, contentType, body } = request();
  const timestamp = String(Math.floor(Date.now() / 1000));
  const response = await fetch(`${base}/webhooks/delivery-reports/${path}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-dengon-timestamp': timestamp,
      'x-dengon-signature': eventSignature(config.deliveryReportsSecret, timestamp, body),
    },
    body,
  });
  const answer = await response.text();
  console.log(`${response.status} ${answer}`);
  if (!response.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
