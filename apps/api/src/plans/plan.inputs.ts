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

  @Field(() => Int, { defaultValue: 0 })
  @IsYen()
  includedMails!: number;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'Yen per mail over the included mails; 0 counts a handled mail as a call',
  })
  @IsYen()
  overagePerMail!: number;
}
