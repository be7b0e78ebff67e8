import { Field, InputType, Int } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { IsDateOnly, IsYen } from '../common/validators';

@InputType()
export class AddPlanPriceInput {
  @Field()
  @IsString()
  @Length(1, 40)
  planCode!: string;

  @Field({
    description:
      "'YYYY-MM-DD', after today: a price change never touches a running or billed period",
  })
  @IsDateOnly()
  effectiveFrom!: string;

  @Field(() => Int)
  @IsYen()
  monthlyFee!: number;

  @Field(() => Int)
  @IsYen()
  includedCalls!: number;

  @Field(() => Int)
  @IsYen()
  overagePerCall!: number;
}
