import { INTAKE_STATUSES, type IntakeStatus } from '@dengon/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { GraphQLJSONObject } from 'graphql-type-json';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDateOnly } from '../common/validators';
import { IntakeChannel, IntakeStatusEnum } from './intake-record.entity';

@InputType()
export class CreateIntakeInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field(() => IntakeChannel)
  @IsEnum(IntakeChannel)
  channel!: IntakeChannel;

  @Field(() => ID, {
    nullable: true,
    description: 'The call this intake was taken on; its numbers are used when none are given',
  })
  @IsOptional()
  @IsUUID()
  callSessionId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "The script version on screen; defaults to the client's latest published one",
  })
  @IsOptional()
  @IsUUID()
  scriptVersionId?: string;

  @Field(() => GraphQLJSONObject, { description: 'Values by intake field key' })
  @IsObject()
  fields!: Record<string, unknown>;

  @Field(() => ID, {
    nullable: true,
    description:
      'A UUID the client makes once per intake and sends again when it retries the save: the record is stored once',
  })
  @IsOptional()
  @IsUUID()
  idempotencyKey?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  memo?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  faqItemIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  dialedNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  callingNumber?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the call or message arrived; defaults to now',
  })
  @IsOptional()
  @IsDate()
  receivedAt?: Date;
}

@InputType()
export class ChangeIntakeStatusInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => IntakeStatusEnum)
  @IsIn(INTAKE_STATUSES)
  status!: IntakeStatus;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  note: string = '';
}

@InputType({ description: 'A correction of a saved record: the whole of what may change, and why' })
export class CorrectIntakeInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => GraphQLJSONObject, { description: 'All intake field values, as corrected' })
  @IsObject()
  fields!: Record<string, unknown>;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  memo: string = '';

  @Field(() => String, { nullable: true, description: "The caller's number, national or E.164" })
  @IsOptional()
  @MaxLength(30)
  callingNumber?: string | null;

  @Field({ description: 'Why it is corrected; the client reads it when told' })
  @Length(1, 500)
  reason!: string;
}

@InputType()
export class SetIntakeBillableInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Boolean)
  @IsBoolean()
  billable!: boolean;

  @Field()
  @Length(1, 2000)
  reason!: string;
}

@ArgsType()
export class IntakeRecordsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Staff: one client or all; client users get their own',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;

  @Field(() => String, { nullable: true, description: "First day, 'YYYY-MM-DD' in Asia/Tokyo" })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @Field(() => String, {
    nullable: true,
    description: "Last day, 'YYYY-MM-DD' in Asia/Tokyo, included",
  })
  @IsOptional()
  @IsDateOnly()
  to?: string;

  @Field(() => [IntakeStatusEnum], { nullable: true })
  @IsOptional()
  // A query string gives one status as a string, or several comma-separated.
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',') : value,
  )
  @IsIn(INTAKE_STATUSES, { each: true })
  statuses?: IntakeStatus[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  dialedNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  callingNumber?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Words in memo and field values; 2-character Japanese words work',
  })
  @IsOptional()
  @MaxLength(100)
  text?: string;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;
}
