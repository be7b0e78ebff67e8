import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { QUEUES } from '../src/jobs/job-queue';
import { apiProcess, exited } from './api-process';
import { TestSmtp } from '@dengon/test-doubles';
import { TestApp, until } from './test-app';

// Two API processes boot one after the other.
jest.setTimeout(60_000);

/** The API in a process of its own on the test's database, printing what it says. */
function apiOn(databaseUrl: string, env: Record<string, string>): ChildProcess {
  const { child } = apiProcess({ DATABASE_URL: databaseUrl, ...env });
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(d));
  return child;
}

describe('a process killed in the middle of a send', () => {
  let smtp: TestSmtp;
  let db: Client;
  let databaseUrl: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    // The first message is taken in and never answered: its sender dies waiting.
    smtp = await TestSmtp.start({ hold: 1 });
    databaseUrl = await TestApp.newDatabase();
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await db.end();
    await smtp.close();
  });

  const row = async (id: string) =>
    (
      await db.query<{ status: string; attempts: number }>(
        'SELECT status, attempts FROM outbound_messages WHERE id = $1',
        [id],
      )
    ).rows[0];

  it('completes the send after a restart, and the message arrives exactly once', async () => {
    // Queued as Delivery.queue does it: the row, and a job to send it.
    const inserted = await db.query<{ id: string }>(
      `INSERT INTO outbound_messages (dedupe_key, purpose, channel, recipient, subject, body, status)
       VALUES ('test:killed', 'INTAKE_REPORT', 'EMAIL', 'report@client.example', '【受付】停電中の伝言', '本文', 'QUEUED')
       RETURNING id`,
    );
    const id = inserted.rows[0]!.id;
    const boss = new PgBoss({
      connectionString: databaseUrl,
      schema: 'pgboss',
      supervise: false,
      schedule: false,
    });
    await boss.start();
    // pg-boss drops a job for a queue not yet made; the API makes its queues at boot the same way.
    await boss.createQueue('message.deliver', {
      name: 'message.deliver',
      ...QUEUES['message.deliver'],
    });
    expect(await boss.send('message.deliver', { id })).toEqual(expect.any(String));
    await boss.stop({ graceful: false });

    const env = { SMTP_URL: smtp.url, DELIVERY_LEASE_SECONDS: '1' };
    const first = apiOn(databaseUrl, env);
    children.push(first);
    // The server has the whole message; the process waits for its 250 and is killed.
    await smtp.held;
    first.kill('SIGKILL');
    await exited(first);
    expect(await row(id)).toEqual({ status: 'SENDING', attempts: 1 });
    expect(smtp.mails).toHaveLength(0);

    // A new process takes over what the dead one left, once its lease has run out.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const second = apiOn(databaseUrl, env);
    children.push(second);
    await until(async () => ((await row(id))?.status === 'SENT' ? true : undefined), 'the resend');
    expect(await row(id)).toEqual({ status: 'SENT', attempts: 2 });
    // pg-boss would also retry the dead process's job when it expires: it finds the message sent.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(smtp.mails.map((m) => m.messageId)).toEqual([`<${id}@dengon>`]);
    expect(smtp.mails[0]!.subject).toBe('【受付】停電中の伝言');
  });
});
