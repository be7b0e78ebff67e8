import { migrations } from '@dengon/migrations';

/** How migrations are found and recorded; kept apart from the entities so tooling can migrate without loading them. */
export const migrationOptions = {
  migrations,
  migrationsTableName: 'migrations',
  migrationsTransactionMode: 'each',
} as const;
