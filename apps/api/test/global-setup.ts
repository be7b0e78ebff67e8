import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ensureDatabase, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';
import { migrationOptions } from '../src/database/migration-options';

const TEMPLATE_DB = 'dengon_template';

/**
 * One real PostgreSQL for the whole run, and a template database built by
 * the real migrations; each test file clones its own database from it.
 */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dengon-test-'));
  const server = await startEmbeddedPostgres(join(dir, 'pg'), { persistent: false, quiet: true });
  await ensureDatabase(server.url('postgres'), TEMPLATE_DB);
  // Entities are not loaded here: this process is also jest's, and must not hold a second copy of them.
  const ds = await new DataSource({
    type: 'postgres',
    url: server.url(TEMPLATE_DB),
    ...migrationOptions,
  }).initialize();
  await migrate(ds);
  await ds.destroy();
  process.env['DENGON_TEST_SERVER_URL'] = server.url('postgres');
  process.env['DENGON_TEST_TEMPLATE_DB'] = TEMPLATE_DB;
  (globalThis as { dengonTestServer?: typeof server }).dengonTestServer = server;
}
