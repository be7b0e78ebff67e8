import { Role } from '@dengon/domain';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator';
import { User } from '../auth/user.entity';
import { ClientCompany } from '../clients/client-company.entity';
import type { RequestLoaders } from '../common/loaders';
import { IdArgs } from '../common/args';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { CreateUserInput, ResetPasswordArgs, UpdateUserInput, UsersArgs } from './user.inputs';
import { UsersService } from './users.service';

const MANAGERS = [Role.BackOffice, Role.ClientAdmin];

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => [User], { description: "Users; a client admin sees their own company's only" })
  @Roles(Role.BackOffice, Role.Supervisor, Role.ClientAdmin)
  users(@Ctx() ctx: RequestContext, @Args() args: UsersArgs): Promise<User[]> {
    return this.service.list(ctx, args.clientCompanyId);
  }

  @Query(() => User, { nullable: true })
  @Roles(Role.BackOffice, Role.Supervisor, Role.ClientAdmin)
  user(@Ctx() ctx: RequestContext, @Args() args: IdArgs): Promise<User | null> {
    return this.service.findOne(ctx, args.id);
  }

  @Mutation(() => User)
  @Roles(...MANAGERS)
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => User)
  @Roles(...MANAGERS)
  updateUser(@Ctx() ctx: RequestContext, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => User, {
    description: "Sets a new password, lifts a lock and ends the user's sessions",
  })
  @Roles(...MANAGERS)
  resetPassword(@Ctx() ctx: RequestContext, @Args() args: ResetPasswordArgs): Promise<User> {
    return this.service.resetPassword(ctx, args.userId, args.newPassword);
  }

  @ResolveField(() => ClientCompany, { nullable: true })
  clientCompany(
    @Parent() user: User,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ClientCompany | null> {
    return user.clientCompanyId
      ? loaders.clientCompany.load(user.clientCompanyId)
      : Promise.resolve(null);
  }
}
