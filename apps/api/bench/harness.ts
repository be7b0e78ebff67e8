import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import {
  type EmbeddedDatabase,
  ensureDatabase,
  startEmbeddedPostgres,
} from '../src/database/embedded-postgres';
import { createDataSource } from '../src/data-source';
import { migrate } from '../src/database/migrate';

export interface BenchApi {
  base: string;
  url: string;
  dir: string;
  server: EmbeddedDatabase;
  app: NestExpressApplication;
  /** One GraphQL request; throws on any error, naming it. */
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<T>;
  login: (email: string) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * A benchmark's Dengon: its own embedded PostgreSQL (kept on disk, so it can
 * be restarted), migrated and seeded, and the API in this process on a free port.
 */
export async function benchApi(
  name: string,
  options: {
    password: string;
    seed: (ds: DataSource) => Promise<unknown>;
    env?: Record<string, string>;
  },
): Promise<BenchApi> {
  const dir = mkdtempSync(join(tmpdir(), `dengon-${name}-`));
  const server = await startEmbeddedPostgres(join(dir, 'pg'), { quiet: true });
  await ensureDatabase(server.url('postgres'), 'bench');
  const url = server.url('bench');
  const ds = await createDataSource(url).initialize();
  await migrate(ds);
  await options.seed(ds);
  // A database in service has its statistics; without them the planner takes every table for empty.
  await ds.query('ANALYZE');
  await ds.destroy();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    ...options.env,
  });
  const app = await createApp({ config, databaseUrl: url, quiet: true });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: { message: string }[] };
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  };
  return {
    base,
    url,
    dir,
    server,
    app,
    gql,
    login: async (email) =>
      (
        await gql<{ login: { accessToken: string } }>(
          `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
          { e: email, p: options.password },
        )
      ).login.accessToken,
    close: async () => {
      await app.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
