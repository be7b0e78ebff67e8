import { Role } from '@dengon/domain';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator';
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
  @Roles(Role.Operator, Role.Supervisor)
  startCallback(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<CallbackCall> {
    return this.callbacks.start(ctx, args.id);
  }
}
