import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  clientCompanyId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  /** An action, or a kind of actions ending in a dot ('intake.'). */
  action?: string;
  /** Staff only: one client's entries. */
  clientCompanyId?: string;
  /** Days, Asia/Tokyo, both included. */
  from?: string;
  to?: string;
  /** Keyset: entries older than this id. */
  before?: string;
  first: number;
}

@Injectable()
export class AuditService {
  constructor(private readonly db: Db) {}

  /** Appends an entry inside the caller's transaction, so it commits or rolls back with the change. */
  async record(em: EntityManager, ctx: RequestContext, record: AuditRecord): Promise<void> {
    const entry = Object.assign(new AuditEntry(), {
      actorUserId: ctx.user?.id ?? null,
      actorRole: ctx.user?.role ?? null,
      systemEntry: ctx.entry,
      clientCompanyId: record.clientCompanyId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before ?? null,
      after: record.after ?? null,
    });
    // insert, not save: nothing to track on a row that is only ever appended. (Its JSON columns
    // are plain objects, which TypeORM's partial-entity type does not take as such.)
    await em.insert(AuditEntry, entry as QueryDeepPartialEntity<AuditEntry>);
  }

  /** Newest first. A client admin sees only their company's entries (in code and by row-level security). */
  list(ctx: RequestContext, query: AuditQuery): Promise<AuditEntry[]> {
    return this.db.transaction(ctx, (em) => {
      const qb = em.createQueryBuilder(AuditEntry, 'a').orderBy('a.id', 'DESC').limit(query.first);
      if (ctx.tenantId) qb.andWhere('a.client_company_id = :tenant', { tenant: ctx.tenantId });
      if (query.entityType) qb.andWhere('a.entity_type = :type', { type: query.entityType });
      if (query.entityId) qb.andWhere('a.entity_id = :id', { id: query.entityId });
      if (query.before) qb.andWhere('a.id < :before', { before: query.before });
      if (query.action?.endsWith('.'))
        qb.andWhere('a.action LIKE :kind', { kind: `${query.action}%` });
      else if (query.action) qb.andWhere('a.action = :action', { action: query.action });
      if (query.clientCompanyId && !ctx.tenantId)
        qb.andWhere('a.client_company_id = :company', { company: query.clientCompanyId });
      if (query.from)
        qb.andWhere(`a.created_at >= (:from::date)::timestamp AT TIME ZONE 'Asia/Tokyo'`, {
          from: query.from,
        });
      if (query.to)
        qb.andWhere(`a.created_at < (:to::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo'`, {
          to: query.to,
        });
      return qb.getMany();
    });
  }
}
