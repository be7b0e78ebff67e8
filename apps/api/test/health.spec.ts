import { Client } from 'pg';
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
});
