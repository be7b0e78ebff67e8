import { INTAKE_FIELD_TYPES, type IntakeFieldType } from '@dengon/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
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
import { ChangeTarget } from './change-request.entity';
import { IntakeFieldTypeEnum } from './script.entity';

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

@InputType()
export class SaveScriptDraftInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

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

  @Field(() => Int, { description: 'The draft version being published' })
  @IsInt()
  version!: number;
}

@InputType()
export class RequestChangeInput {
  @Field(() => ChangeTarget)
  @IsEnum(ChangeTarget)
  target!: ChangeTarget;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  faqItemId?: string | null;

  @Field()
  @Length(1, 5000)
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

  @Field()
  @Length(1, 2000)
  comment!: string;
}
