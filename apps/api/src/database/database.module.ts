import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DATABASE_URL, EventBus } from '../events/event-bus';
import { JobQueue } from '../jobs/job-queue';
import { Db } from './db.service';

/** Transactions with the tenant's context, live events and jobs: all in Dengon's PostgreSQL. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [Db, EventBus, JobQueue, { provide: DATABASE_URL, useValue: databaseUrl }],
      exports: [Db, EventBus, JobQueue, DATABASE_URL],
    };
  }
}
