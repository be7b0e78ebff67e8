import { Permission } from '@dengon/domain';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AcdViews, OfferView } from '../acd/acd-views.service';
import { Allow } from '../common/access.decorator';
import { IdArgs } from '../common/args';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { CallRouting } from './call-routing.service';

@Resolver()
export class AnsweringResolver {
  constructor(
    private readonly routing: CallRouting,
    private readonly views: AcdViews,
  ) {}

  @Mutation(() => OfferView)
  @Allow(Permission.TakeCalls)
  async acceptOffer(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<OfferView> {
    return this.views.offer(await this.routing.answer(ctx, args.id));
  }
}
