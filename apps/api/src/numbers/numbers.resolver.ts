import { formatNational, Permission, type ScriptVariant } from '@dengon/domain';
import {
  Args,
  Field,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Allow, SignedIn } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import type { RequestContext } from '../common/request-context';
import { type DialedNumberMatch, DialedNumberLookup } from './dialed-number-lookup.service';
import {
  ChangeNumberStatusInput,
  PhoneNumbersArgs,
  RequestPhoneNumberInput,
  UpdatePhoneNumberInput,
} from './number.inputs';
import { NumbersService } from './numbers.service';
import { ScriptVariantEnum } from '../scripts/script.entity';
import { PhoneNumber } from './phone-number.entity';

@ObjectType()
class DialedNumberMatchType implements Omit<DialedNumberMatch, 'waiting' | 'routingVersion'> {
  @Field(() => ID)
  phoneNumberId!: string;

  @Field()
  e164!: string;

  @Field(() => ID)
  clientCompanyId!: string;

  @Field()
  clientName!: string;

  @Field(() => ID, { nullable: true })
  scriptVersionId!: string | null;

  @Field(() => Number, { nullable: true })
  scriptVersionNo!: number | null;

  @Field(() => ScriptVariantEnum, { nullable: true })
  scriptVariant!: ScriptVariant | null;

  @Field(() => String, { nullable: true, description: 'Why that script is in force' })
  scriptReason!: string | null;

  @Field(() => String, { nullable: true, description: 'The closed days (臨時休業) of the moment' })
  closedReason!: string | null;

  @Field(() => String, { nullable: true })
  coverageSummary!: string | null;

  @Field()
  covered!: boolean;

  @Field({ description: 'Calls to the client are recorded' })
  recordCalls!: boolean;

  @Field(() => Date, { nullable: true })
  coveredUntil!: Date | null;

  @Field(() => Date, { nullable: true })
  nextCoverageStart!: Date | null;
}

@Resolver(() => PhoneNumber)
export class NumbersResolver {
  constructor(
    private readonly numbers: NumbersService,
    private readonly lookup: DialedNumberLookup,
  ) {}

  @Query(() => [PhoneNumber], { description: "Numbers; client users see their company's" })
  @SignedIn()
  phoneNumbers(@Ctx() ctx: RequestContext, @Args() args: PhoneNumbersArgs): Promise<PhoneNumber[]> {
    return this.numbers.list(ctx, args);
  }

  @Query(() => DialedNumberMatchType, {
    nullable: true,
    description: 'Whose call a dialed number is, as the call path sees it',
  })
  @Allow(Permission.ViewAllClients)
  lookupDialedNumber(@Args('number') number: string): Promise<DialedNumberMatch | null> {
    return this.lookup.lookup(number);
  }

  @Mutation(() => PhoneNumber, { description: 'Records a number requested from the carrier' })
  @Allow(Permission.ManageClients)
  requestPhoneNumber(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RequestPhoneNumberInput,
  ): Promise<PhoneNumber> {
    return this.numbers.request(ctx, input);
  }

  @Mutation(() => PhoneNumber)
  @Allow(Permission.ManageClients)
  changePhoneNumberStatus(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangeNumberStatusInput,
  ): Promise<PhoneNumber> {
    return this.numbers.changeStatus(ctx, input);
  }

  @Mutation(() => PhoneNumber)
  @Allow(Permission.ManageClients)
  updatePhoneNumber(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdatePhoneNumberInput,
  ): Promise<PhoneNumber> {
    return this.numbers.update(ctx, input);
  }

  @ResolveField(() => String, { description: 'Japanese national format, e.g. 0120-123-456' })
  national(@Parent() number: PhoneNumber): string {
    return formatNational(number.e164);
  }

  @ResolveField(() => String, { nullable: true })
  forwardToNational(@Parent() number: PhoneNumber): string | null {
    return number.forwardToE164 ? formatNational(number.forwardToE164) : null;
  }
}
