import { Permission } from '@dengon/domain';
import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { ArrayMaxSize, IsUUID, Length } from 'class-validator';
import { Allow } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestLoaders } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { ClientGroup } from './acd.entities';
import { MEMBERS_OF } from './skills.loaders';
import { CallTaker, SkillsService } from './skills.service';

@ArgsType()
class GroupArgs {
  @Field()
  @Length(1, 100)
  name!: string;

  @Field(() => [ID])
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  clientCompanyIds!: string[];
}

@ArgsType()
class SkillsArgs {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => [ID])
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  groupIds!: string[];
}

/** Operator skills: client groups, and which groups each call taker answers for. */
@Resolver(() => ClientGroup)
export class SkillsResolver {
  constructor(private readonly skills: SkillsService) {}

  @Query(() => [ClientGroup])
  @Allow(Permission.SuperviseCalls)
  clientGroups(@Ctx() ctx: RequestContext): Promise<ClientGroup[]> {
    return this.skills.groups(ctx);
  }

  @ResolveField(() => [ID], { description: 'The clients in the group' })
  async clientCompanyIds(
    @Parent() group: ClientGroup,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<string[]> {
    return (await loaders.of(MEMBERS_OF).load(group.id)).map((m) => m.clientCompanyId);
  }

  @Query(() => [CallTaker], {
    description: 'Active operators and supervisors, with the client groups each takes calls for',
  })
  @Allow(Permission.SuperviseCalls)
  callTakers(@Ctx() ctx: RequestContext): Promise<CallTaker[]> {
    return this.skills.callTakers(ctx);
  }

  @Mutation(() => ClientGroup, {
    description: 'Creates or replaces a client group with exactly these clients',
  })
  @Allow(Permission.SuperviseCalls)
  saveClientGroup(@Ctx() ctx: RequestContext, @Args() args: GroupArgs): Promise<ClientGroup> {
    return this.skills.saveGroup(ctx, args.name, args.clientCompanyIds);
  }

  @Mutation(() => [ClientGroup], {
    description: 'Sets the client groups an operator takes calls for',
  })
  @Allow(Permission.SuperviseCalls)
  setOperatorSkills(@Ctx() ctx: RequestContext, @Args() args: SkillsArgs): Promise<ClientGroup[]> {
    return this.skills.setSkills(ctx, args.userId, args.groupIds);
  }
}
