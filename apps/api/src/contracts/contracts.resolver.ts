import { effectivePrice, Permission, priceFor, tokyoDate } from '@dengon/domain';
import {
  Args,
  Context,
  Field,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Allow, SignedIn } from '../common/access.decorator';
import { CompanyArgs } from '../common/args';
import { Ctx } from '../common/ctx.decorator';
import type { RequestLoaders } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { Plan } from '../plans/plan.entity';
import { Contract, ContractOption, ContractPlanTerm } from './contract.entity';
import {
  AddContractOptionInput,
  ChangePlanInput,
  CreateContractInput,
  EndContractOptionInput,
  UpdateContractInput,
} from './contract.inputs';
import { ContractOptions, earlyTerminationFeeOf } from './contract-options.service';
import { ContractsService, describe } from './contracts.service';
import { PLAN, PLAN_PRICES } from '../plans/plan.loaders';
import { CONTRACT_OPTIONS, PLAN_TERMS } from './contract.loaders';

@ObjectType()
class EffectivePrice {
  @Field(() => Int)
  monthlyFee!: number;

  @Field(() => Int)
  includedCalls!: number;

  @Field(() => Int)
  overagePerCall!: number;
}

@Resolver(() => Contract)
export class ContractsResolver {
  constructor(
    private readonly contracts: ContractsService,
    private readonly contractOptions: ContractOptions,
  ) {}

  @Query(() => Contract, {
    nullable: true,
    description: "The client's latest contract; client users get their own",
  })
  @SignedIn()
  contract(@Ctx() ctx: RequestContext, @Args() args: CompanyArgs): Promise<Contract | null> {
    return this.contracts.current(ctx, args.clientCompanyId);
  }

  @Mutation(() => Contract)
  @Allow(Permission.ManageClients)
  createContract(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateContractInput,
  ): Promise<Contract> {
    return this.contracts.create(ctx, input);
  }

  @Mutation(() => Contract)
  @Allow(Permission.ManageClients)
  updateContract(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateContractInput,
  ): Promise<Contract> {
    return this.contracts.update(ctx, input);
  }

  @Mutation(() => ContractPlanTerm)
  @Allow(Permission.ManageClients)
  changePlan(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangePlanInput,
  ): Promise<ContractPlanTerm> {
    return this.contracts.changePlan(ctx, input);
  }

  @Mutation(() => ContractOption)
  @Allow(Permission.ManageClients)
  addContractOption(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddContractOptionInput,
  ): Promise<ContractOption> {
    return this.contractOptions.addOption(ctx, input);
  }

  @Mutation(() => ContractOption)
  @Allow(Permission.ManageClients)
  endContractOption(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EndContractOptionInput,
  ): Promise<ContractOption> {
    return this.contractOptions.endOption(ctx, input);
  }

  @ResolveField(() => [ContractPlanTerm], { description: 'Plan history, oldest first' })
  planTerms(
    @Parent() contract: Contract,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ContractPlanTerm[]> {
    return loaders.of(PLAN_TERMS).load(contract.id);
  }

  @ResolveField(() => ContractPlanTerm, {
    nullable: true,
    description: 'The term in force today (Asia/Tokyo)',
  })
  async currentTerm(
    @Parent() contract: Contract,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ContractPlanTerm | null> {
    const today = tokyoDate(new Date());
    const terms = await loaders.of(PLAN_TERMS).load(contract.id);
    return terms.filter((t) => t.effectiveFrom <= today).at(-1) ?? terms[0] ?? null;
  }

  @ResolveField(() => [ContractOption])
  options(
    @Parent() contract: Contract,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ContractOption[]> {
    return loaders.of(CONTRACT_OPTIONS).load(contract.id);
  }

  @ResolveField(() => String, {
    description: 'Coverage hours in Japanese, e.g. 月〜金 09:00〜18:00、祝日休み',
  })
  coverageSummary(@Parent() contract: Contract): string {
    return describe(contract);
  }
}

@Resolver(() => ContractPlanTerm)
export class ContractPlanTermResolver {
  @ResolveField(() => Plan)
  async plan(
    @Parent() term: ContractPlanTerm,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Plan> {
    const plan = await loaders.of(PLAN).load(term.planCode);
    if (!plan) throw new Error(`plan ${term.planCode} missing`);
    return plan;
  }

  @ResolveField(() => EffectivePrice, {
    nullable: true,
    description:
      "The catalogue price on the term's start (or today, if later) with the contract's overrides",
  })
  async price(
    @Parent() term: ContractPlanTerm,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<EffectivePrice | null> {
    const today = tokyoDate(new Date());
    const on = term.effectiveFrom > today ? term.effectiveFrom : today;
    const catalogue = priceFor(await loaders.of(PLAN_PRICES).load(term.planCode), on);
    return catalogue
      ? effectivePrice(catalogue, {
          monthlyFee: term.monthlyFeeOverride,
          includedCalls: term.includedCallsOverride,
          overagePerCall: term.overagePerCallOverride,
        })
      : null;
  }
}

@Resolver(() => ContractOption)
export class ContractOptionResolver {
  @ResolveField(() => Int, {
    description: 'Due when rented equipment is returned before its minimum term',
  })
  earlyTerminationFee(@Parent() option: ContractOption): number {
    return earlyTerminationFeeOf(option);
  }
}
