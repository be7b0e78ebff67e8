import { CALLER_MARK_KINDS, type CallerMarkKind } from '@dengon/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsUUID, Length, MaxLength } from 'class-validator';
import { CallerMarkKindEnum } from './caller-mark.entity';

@InputType()
export class AddCallerMarkInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field({ description: 'A number, or the start of numbers when isPrefix (e.g. 050-1234)' })
  @Length(1, 30)
  number!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  isPrefix!: boolean;

  @Field(() => CallerMarkKindEnum)
  @IsIn(CALLER_MARK_KINDS)
  kind!: CallerMarkKind;

  @Field({ defaultValue: '' })
  @MaxLength(200)
  note!: string;
}

@InputType()
export class ReportNuisanceCallerInput {
  @Field(() => ID, { description: 'The record of the call' })
  @IsUUID()
  intakeId!: string;

  @Field({ description: 'What happened, for the supervisor who confirms' })
  @Length(1, 200)
  note!: string;
}

@InputType()
export class CallerMarkVersionInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}
