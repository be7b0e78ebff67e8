import { type PlanFeatures, priceFor, tokyoDate } from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badField } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import type { AddPlanPriceInput } from './plan.inputs';
import { Plan, PlanPriceVersion } from './plan.entity';

export const featuresOf = (plan: Plan): PlanFeatures => ({
  faqLimit: plan.faqLimit,
  extraFieldsAllowed: plan.extraFieldsAllowed,
  dispatchIncluded: plan.dispatchIncluded,
  emailHandling: plan.emailHandling,
});

/** The plan catalogue and its price versions. */
@Injectable()
export class PlansService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext): Promise<Plan[]> {
    return this.db.transaction(ctx, (em) => em.find(Plan, { order: { sortOrder: 'ASC' } }));
  }

  async pricesByPlan(ctx: RequestContext, codes: readonly string[]): Promise<PlanPriceVersion[][]> {
    const rows = await this.db.transaction(ctx, (em) =>
      em.find(PlanPriceVersion, {
        where: { planCode: In([...codes]) },
        order: { effectiveFrom: 'ASC' },
      }),
    );
    return codes.map((code) => rows.filter((r) => r.planCode === code));
  }

  /** Adds a price version; it applies to periods starting on or after its date, which must be in the future. */
  addPrice(ctx: RequestContext, input: AddPlanPriceInput): Promise<PlanPriceVersion> {
    return this.db.transaction(ctx, async (em) => {
      await requirePlan(em, input.planCode);
      if (input.effectiveFrom <= tokyoDate(new Date())) {
        throw badField('effectiveFrom', 'afterToday');
      }
      if (
        await em.existsBy(PlanPriceVersion, {
          planCode: input.planCode,
          effectiveFrom: input.effectiveFrom,
        })
      ) {
        throw badField('effectiveFrom', 'priceExists', {
          plan: input.planCode,
          date: input.effectiveFrom,
        });
      }
      const price = await em.save(em.create(PlanPriceVersion, { ...input }));
      await this.audit.record(em, ctx, {
        action: 'plan.price_added',
        entityType: 'Plan',
        entityId: input.planCode,
        clientCompanyId: null,
        after: { ...input },
      });
      return price;
    });
  }
}

export async function requirePlan(
  em: EntityManager,
  code: string,
  field = 'planCode',
): Promise<Plan> {
  const plan = await em.findOneBy(Plan, { code });
  if (!plan) throw badField(field, 'notFound');
  return plan;
}

/** The price version in force on a date, for a plan. */
export async function priceOn(
  em: EntityManager,
  planCode: string,
  date: string,
): Promise<PlanPriceVersion | null> {
  return priceFor(await em.findBy(PlanPriceVersion, { planCode }), date);
}
