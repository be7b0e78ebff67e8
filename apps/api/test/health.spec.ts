import { Client } from 'pg';
import { RequestContext } from '../src/common/request-context';
import { Db } from '../src/database/db.service';
import { TestApp } from './test-app';

describe('GET /healthz', () => {
  it('answers 200 while the database is reachable and 503 when it is not', async () => {
    const t = await TestApp.start();
    const name = new URL(t.databaseUrl).pathname.slice(1);
    const allowConnections = async (allow: boolean) => {
      const admin = new Client({ connectionString: process.env['DENGON_TEST_SERVER_URL'] });
      await admin.connect();
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS ${allow}`);
      if (!allow)
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`,
          [name],
        );
      await admin.end();
    };
    try {
      const up = await fetch(`${t.baseUrl}/healthz`);
      expect(up.status).toBe(200);
      expect(await up.json()).toEqual({ status: 'ok', database: 'up' });

      // Take the database away: refuse new connections and end the open ones.
      await allowConnections(false);
      const down = await fetch(`${t.baseUrl}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', database: 'down' });
    } finally {
      // Back, so the app's job queue and listener stop cleanly instead of retrying past the test.
      await allowConnections(true);
      await t.close().catch(() => undefined);
      // pg-boss checks every second, outside stop(), that its workers have ended; those cut off
      // by the outage end a moment later. Let that happen while this test's environment lives,
      // or its next check runs after jest has torn it down and fails the run.
      await new Promise((resolve) => setTimeout(resolve, 2500));
    }
  }, 20_000);

  it('lives on when the server ends the connections it is using', async () => {
    const t = await TestApp.start();
    const db = t.app.get(Db);
    const name = new URL(t.databaseUrl).pathname.slice(1);
    let running = true;
    let failed = 0;
    // Single statements in flight, and units of work that hold their connection between two.
    const workers = Array.from({ length: 30 }, async () => {
      while (running) {
        await db.prepared('nap', 'SELECT pg_sleep(0.001)', []).catch(() => void failed++);
        await db
          .transaction(RequestContext.system('test'), async (em) => {
            await em.query('SELECT 1');
            await new Promise((resolve) => setTimeout(resolve, 2));
            await em.query('SELECT 2');
          })
          .catch(() => void failed++);
      }
    });
    try {
      for (let i = 0; i < 5; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        const admin = new Client({ connectionString: process.env['DENGON_TEST_SERVER_URL'] });
        await admin.connect();
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [name],
        );
        await admin.end();
      }
      running = false;
      await Promise.all(workers);
      // The units cut off failed (and would be retried by their caller); the app still answers.
      expect(failed).toBeGreaterThan(0);
      expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      running = false;
      await t.close();
    }
  }, 20_000);
});
