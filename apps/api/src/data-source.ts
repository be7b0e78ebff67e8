import type { EventEmitter } from 'node:events';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrationOptions } from './database/migration-options';
import { SnakeNamingStrategy } from './database/snake-naming.strategy';

/** One definition of the connection, shared by the API, the CLI and the tests. */
export function dataSourceOptions(url: string, logSql = false): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    ...migrationOptions,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; extensions are installed by migrations only.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Failed queries surface as errors where they happen; expected ones (a duplicate e-mail) are not noise.
    logging: logSql ? 'all' : false,
    extra: {
      max: 20,
      application_name: 'dengon',
      // When the server ends a connection (a restart), its error can arrive after pg-pool or
      // TypeORM has let go of it, with no one listening, and that would end the process. The
      // connection is dropped all the same: the pool never hands out one that has failed.
      onConnect: (client: EventEmitter) => void client.on('error', () => undefined),
    },
  };
}

export function createDataSource(url: string, logSql = false): DataSource {
  return new DataSource(dataSourceOptions(url, logSql));
}
