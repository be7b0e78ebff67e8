import type { Type } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import DataLoader from 'dataloader';
import {
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsWhere,
  In,
  type ObjectLiteral,
} from 'typeorm';
import type { Db } from '../database/db.service';
import type { DengonRequest } from './http';
import type { RequestContext } from './request-context';

/** What a loader reads with: the request's caller, and the services of the feature that owns it. */
export interface LoaderScope {
  db: Db;
  ctx: RequestContext;
  /** False for a subscription, which lives for hours: each event reads fresh rows. */
  cache: boolean;
  service: <T>(type: Type<T>) => T;
}

/**
 * A per-request DataLoader, defined by the feature whose rows it reads (e.g.
 * calls/intake.loaders.ts), so a list never loads its relations one row at a
 * time. Definitions are constants: the request keeps one loader of each.
 */
export type LoaderDefinition<K, V> = (scope: LoaderScope) => DataLoader<K, V>;

/** The loaders of one request or subscription, made on first use. */
export class RequestLoaders {
  private readonly made = new Map<LoaderDefinition<never, unknown>, DataLoader<never, unknown>>();

  constructor(
    private readonly db: Db,
    private readonly modules: ModuleRef,
    private readonly req: DengonRequest,
    private readonly cache: boolean,
  ) {}

  of<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.made.get(definition);
    if (!loader) {
      // Made on first use: by then the guard has put the caller's context on the request.
      if (!this.req.dengon) throw new Error('A loader was used before AuthGuard ran');
      loader = definition({
        db: this.db,
        ctx: this.req.dengon,
        cache: this.cache,
        service: (type) => this.modules.get(type, { strict: false }),
      });
      this.made.set(definition, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }
}

/** Rows of an entity a response mentions, by id, in one query per request, as the reader. */
export function byId<T extends ObjectLiteral & { id: string }>(
  entity: EntityTarget<T>,
): LoaderDefinition<string, T | null> {
  return ({ db, ctx, cache }) =>
    new DataLoader(
      async (ids) => {
        const rows = await db.transaction(ctx, (em) =>
          em.getRepository(entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>),
        );
        const found = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => found.get(id) ?? null);
      },
      { cache },
    );
}

/**
 * The rows that belong to each parent a response lists, in one query, so a
 * page with nested lists costs the same few queries however long it is.
 */
export function childrenOf<T extends ObjectLiteral, K extends keyof T & string>(
  entity: EntityTarget<T>,
  parentKey: K,
  order: FindOptionsOrder<T>,
): LoaderDefinition<string, T[]> {
  return ({ db, ctx, cache }) =>
    new DataLoader(
      async (parentIds) => {
        const rows = await db.transaction(ctx, (em) =>
          em.getRepository(entity).find({
            where: { [parentKey]: In([...parentIds]) } as FindOptionsWhere<T>,
            order,
          }),
        );
        const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
        for (const row of rows) byParent.get(row[parentKey])?.push(row);
        return parentIds.map((id) => byParent.get(id) ?? []);
      },
      { cache },
    );
}
