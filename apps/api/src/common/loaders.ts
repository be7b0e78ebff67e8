import DataLoader from 'dataloader';
import { type EntityTarget, type FindOptionsWhere, In, type ObjectLiteral } from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { OutboundMessage } from '../delivery/outbound-message.entity';
import { Contractor } from '../dispatch/contractor.entity';
import type { Db } from '../database/db.service';
import type { Plan, PlanPriceVersion } from '../plans/plan.entity';
import type { PlansService } from '../plans/plans.service';
import type { DengonRequest } from './http';
import type { RequestContext } from './request-context';

/** Per-request DataLoaders, so a list never loads its relations one row at a time. */
export interface RequestLoaders {
  readonly clientCompany: DataLoader<string, ClientCompany | null>;
  readonly contractor: DataLoader<string, Contractor | null>;
  /** The messages sent about a record (e.g. a dispatch), oldest first. */
  readonly messagesAbout: DataLoader<string, OutboundMessage[]>;
  readonly planPrices: DataLoader<string, PlanPriceVersion[]>;
  readonly plan: DataLoader<string, Plan | null>;
}

/**
 * Loaders are made on first use: by then the guard has put the caller's
 * context on the request. `cache: false` for a subscription, which lives for
 * hours: each event must read fresh rows, so its loaders batch but do not keep.
 */
export function requestLoaders(
  db: Db,
  plans: PlansService,
  req: DengonRequest,
  { cache }: { cache: boolean },
): RequestLoaders {
  let clientCompany: RequestLoaders['clientCompany'] | undefined;
  let contractor: RequestLoaders['contractor'] | undefined;
  let messagesAbout: RequestLoaders['messagesAbout'] | undefined;
  let planPrices: RequestLoaders['planPrices'] | undefined;
  let plan: RequestLoaders['plan'] | undefined;
  const ctx = () => {
    if (!req.dengon) throw new Error('A loader was used before AuthGuard ran');
    return req.dengon;
  };
  return {
    get clientCompany() {
      return (clientCompany ??= byId(db, ctx(), ClientCompany, cache));
    },
    get contractor() {
      return (contractor ??= byId(db, ctx(), Contractor, cache));
    },
    get messagesAbout() {
      return (messagesAbout ??= new DataLoader(
        async (ids) => {
          const rows = await db.transaction(ctx(), (em) =>
            em.find(OutboundMessage, {
              where: { relatedId: In([...ids]) },
              order: { createdAt: 'ASC' },
            }),
          );
          return ids.map((id) => rows.filter((m) => m.relatedId === id));
        },
        { cache },
      ));
    },
    get planPrices() {
      return (planPrices ??= new DataLoader((codes) => plans.pricesByPlan(ctx(), codes), {
        cache,
      }));
    },
    get plan() {
      return (plan ??= new DataLoader(
        async (codes) => {
          const all = await plans.list(ctx());
          return codes.map((code) => all.find((p) => p.code === code) ?? null);
        },
        { cache },
      ));
    },
  };
}

/** Loads the rows of an entity a GraphQL response mentions in one query per request, as the reader. */
function byId<T extends ObjectLiteral & { id: string }>(
  db: Db,
  ctx: RequestContext,
  entity: EntityTarget<T>,
  cache: boolean,
): DataLoader<string, T | null> {
  return new DataLoader(
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
