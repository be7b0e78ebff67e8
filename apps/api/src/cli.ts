import 'reflect-metadata';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from './app';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { openDatabase } from './database/database';
import { createDataSource } from './data-source';
import { databaseObjects } from './database/database-objects';
import { ensureDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { migrate, pendingSchemaChanges } from './database/migrate';
import { migrationOptions } from './database/migration-options';

/**
 * Developer and CI commands:
 *   migrate                   apply pending migrations to the configured database
 *   migration:generate NAME   write the migration that brings a migrated database in line with the entities
 *   schema:write              regenerate apps/api/schema.gql and apps/api/database-objects.sql
 *   check                     fail when migrations, their list, schema.gql or database-objects.sql
 *                             lag behind the code
 */
const SCHEMA_FILE = resolve('apps/api/schema.gql');
const OBJECTS_FILE = resolve('apps/api/database-objects.sql');

/**
 * migrations/index.ts lists every migration file once, in order, each class
 * named as its file (Name + timestamp); what is wrong, else nothing.
 */
const readIfPresent = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

function migrationListProblems(): string[] {
  const files = readdirSync(resolve('migrations'))
    .map((f) => /^(\d+)-([A-Za-z0-9]+)\.ts$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map(([, at, name]) => `${name}${at}`);
  const classes = migrationOptions.migrations.map((m) => m.name);
  const problems = migrationOptions.migrations
    .filter((m) => new m().name !== m.name)
    .map((m) => `class ${m.name} records itself as '${new m().name}' in the migrations table`);
  if (classes.join() !== files.join())
    problems.push(
      `migrations/index.ts lists ${classes.join(', ')}\n  but the files, in order, are ${files.join(', ')}`,
    );
  return problems;
}

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
      await withScratchDatabase(async (url) => {
        await printSchema(config, url, SCHEMA_FILE);
        writeFileSync(OBJECTS_FILE, await databaseObjects(url));
      });
      console.log(`Wrote ${SCHEMA_FILE} and ${OBJECTS_FILE}`);
      return 0;
    case 'check': {
      const generated = join(mkdtempSync(join(tmpdir(), 'dengon-schema-')), 'schema.gql');
      const { up, objects } = await withScratchDatabase(async (url) => {
        await printSchema(config, url, generated);
        return { ...(await entityDrift(url)), objects: await databaseObjects(url) };
      });
      let failed = false;
      for (const problem of migrationListProblems()) {
        failed = true;
        console.error(problem);
      }
      if (objects !== readIfPresent(OBJECTS_FILE)) {
        failed = true;
        console.error(
          'apps/api/database-objects.sql is stale (functions, triggers, policies or grants changed). Run: npm run schema:write',
        );
      }
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
      if (!failed)
        console.log(
          'Migrations match the entities and their list; schema.gql and database-objects.sql are current.',
        );
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
