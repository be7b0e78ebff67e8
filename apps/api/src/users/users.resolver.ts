import { Permission } from '@dengon/domain';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.decorator';
import { User } from '../auth/user.entity';
import { ClientCompany } from '../clients/client-company.entity';
import type { RequestLoaders } from '../common/loaders';
import { IdArgs } from '../common/args';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { CreateUserInput, ResetPasswordArgs, UpdateUserInput, UsersArgs } from './user.inputs';
import { UsersService } from './users.service';
import { CLIENT_COMPANY } from '../clients/client.loaders';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => [User], { description: "Users; a client admin sees their own company's only" })
  @Allow(Permission.ViewUsers)
  users(@Ctx() ctx: RequestContext, @Args() args: UsersArgs): Promise<User[]> {
    return this.service.list(ctx, args.clientCompanyId);
  }

  @Query(() => User, { nullable: true })
  @Allow(Permission.ViewUsers)
  user(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<User | null> {
    return this.service.findOne(ctx, args.id);
  }

  @Mutation(() => User)
  @Allow(Permission.ManageUsers)
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => User)
  @Allow(Permission.ManageUsers)
  updateUser(@Ctx() ctx: RequestContext, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => User, {
    description: "Sets a new password, lifts a lock and ends the user's sessions",
  })
  @Allow(Permission.ManageUsers)
  resetPassword(@Ctx() ctx: RequestContext, @Args() args: ResetPasswordArgs): Promise<User> {
    return this.service.resetPassword(ctx, args.userId, args.newPassword);
  }

  @ResolveField(() => ClientCompany, { nullable: true })
  clientCompany(
    @Parent() user: User,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ClientCompany | null> {
    return user.clientCompanyId
      ? loaders.of(CLIENT_COMPANY).load(user.clientCompanyId)
      : Promise.resolve(null);
  }
}
