import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from './app';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { openDatabase } from './database/database';
import { createDataSource } from './database/data-source';
import { ensureDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { migrate, pendingSchemaChanges } from './database/migrate';

/**
 * Developer and CI commands:
 *   migrate                   apply pending migrations to the configured database
 *   migration:generate NAME   write the migration that brings a migrated database in line with the entities
 *   schema:write              regenerate apps/api/schema.gql
 *   check                     fail when migrations or schema.gql lag behind the code
 */
const SCHEMA_FILE = resolve('apps/api/schema.gql');

async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'dengon-scratch-'));
  const server = await startEmbeddedPostgres(join(dir, 'pg'), { persistent: false, quiet: true });
  try {
    await ensureDatabase(server.url('postgres'), 'scratch');
    const url = server.url('scratch');
    const ds = await createDataSource(url).initialize();
    try {
      await migrate(ds);
    } finally {
      await ds.destroy();
    }
    return await work(url);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function entityDrift(url: string) {
  const ds = await createDataSource(url).initialize();
  try {
    return await pendingSchemaChanges(ds);
  } finally {
    await ds.destroy();
  }
}

async function printSchema(config: AppConfig, url: string, file: string): Promise<void> {
  const app = await createApp({ config, databaseUrl: url, schemaFile: file, quiet: true });
  await app.init();
  await app.close();
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (qs: string[]) =>
    qs.map((q) => `    await q.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines(down.reverse())}
  }
}
`;
}

async function run(command: string | undefined, args: string[]): Promise<number> {
  const config = loadConfig();
  switch (command) {
    case 'migrate': {
      const database = await openDatabase(config);
      const ds = await createDataSource(database.url).initialize();
      const applied = await migrate(ds);
      await ds.destroy();
      await database.stop();
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations');
      return 0;
    }
    case 'migration:generate': {
      const name = args[0];
      if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
        console.error('Usage: npm run db:migration:generate -- PascalCaseName');
        return 2;
      }
      const { up, down } = await withScratchDatabase(entityDrift);
      if (!up.length) {
        console.log('Entities and migrations agree: nothing to generate');
        return 0;
      }
      // One timestamp names both the file and the class.
      const at = Date.now();
      const file = resolve('migrations', `${at}-${name}.ts`);
      writeFileSync(file, migrationSource(`${name}${at}`, up, down));
      console.log(
        `Wrote ${file}\nAdd it to migrations/index.ts, review the SQL, then run the check.`,
      );
      return 0;
    }
    case 'schema:write':
      await withScratchDatabase((url) => printSchema(config, url, SCHEMA_FILE));
      console.log(`Wrote ${SCHEMA_FILE}`);
      return 0;
    case 'check': {
      const generated = join(mkdtempSync(join(tmpdir(), 'dengon-schema-')), 'schema.gql');
      const { up } = await withScratchDatabase(async (url) => {
        await printSchema(config, url, generated);
        return entityDrift(url);
      });
      let failed = false;
      if (up.length) {
        failed = true;
        console.error(
          `Entities and migrations disagree; a new migration would run:\n  ${up.join('\n  ')}`,
        );
        console.error('Run: npm run db:migration:generate -- Name');
      }
      if (readFileSync(generated, 'utf8') !== readFileSync(SCHEMA_FILE, 'utf8')) {
        failed = true;
        console.error('apps/api/schema.gql is stale. Run: npm run schema:write');
      }
      if (!failed) console.log('Migrations match the entities; schema.gql is current.');
      return failed ? 1 : 0;
    }
    default:
      console.error('Commands: migrate | migration:generate NAME | schema:write | check');
      return 2;
  }
}

run(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
