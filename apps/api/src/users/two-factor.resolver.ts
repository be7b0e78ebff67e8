import { Permission } from '@dengon/domain';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '../auth/user.entity';
import { Allow, SignedIn } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { TwoFactor, TwoFactorSetup } from './two-factor.service';
import { TwoFactorCodeArgs, UserIdArgs } from './user.inputs';
import { UsersService } from './users.service';

/** Two-factor sign-in: each user sets up their own; the back office resets a lost one. */
@Resolver(() => User)
export class TwoFactorResolver {
  constructor(
    private readonly twoFactor: TwoFactor,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => TwoFactorSetup, {
    description: 'A new key for an authenticator app, in force once a code from it is confirmed',
  })
  @SignedIn()
  startTwoFactorSetup(@Ctx() ctx: RequestContext): Promise<TwoFactorSetup> {
    return this.twoFactor.start(ctx);
  }

  @Mutation(() => User, {
    description:
      'Turns two-factor sign-in on with a code from the new key; refresh the session after',
  })
  @SignedIn()
  confirmTwoFactor(@Ctx() ctx: RequestContext, @Args() args: TwoFactorCodeArgs): Promise<User> {
    return this.twoFactor.confirm(ctx, args.code);
  }

  @Mutation(() => User, {
    description: 'Turns two-factor sign-in off with a current code, where the role allows',
  })
  @SignedIn()
  disableTwoFactor(@Ctx() ctx: RequestContext, @Args() args: TwoFactorCodeArgs): Promise<User> {
    return this.twoFactor.disable(ctx, args.code);
  }

  @Mutation(() => User, {
    description: "Turns a user's two-factor sign-in off (a lost phone); they set it up again",
  })
  @Allow(Permission.ManageUsers)
  resetTwoFactor(@Ctx() ctx: RequestContext, @Args() args: UserIdArgs): Promise<User> {
    return this.users.resetTwoFactor(ctx, args.userId);
  }

  @ResolveField(() => Boolean, { description: 'The role must sign in with a one-time code' })
  twoFactorRequired(@Parent() user: User): boolean {
    return this.twoFactor.required(user.role);
  }
}
