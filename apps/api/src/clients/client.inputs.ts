import { FIELD_RULES } from '@dengon/domain';
import { Field, ID, InputType, Int, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly, IsTimeOfDay, MatchesRule } from '../common/validators';
import { ClientStatus, ReportMethod } from './client-company.entity';

@InputType()
export class NightHoursInput {
  @Field({ description: "'HH:MM' in Asia/Tokyo" })
  @IsTimeOfDay()
  from!: string;

  @Field({ description: "'HH:MM'; at or before from is the next morning" })
  @IsTimeOfDay()
  until!: string;
}

@InputType()
export class ClosedDaysInput {
  @Field({ description: 'First day, YYYY-MM-DD' })
  @IsDateOnly()
  from!: string;

  @Field({ description: 'Last day, YYYY-MM-DD' })
  @IsDateOnly()
  until!: string;

  @Field({ description: "What callers' records say, e.g. 臨時休業（社員研修）" })
  @Length(1, 100)
  reason!: string;
}

@InputType()
export class EscalationContactInput {
  @Field()
  @Length(1, 100)
  name!: string;

  @Field({ description: 'Japanese phone number in any common notation' })
  @IsString()
  phone!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  note?: string | null;
}

/** The editable details of a client company; every field optional so one input serves create and update. */
@InputType({ isAbstract: true })
class ClientDetailsInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field({ nullable: true, description: 'フリガナ in katakana' })
  @IsOptional()
  @Length(1, 100)
  nameKana?: string;

  @Field(() => ClientStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ClientStatus)
  status?: ClientStatus;

  @Field(() => String, { nullable: true, description: "'123-4567'" })
  @IsOptional()
  @MatchesRule('isPostalCode', /^\d{3}-?\d{4}$/)
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  invoiceRecipientName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: FIELD_RULES.isEmail })
  billingEmail?: string | null;

  @Field(() => ReportMethod, { nullable: true })
  @IsOptional()
  @IsEnum(ReportMethod)
  reportMethod?: ReportMethod;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: FIELD_RULES.isEmail })
  reportEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  reportFax?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTimeOfDay()
  digestTime?: string | null;

  @Field(() => [EscalationContactInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => EscalationContactInput)
  escalationContacts?: EscalationContactInput[];

  @Field(() => NightHoursInput, {
    nullable: true,
    description: 'When the night script applies; null for none',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => NightHoursInput)
  nightHours?: NightHoursInput | null;

  @Field(() => [ClosedDaysInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ClosedDaysInput)
  closedDays?: ClosedDaysInput[];
}

@InputType()
export class CreateClientCompanyInput extends ClientDetailsInput {
  @Field()
  @Length(1, 100)
  declare name: string;

  @Field({ description: 'フリガナ in katakana' })
  @Length(1, 100)
  declare nameKana: string;

  @Field(() => String, {
    nullable: true,
    description:
      '受付番号の接頭辞, 2–6 capitals or digits starting with a capital; none: C001, C002, …',
  })
  @IsOptional()
  @MatchesRule('isRecordPrefix', /^[A-Z][A-Z0-9]{1,5}$/)
  recordPrefix?: string | null;
}

@InputType()
export class UpdateClientCompanyInput extends ClientDetailsInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

/** What a client's admin keeps themselves: where reports go, and whom to call when it cannot wait. */
@InputType()
export class CompanySettingsInput extends PickType(ClientDetailsInput, [
  'reportMethod',
  'reportEmail',
  'reportFax',
  'digestTime',
  'escalationContacts',
] as const) {
  @Field(() => ID, {
    nullable: true,
    description: 'Staff name the company; a client admin changes their own',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}
