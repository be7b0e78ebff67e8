import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { seedDemo } from '../src/demo/demo-seed';
import { benchApi } from './harness';
import { fmt, percentiles } from './stats';

/**
 * `npm run bench:dispatch`: how long a dispatch takes from the operator's
 * send to its sheet being accepted by the mail server (fax by e-mail-to-fax,
 * then e-mail), with the demo's maintenance-linked client and a real SMTP
 * server in this process. --dispatches (default 50), one every 200 ms;
 * JOB_POLL_SECONDS is the default (2 s) unless --poll says otherwise.
 */
const { values } = parseArgs({
  options: {
    dispatches: { type: 'string', default: '50' },
    poll: { type: 'string', default: '2' },
  },
});
const COUNT = Number(values.dispatches);
const PASSWORD = 'bench-password';

async function main(): Promise<void> {
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, done) => {
      stream.on('end', () => done());
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const api = await benchApi('bench-dispatch', {
    password: PASSWORD,
    seed: (ds) => seedDemo(ds, PASSWORD),
    env: {
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      FAX_GATEWAY: 'email',
      FAX_EMAIL_ADDRESS: '{number}@fax.example',
      JOB_POLL_SECONDS: String(values.poll),
    },
  });
  try {
    // Each answer here has one field, an object with an id.
    type Answer = Record<string, { id: string }>;
    const gql = (query: string, variables: object, token?: string) =>
      api.gql<Answer>(query, variables as Record<string, unknown>, token);
    const token = await api.login('operator1@dengon.example');
    const pg = new Client({ connectionString: api.url });
    await pg.connect();
    const client = (
      await pg.query<{ id: string }>(`SELECT id FROM client_companies WHERE name LIKE '東都設備%'`)
    ).rows[0]!.id;

    console.log(`${COUNT} dispatches, one every 200 ms, job polling every ${values.poll} s…`);
    for (let i = 0; i < COUNT; i++) {
      const intake = await gql(
        `mutation($input: CreateIntakeInput!) { createIntake(input: $input) { id } }`,
        {
          input: {
            clientCompanyId: client,
            channel: 'PHONE',
            fields: {
              caller_name: '山田 太郎',
              callback_number: '090-1111-2222',
              message: `水漏れ ${i}`,
              category: '水漏れ',
              site_address: '163-8001 東京都新宿区西新宿2-8-1',
            },
          },
        },
        token,
      );
      await gql(
        `mutation($input: CreateDispatchInput!) { createDispatch(input: $input) { id } }`,
        {
          input: {
            intakeId: intake['createIntake']!.id,
            category: '水漏れ',
            siteAddress: '東京都新宿区西新宿2-8-1',
            instructions: '止水をお願いします。',
          },
        },
        token,
      );
      await new Promise((r) => setTimeout(r, 200));
    }
    for (;;) {
      const { rows } = await pg.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbound_messages WHERE purpose = 'DISPATCH' AND status <> 'SENT'`,
      );
      if (rows[0]!.n === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    // From the dispatch's creation (the operator's send) to the mail server's 250 for its sheet.
    const { rows } = await pg.query<{ ms: number }>(
      `SELECT extract(epoch FROM (m.sent_at - d.created_at)) * 1000 AS ms
         FROM dispatches d JOIN outbound_messages m ON m.related_id = d.id`,
    );
    console.log(
      `send → accepted by the mail server: ${fmt(percentiles(rows.map((r) => BigInt(Math.round(r.ms * 1e6)))))}`,
    );
    await pg.end();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    smtp.close();
    await api.close();
  }
}

void main();
