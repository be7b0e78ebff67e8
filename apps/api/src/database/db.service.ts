import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { escapeLiteral, type Pool, type PoolClient, type QueryResultRow } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import type { RequestContext } from '../common/request-context';

/** The database role requests run as, so row-level security applies to them. */
export const APP_DB_ROLE = 'dengon_app';

/**
 * Runs a unit of work in one transaction. For a request the transaction is
 * switched to the unprivileged role and told the caller's scope, so the
 * tenant policies of the database confine a client user to their company
 * even where a check in code was missed.
 */
@Injectable()
export class Db {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  async transaction<T>(ctx: RequestContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (ctx.system) return this.dataSource.transaction(work);
    const runner = this.dataSource.createQueryRunner() as PostgresQueryRunner;
    const connection = (await runner.connect()) as PoolClient;
    try {
      // One round trip opens the transaction and tells it who is asking: the simple protocol
      // takes both statements at once, where TypeORM's own start would cost a second.
      const scope = ctx.user && ctx.tenantId === null ? 'staff' : 'client';
      await connection.query(
        `BEGIN; SELECT set_config('role', ${escapeLiteral(APP_DB_ROLE)}, true),
                       set_config('dengon.scope', ${escapeLiteral(scope)}, true),
                       set_config('dengon.client_company_id', ${escapeLiteral(ctx.tenantId ?? '')}, true)`,
      );
      // So that TypeORM's own operations (save, remove) join this transaction instead of starting one.
      runner.isTransactionActive = true;
      const result = await work(runner.manager);
      await connection.query('COMMIT');
      return result;
    } catch (error) {
      if (!runner.isReleased) await connection.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      runner.isTransactionActive = false;
      await runner.release();
    }
  }

  /**
   * One statement as Dengon itself (no caller's role), prepared once per
   * pooled connection under its name: for the few reads on every caller's
   * path, where parsing and planning each time would show.
   */
  async prepared<T extends QueryResultRow>(
    name: string,
    text: string,
    values: unknown[],
  ): Promise<T[]> {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    return (await pool.query<T>({ name, text, values })).rows;
  }
}
