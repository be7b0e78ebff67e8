import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { ensureDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { createDataSource } from '../src/database/data-source';
import { migrate } from '../src/database/migrate';
import { seedDemo } from '../src/demo/demo-seed';
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
  const dir = mkdtempSync(join(tmpdir(), 'dengon-bench-dispatch-'));
  const server = await startEmbeddedPostgres(join(dir, 'pg'), { persistent: false, quiet: true });
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
  try {
    await ensureDatabase(server.url('postgres'), 'bench');
    const url = server.url('bench');
    const ds = await createDataSource(url).initialize();
    await migrate(ds);
    await seedDemo(ds, PASSWORD);
    await ds.destroy();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dir,
      JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      FAX_GATEWAY: 'email',
      FAX_EMAIL_ADDRESS: '{number}@fax.example',
      JOB_POLL_SECONDS: String(values.poll),
    });
    const app = await createApp({ config, databaseUrl: url, quiet: true });
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    // Each answer here has one field, an object with an id or a token.
    type Answer = Record<string, { id: string; accessToken: string }>;
    const gql = async (query: string, variables: object, token?: string): Promise<Answer> => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Answer; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!;
    };
    const token = (
      await gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
        {
          e: 'operator1@dengon.example',
          p: PASSWORD,
        },
      )
    )['login']!.accessToken;
    const pg = new Client({ connectionString: url });
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
    await app.close();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    smtp.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
