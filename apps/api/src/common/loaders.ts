import DataLoader from 'dataloader';
import { clientCompanyLoader } from '../clients/client-company.loader';
import type { ClientCompany } from '../clients/client-company.entity';
import type { Db } from '../database/db.service';
import type { Plan, PlanPriceVersion } from '../plans/plan.entity';
import type { PlansService } from '../plans/plans.service';
import type { DengonRequest } from './http';

/** Per-request DataLoaders, so a list never loads its relations one row at a time. */
export interface RequestLoaders {
  readonly clientCompany: DataLoader<string, ClientCompany | null>;
  readonly planPrices: DataLoader<string, PlanPriceVersion[]>;
  readonly plan: DataLoader<string, Plan | null>;
}

/** Loaders are made on first use: by then the guard has put the caller's context on the request. */
export function requestLoaders(db: Db, plans: PlansService, req: DengonRequest): RequestLoaders {
  let clientCompany: RequestLoaders['clientCompany'] | undefined;
  let planPrices: RequestLoaders['planPrices'] | undefined;
  let plan: RequestLoaders['plan'] | undefined;
  const ctx = () => {
    if (!req.dengon) throw new Error('A loader was used before AuthGuard ran');
    return req.dengon;
  };
  return {
    get clientCompany() {
      return (clientCompany ??= clientCompanyLoader(db, ctx()));
    },
    get planPrices() {
      return (planPrices ??= new DataLoader((codes) => plans.pricesByPlan(ctx(), codes)));
    },
    get plan() {
      return (plan ??= new DataLoader(async (codes) => {
        const all = await plans.list(ctx());
        return codes.map((code) => all.find((p) => p.code === code) ?? null);
      }));
    },
  };
}
