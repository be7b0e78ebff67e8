import DataLoader from 'dataloader';
import type { LoaderDefinition } from '../common/loaders';
import type { Plan, PlanPriceVersion } from './plan.entity';
import { PlansService } from './plans.service';

/** A plan's price versions, by plan code. */
export const PLAN_PRICES: LoaderDefinition<string, PlanPriceVersion[]> = ({
  ctx,
  cache,
  service,
}) => new DataLoader((codes) => service(PlansService).pricesByPlan(ctx, codes), { cache });

export const PLAN: LoaderDefinition<string, Plan | null> = ({ ctx, cache, service }) =>
  new DataLoader(
    async (codes) => {
      const all = await service(PlansService).list(ctx);
      return codes.map((code) => all.find((p) => p.code === code) ?? null);
    },
    { cache },
  );
