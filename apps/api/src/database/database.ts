import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/config';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  url: string;
  /** True when Dengon started the server itself. */
  embedded: boolean;
  stop: () => Promise<void>;
}

/** DATABASE_URL when set; otherwise Dengon's own PostgreSQL under DATA_DIR. */
export async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.DATABASE_URL)
    return { url: config.DATABASE_URL, embedded: false, stop: () => Promise.resolve() };
  mkdirSync(config.dataDir, { recursive: true });
  const server = await startEmbeddedPostgres(join(config.dataDir, 'postgres'));
  await ensureDatabase(server.url('postgres'), 'dengon');
  return { url: server.url('dengon'), embedded: true, stop: server.stop };
}
