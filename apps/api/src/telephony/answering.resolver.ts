import { Permission } from '@dengon/domain';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AcdViews, OfferView } from '../acd/acd-views.service';
import { Allow } from '../common/access.decorator';
import { ClientCompanyArgs, IdArgs } from '../common/args';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { CallRouting } from './call-routing.service';
import { CallSession } from './call-session.entity';
import { TestCalls } from './test-calls.service';

@Resolver()
export class AnsweringResolver {
  constructor(
    private readonly routing: CallRouting,
    private readonly views: AcdViews,
    private readonly testCalls: TestCalls,
  ) {}

  @Mutation(() => OfferView)
  @Allow(Permission.TakeCalls)
  async acceptOffer(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<OfferView> {
    return this.views.offer(await this.routing.answer(ctx, args.id));
  }

  @Mutation(() => CallSession, {
    description:
      "テスト着信: rings the client's number on this instance, offered to operators as any call; the test caller hangs up a minute after being answered",
  })
  @Allow(Permission.SuperviseCalls)
  ringTestCall(@Ctx() ctx: RequestContext, @Args() args: ClientCompanyArgs): Promise<CallSession> {
    return this.testCalls.ring(ctx, args.clientCompanyId);
  }
}
