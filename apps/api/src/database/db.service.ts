import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, QueryResultRow } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
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

  transaction<T>(ctx: RequestContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      if (!ctx.system) {
        const scope = ctx.user && ctx.tenantId === null ? 'staff' : 'client';
        await em.query(
          `SELECT set_config('role', $1, true), set_config('dengon.scope', $2, true),
                  set_config('dengon.client_company_id', $3, true)`,
          [APP_DB_ROLE, scope, ctx.tenantId ?? ''],
        );
      }
      return work(em);
    });
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
