import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { NUMBER_KINDS, NUMBER_STATUSES, type NumberKind, type NumberStatus } from '@dengon/domain';
import { IsDateOnly } from '../common/validators';
import { NumberKindEnum, NumberStatusEnum } from './phone-number.entity';

@InputType()
export class RequestPhoneNumberInput {
  @Field({ description: 'The number as written, e.g. 0120-123-456' })
  @IsString()
  @MaxLength(30)
  number!: string;

  @Field(() => NumberKindEnum)
  @IsIn(NUMBER_KINDS)
  kind!: NumberKind;

  @Field(() => ID, {
    nullable: true,
    description: "The holder; none for the answering service's own lines",
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a toll-free number: the fixed number it forwards to',
  })
  @IsOptional()
  @IsString()
  forwardTo?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 100)
  label?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Purpose, required beyond 3 representative numbers',
  })
  @IsOptional()
  @Length(0, 500)
  approvalNote?: string | null;
}

@InputType()
export class ChangeNumberStatusInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => NumberStatusEnum)
  @IsIn(NUMBER_STATUSES)
  status!: NumberStatus;

  @Field(() => String, {
    nullable: true,
    description: 'For provisioning; defaults to a month ahead',
  })
  @IsOptional()
  @IsDateOnly()
  expectedOpenDate?: string | null;

  @Field(() => String, { nullable: true, description: 'For moving; defaults to two weeks ahead' })
  @IsOptional()
  @IsDateOnly()
  movingUntil?: string | null;
}

@InputType()
export class UpdatePhoneNumberInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  forwardTo?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 100)
  label?: string;
}

@ArgsType()
export class PhoneNumbersArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Staff: one company (omit for all); client users get their own',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Staff: the answering service's own lines",
  })
  @IsBoolean()
  ownLines: boolean = false;

  @Field(() => NumberStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(NUMBER_STATUSES)
  status?: NumberStatus;
}
