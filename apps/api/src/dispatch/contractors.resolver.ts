import { Permission } from '@dengon/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { Contractor } from './contractor.entity';
import { ContractorsArgs, SaveContractorInput } from './contractor.inputs';
import { ContractorsService } from './contractors.service';

@Resolver(() => Contractor)
export class ContractorsResolver {
  constructor(private readonly service: ContractorsService) {}

  @Query(() => [Contractor], { description: "A client's contractors, in priority order" })
  @Allow(Permission.ViewDispatches)
  contractors(@Ctx() ctx: RequestContext, @Args() args: ContractorsArgs): Promise<Contractor[]> {
    return this.service.list(ctx, args.clientCompanyId);
  }

  @Mutation(() => Contractor, { description: 'Adds a contractor, or changes one' })
  @Allow(Permission.ManageContractors)
  saveContractor(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveContractorInput,
  ): Promise<Contractor> {
    return this.service.save(ctx, input);
  }
}
