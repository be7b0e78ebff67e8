import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsIn,
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
  IsBoolean,
} from 'class-validator';
import { IsDateOnly, IsYen } from '../common/validators';
import { CallbackCallerId, EquipmentAcquisition, HolidayRule, OptionKind } from './contract.entity';

@InputType()
export class CoverageWindowInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  weekday!: number;

  @Field()
  @IsString()
  start!: string;

  @Field()
  @IsString()
  end!: string;
}

@InputType()
export class PriceOverridesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsYen()
  monthlyFee?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsYen()
  includedCalls?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsYen()
  overagePerCall?: number | null;
}

@InputType()
export class CreateContractInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field()
  @IsString()
  planCode!: string;

  @Field()
  @IsDateOnly()
  startDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateOnly()
  endDate?: string | null;

  @Field(() => HolidayRule)
  @IsEnum(HolidayRule)
  holidayRule!: HolidayRule;

  @Field(() => [CoverageWindowInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CoverageWindowInput)
  coverageWindows!: CoverageWindowInput[];

  @Field(() => PriceOverridesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriceOverridesInput)
  overrides?: PriceOverridesInput;
}

@InputType({ description: 'When the contract is invoiced (docs/billing.md)' })
export class BillingTermsInput {
  @Field({ description: 'DAILY: a partial month by days; NONE: any day is the whole month' })
  @IsIn(['DAILY', 'NONE'])
  prorate!: 'DAILY' | 'NONE';

  @Field({ description: 'END_OF_ISSUE_MONTH, END_OF_NEXT_MONTH or DAYS_AFTER_ISSUE' })
  @IsIn(['END_OF_ISSUE_MONTH', 'END_OF_NEXT_MONTH', 'DAYS_AFTER_ISSUE'])
  due!: 'END_OF_ISSUE_MONTH' | 'END_OF_NEXT_MONTH' | 'DAYS_AFTER_ISSUE';

  @Field(() => Int, { nullable: true, description: 'With DAYS_AFTER_ISSUE' })
  @IsOptional()
  @IsInt()
  dueDays?: number | null;
}

@InputType({ description: 'Call recording (通話録音), an option of the contract' })
export class RecordingTermsInput {
  @Field({ description: 'Record calls, after the consent announcement' })
  @IsBoolean()
  recordCalls!: boolean;

  @Field(() => Int, { description: 'Days a recording is kept, 1 to 3650' })
  @IsInt()
  @Min(1)
  @Max(3650)
  retentionDays!: number;

  @Field({ description: "The client's users may play recordings in the portal" })
  @IsBoolean()
  inPortal!: boolean;
}

@InputType({ description: 'How long callers wait, and what they hear meanwhile' })
export class WaitingTermsInput {
  @Field(() => Int, {
    description: 'Seconds of ringing before the busy announcement, 0 to 600 (0: at once)',
  })
  @IsInt()
  @Min(0)
  @Max(600)
  announcementAfterSeconds!: number;

  @Field(() => Int, { description: 'Seconds waiting for an operator before voicemail, 30 to 3600' })
  @IsInt()
  @Min(30)
  @Max(3600)
  voicemailAfterSeconds!: number;
}

@InputType({ description: 'The service-level target the supervisors’ board holds the client to' })
export class ServiceLevelTermsInput {
  @Field(() => Int, { description: 'Percentage of calls to answer within the seconds, 1 to 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  percent!: number;

  @Field(() => Int, { description: 'Seconds a call may wait and still count as in time, 5 to 600' })
  @IsInt()
  @Min(5)
  @Max(600)
  withinSeconds!: number;
}

@InputType()
export class UpdateContractInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateOnly()
  endDate?: string | null;

  @Field(() => HolidayRule, { nullable: true })
  @IsOptional()
  @IsEnum(HolidayRule)
  holidayRule?: HolidayRule;

  @Field(() => [CoverageWindowInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CoverageWindowInput)
  coverageWindows?: CoverageWindowInput[];

  @Field(() => BillingTermsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BillingTermsInput)
  billingTerms?: BillingTermsInput;

  @Field(() => RecordingTermsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordingTermsInput)
  recording?: RecordingTermsInput;

  @Field(() => WaitingTermsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WaitingTermsInput)
  waiting?: WaitingTermsInput;

  @Field(() => ServiceLevelTermsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceLevelTermsInput)
  serviceLevel?: ServiceLevelTermsInput;

  @Field(() => CallbackCallerId, { nullable: true })
  @IsOptional()
  @IsEnum(CallbackCallerId)
  callbackCallerId?: CallbackCallerId;
}

@InputType()
export class ChangePlanInput {
  @Field(() => ID)
  @IsUUID()
  contractId!: string;

  @Field()
  @IsString()
  planCode!: string;

  @Field({ description: 'The day the new plan starts; a mid-month change splits that month' })
  @IsDateOnly()
  effectiveFrom!: string;

  @Field(() => PriceOverridesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriceOverridesInput)
  overrides?: PriceOverridesInput;
}

@InputType()
export class AddContractOptionInput {
  @Field(() => ID)
  @IsUUID()
  contractId!: string;

  @Field(() => OptionKind)
  @IsEnum(OptionKind)
  kind!: OptionKind;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  description?: string;

  @Field(() => String, { nullable: true, description: 'GXP1628, KX_HDV230N, POE_HUB, FAX_ADAPTER' })
  @IsOptional()
  @IsString()
  equipmentModel?: string | null;

  @Field(() => EquipmentAcquisition, { nullable: true })
  @IsOptional()
  @IsEnum(EquipmentAcquisition)
  acquisition?: EquipmentAcquisition | null;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  quantity = 1;

  @Field(() => Int, {
    nullable: true,
    description: 'Yen per month per unit; set by Dengon for numbers and equipment',
  })
  @IsOptional()
  @IsYen()
  monthlyFee?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Yen once per unit; set by Dengon for purchased equipment',
  })
  @IsOptional()
  @IsYen()
  oneOffFee?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  phoneNumberId?: string | null;

  @Field()
  @IsDateOnly()
  startDate!: string;
}

@InputType()
export class EndContractOptionInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsDateOnly()
  endDate!: string;
}
