import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { DATABASE_URL } from '../events/event-bus';

/**
 * Every queue, with how its jobs retry: declared in one place and created at
 * boot, because pg-boss drops a job sent to a queue that does not exist yet.
 */
export const QUEUES = {
  /** Tell the client of a saved intake, by its report method. */
  'intake.report': { retryLimit: 5, retryDelay: 5, retryBackoff: true },
  /** Send the daily digests that are due (a schedule, every minute). */
  'intake.digest': { retryLimit: 1, retryDelay: 30 },
  /** Send one outbound message. */
  'message.deliver': { retryLimit: 8, retryDelay: 10, retryBackoff: true },
  /** Send again what a dead process left behind (a schedule, every minute). */
  'message.recover': { retryLimit: 1, retryDelay: 30 },
  /** Build the month's draft invoices; resumable, so a retry goes on where it stopped. */
  'billing.run': { retryLimit: 5, retryDelay: 10, retryBackoff: true },
  /** Issue every draft of a month (numbers, PDFs, e-mails); resumable the same way. */
  'billing.issue': { retryLimit: 5, retryDelay: 10, retryBackoff: true },
  /** Turn a recorded call's capture into its audio file; waits for the edge to close the capture. */
  'recording.collect': { retryLimit: 12, retryDelay: 5, retryBackoff: true },
  /** Download a provider's recording (Twilio) into FileStore; retried while it is not ready. */
  'recording.fetch': { retryLimit: 8, retryDelay: 10, retryBackoff: true },
  /** Delete recordings past their client's retention (a schedule, daily). */
  'recording.expire': { retryLimit: 1, retryDelay: 60 },
  /** End calls whose provider never sent their end (a schedule, every minute). */
  'call.reconcile': { retryLimit: 1, retryDelay: 30 },
  /** A test call's caller hangs up (テスト着信). */
  'call.test-hangup': { retryLimit: 3, retryDelay: 5 },
  /** Read the clients' own mailboxes over IMAP (a schedule, every minute). */
  'mailbox.poll': { retryLimit: 1, retryDelay: 30 },
  /** Start the month's run on the 1st at 06:00 Asia/Tokyo (a schedule). */
  'billing.schedule': { retryLimit: 1, retryDelay: 60 },
} as const satisfies Record<string, PgBoss.RetryOptions>;

export type QueueName = keyof typeof QUEUES;

/** A little more than pg-boss's one-second look at its stopping workers. */
const WORKERS_OFF_MS = 1_100;

/** Jobs fetched at once by a worker. */
const BATCH = 20;

/**
 * Queues whose jobs are independent of each other (each its own transaction,
 * idempotent): a batch runs at once rather than one job after another, so a
 * burst of reports keeps the database and the mail server busy in parallel.
 */
const PARALLEL: ReadonlySet<QueueName> = new Set(['intake.report']);

/**
 * Durable background jobs on pg-boss, in Dengon's own PostgreSQL. A job is
 * sent inside the transaction of the change that calls for it, so it exists
 * if and only if the change commits; workers run in every API process.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('Jobs');
  private readonly boss: PgBoss;

  constructor(
    @Inject(DATABASE_URL) url: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.boss = new PgBoss({
      connectionString: url,
      schema: 'pgboss',
      application_name: 'dengon-jobs',
      // A connection for each queue's worker to fetch with, and a few for completions and
      // maintenance: a fetch left waiting for one when the pool ends waits for ever (pg-pool
      // drops its queue on end), and its worker never stops.
      max: Object.keys(QUEUES).length + 3,
    });
    this.boss.on('error', (error) => this.log.error(error.message));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    for (const [name, options] of Object.entries(QUEUES)) {
      if (!(await this.boss.getQueue(name)))
        await this.boss.createQueue(name, { name, ...options });
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    // pg-boss 10 takes its workers off in a loop that looks once a second whether they have
    // stopped, which they have once its pool is closed: waiting out one more look means none of
    // it runs after the app is gone (in a test, after jest has torn the module registry down).
    await sleep(WORKERS_OFF_MS);
  }

  /**
   * Sends a job in the caller's transaction, to run at once or not before
   * `startAfter`. Handlers are idempotent: a job may run more than once.
   */
  send(
    em: EntityManager,
    queue: QueueName,
    data: object,
    options: { startAfter?: Date } = {},
  ): Promise<void> {
    return this.sendMany(em, queue, [data], options);
  }

  /** Sends one job per item in the caller's transaction, in one statement. */
  async sendMany(
    em: EntityManager,
    queue: QueueName,
    data: readonly object[],
    options: { startAfter?: Date } = {},
  ): Promise<void> {
    if (!data.length) return;
    await this.boss.insert(
      data.map((d) => ({ name: queue, data: d, ...options })),
      // pg-boss's statement runs in the caller's transaction.
      { db: { executeSql: async (text, values) => ({ rows: await em.query(text, values) }) } },
    );
  }

  /**
   * Runs the handler for each job of the queue. A throw fails the job's batch,
   * to be retried per its queue; the others of the batch were still run, and
   * handlers are idempotent, so their retry changes nothing.
   */
  async work<T extends object>(
    queue: QueueName,
    handler: (data: T) => Promise<void>,
  ): Promise<void> {
    await this.workBatch<T>(queue, async (batch) => {
      const failures: Error[] = [];
      const run = (data: T) =>
        handler(data).catch((e: unknown) => {
          failures.push(e instanceof Error ? e : new Error(String(e)));
        });
      if (PARALLEL.has(queue)) await Promise.all(batch.map(run));
      else for (const data of batch) await run(data);
      if (failures[0]) throw failures[0];
    });
  }

  /**
   * Runs the handler once for each batch of the queue's jobs fetched together
   * (up to 20), for work that is cheaper done at once; a throw fails the
   * batch, to be retried per its queue, so the handler must be idempotent.
   */
  async workBatch<T extends object>(
    queue: QueueName,
    handler: (batch: T[]) => Promise<void>,
  ): Promise<void> {
    // The worker's id, known once work() returns (its first batch may come before).
    const worker: { id?: string } = {};
    worker.id = await this.boss.work<T>(
      queue,
      // Up to 20 jobs per fetch: a busy queue costs one fetch and one completion per batch, not per job.
      { pollingIntervalSeconds: this.config.JOB_POLL_SECONDS, batchSize: BATCH },
      async (jobs) => {
        // A full batch means more are likely waiting: fetch again at once, not after the interval.
        if (jobs.length === BATCH && worker.id) this.boss.notifyWorker(worker.id);
        await handler(jobs.map((job) => job.data));
      },
    );
  }

  /** Sends a job to the queue on a cron schedule in Asia/Tokyo. */
  schedule(queue: QueueName, cron: string): Promise<void> {
    return this.boss.schedule(queue, cron, {}, { tz: 'Asia/Tokyo' });
  }
}
