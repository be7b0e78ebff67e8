import { Permission } from '@dengon/domain';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.decorator';
import { IdArgs } from '../common/args';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { CallbackCall, Callbacks } from './callbacks.service';

@Resolver()
export class CallbacksResolver {
  constructor(private readonly callbacks: Callbacks) {}

  @Mutation(() => CallbackCall, {
    description:
      'Calls the caller of an intake record back from my softphone (id: the record); I am on a call until I finish it',
  })
  @Allow(Permission.TakeCalls)
  startCallback(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<CallbackCall> {
    return this.callbacks.start(ctx, args.id);
  }
}
