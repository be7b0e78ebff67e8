import { Permission, priceFor, tokyoDate } from '@dengon/domain';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, SignedIn } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestLoaders } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { Plan, PlanPriceVersion } from './plan.entity';
import { AddPlanPriceInput } from './plan.inputs';
import { PlansService } from './plans.service';
import { PLAN_PRICES } from './plan.loaders';

@Resolver(() => Plan)
export class PlansResolver {
  constructor(private readonly plans: PlansService) {}

  @Query(() => [Plan], { description: 'The plan catalogue' })
  @SignedIn()
  planCatalogue(@Ctx() ctx: RequestContext): Promise<Plan[]> {
    return this.plans.list(ctx);
  }

  @Mutation(() => PlanPriceVersion, { description: 'A new price version from a future date' })
  @Allow(Permission.ManagePlans)
  addPlanPrice(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddPlanPriceInput,
  ): Promise<PlanPriceVersion> {
    return this.plans.addPrice(ctx, input);
  }

  @ResolveField(() => [PlanPriceVersion], { description: 'Price versions, oldest first' })
  prices(
    @Parent() plan: Plan,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PlanPriceVersion[]> {
    return loaders.of(PLAN_PRICES).load(plan.code);
  }

  @ResolveField(() => PlanPriceVersion, {
    nullable: true,
    description: 'The price in force today (Asia/Tokyo)',
  })
  async currentPrice(
    @Parent() plan: Plan,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PlanPriceVersion | null> {
    return priceFor(await loaders.of(PLAN_PRICES).load(plan.code), tokyoDate(new Date()));
  }
}
