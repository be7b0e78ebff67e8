import {
  CHANGE_SUBJECTS,
  type ChangeSubject,
  INTAKE_FIELD_TYPES,
  type IntakeFieldType,
  SCRIPT_VARIANTS,
  type ScriptVariant,
} from '@dengon/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { CompanyArgs } from '../common/args';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ChangeSubjectEnum, ChangeTarget } from './change-request.entity';
import { IntakeFieldTypeEnum, ScriptVariantEnum } from './script.entity';

@InputType()
export class IntakeFieldInput {
  @Field()
  @IsString()
  key!: string;

  @Field()
  @IsString()
  @MaxLength(100)
  label!: string;

  @Field(() => IntakeFieldTypeEnum)
  @IsIn(INTAKE_FIELD_TYPES)
  type!: IntakeFieldType;

  @Field()
  @IsBoolean()
  required!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  helpText?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  options?: string[] | null;
}

@InputType()
export class ScriptContentInput {
  @Field()
  @Length(1, 500)
  greeting!: string;

  @Field(() => [IntakeFieldInput])
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => IntakeFieldInput)
  fields!: IntakeFieldInput[];

  @Field()
  @MaxLength(5000)
  specialInstructions!: string;

  @Field(() => [String])
  @ArrayMaxSize(100)
  @Length(1, 50, { each: true })
  urgentKeywords!: string[];

  @Field()
  @MaxLength(500)
  closingPhrase!: string;
}

/** Which of a client's scripts: the usual one unless named. */
@ArgsType()
export class ScriptArgs extends CompanyArgs {
  @Field(() => ScriptVariantEnum, { defaultValue: 'DEFAULT' })
  @IsIn(SCRIPT_VARIANTS)
  variant!: ScriptVariant;
}

@InputType()
export class SaveScriptDraftInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field(() => ScriptVariantEnum, { defaultValue: 'DEFAULT' })
  @IsIn(SCRIPT_VARIANTS)
  variant!: ScriptVariant;

  @Field(() => Int, { description: 'The draft version read (0 when there is none yet)' })
  @IsInt()
  version!: number;

  @Field(() => ScriptContentInput)
  @ValidateNested()
  @Type(() => ScriptContentInput)
  content!: ScriptContentInput;
}

@InputType()
export class PublishScriptInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field(() => ScriptVariantEnum, { defaultValue: 'DEFAULT' })
  @IsIn(SCRIPT_VARIANTS)
  variant!: ScriptVariant;

  @Field(() => Int, { description: 'The draft version being published' })
  @IsInt()
  version!: number;
}

@InputType()
export class RequestChangeInput {
  @Field(() => ChangeSubjectEnum, {
    nullable: true,
    description: 'What to change; without one the message is the whole request',
  })
  @IsOptional()
  @IsIn(CHANGE_SUBJECTS)
  subject?: ChangeSubject | null;

  @Field(() => ChangeTarget, {
    nullable: true,
    description: "Where a free-form request belongs; a subject's own target otherwise",
  })
  @IsOptional()
  @IsEnum(ChangeTarget)
  target?: ChangeTarget | null;

  @Field(() => String, {
    nullable: true,
    description: "The intake field's key (FIELD_HELP) or the contact's name (CONTACT_*)",
  })
  @IsOptional()
  @Length(1, 100)
  subjectKey?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  faqItemId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The new text, for a request with a subject',
  })
  @IsOptional()
  @MaxLength(5000)
  proposedText?: string | null;

  @Field({ defaultValue: '', description: 'Why (optional with a subject)' })
  @MaxLength(5000)
  message!: string;
}

@InputType()
export class ReviewChangeInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @IsBoolean()
  approve!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Approving a proposal as edited by the supervisor; the proposal as it is when omitted',
  })
  @IsOptional()
  @MaxLength(5000)
  appliedText?: string | null;

  @Field()
  @Length(1, 2000)
  comment!: string;
}
