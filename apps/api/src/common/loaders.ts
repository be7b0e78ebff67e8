import DataLoader from 'dataloader';
import {
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsWhere,
  In,
  type ObjectLiteral,
} from 'typeorm';
import { IntakeComment, IntakeStatusChange } from '../calls/intake-record.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { Contract, ContractOption, ContractPlanTerm } from '../contracts/contract.entity';
import { CallRecording } from '../voice/call-recording.entity';
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
  /** A record's status changes, oldest first. */
  readonly statusHistory: DataLoader<string, IntakeStatusChange[]>;
  /** A record's comments, oldest first. */
  readonly comments: DataLoader<string, IntakeComment[]>;
  /** A contract's plan history, oldest first. */
  readonly planTerms: DataLoader<string, ContractPlanTerm[]>;
  /** A contract's options, by start date. */
  readonly contractOptions: DataLoader<string, ContractOption[]>;
  /** The recordings of an intake record's calls. */
  readonly recordingsOf: DataLoader<string, CallRecording[]>;
  /** Whether a client's contract lets its users play recordings in the portal. */
  readonly recordingsInPortal: DataLoader<string, boolean>;
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
  let statusHistory: RequestLoaders['statusHistory'] | undefined;
  let comments: RequestLoaders['comments'] | undefined;
  let planTerms: RequestLoaders['planTerms'] | undefined;
  let contractOptions: RequestLoaders['contractOptions'] | undefined;
  let recordingsOf: RequestLoaders['recordingsOf'] | undefined;
  let recordingsInPortal: RequestLoaders['recordingsInPortal'] | undefined;
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
      return (messagesAbout ??= childrenOf(db, ctx(), OutboundMessage, 'relatedId', cache, {
        createdAt: 'ASC',
      }));
    },
    get statusHistory() {
      return (statusHistory ??= childrenOf(db, ctx(), IntakeStatusChange, 'intakeId', cache, {
        changedAt: 'ASC',
        id: 'ASC',
      }));
    },
    get comments() {
      return (comments ??= childrenOf(db, ctx(), IntakeComment, 'intakeId', cache, {
        createdAt: 'ASC',
      }));
    },
    get planTerms() {
      return (planTerms ??= childrenOf(db, ctx(), ContractPlanTerm, 'contractId', cache, {
        effectiveFrom: 'ASC',
      }));
    },
    get contractOptions() {
      return (contractOptions ??= childrenOf(db, ctx(), ContractOption, 'contractId', cache, {
        startDate: 'ASC',
      }));
    },
    get recordingsOf() {
      return (recordingsOf ??= childrenOf(db, ctx(), CallRecording, 'intakeId', cache, {
        createdAt: 'ASC',
      }));
    },
    get recordingsInPortal() {
      return (recordingsInPortal ??= new DataLoader(
        async (companyIds) => {
          const contracts = await db.transaction(ctx(), (em) =>
            em.find(Contract, {
              where: { clientCompanyId: In([...companyIds]) },
              order: { startDate: 'ASC' },
            }),
          );
          // The latest contract of each client says.
          const latest = new Map(contracts.map((c) => [c.clientCompanyId, c.recordingsInPortal]));
          return companyIds.map((id) => latest.get(id) ?? false);
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

/**
 * Loads the rows that belong to each parent a response lists in one query,
 * so a page with nested lists costs the same few queries however long it is.
 */
function childrenOf<T extends ObjectLiteral, K extends keyof T & string>(
  db: Db,
  ctx: RequestContext,
  entity: EntityTarget<T>,
  parentKey: K,
  cache: boolean,
  order: FindOptionsOrder<T>,
): DataLoader<string, T[]> {
  return new DataLoader(
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
