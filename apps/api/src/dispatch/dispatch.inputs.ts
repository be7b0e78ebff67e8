import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { graphqlEnum } from '../common/graphql-enum';
import { AckVia, DispatchStatus } from './dispatch.entity';
import type { ReplyOutcome } from './dispatch.service';

@ArgsType()
export class CandidatesArgs {
  @Field(() => ID)
  @IsUUID()
  intakeId!: string;

  @Field({ description: 'Job category, e.g. 水回り' })
  @Length(1, 30)
  category!: string;

  @Field({ description: 'Site address, starting with the prefecture' })
  @Length(1, 200)
  siteAddress!: string;
}

@InputType()
export class CreateDispatchInput {
  @Field(() => ID)
  @IsUUID()
  intakeId!: string;

  @Field()
  @Length(1, 30)
  category!: string;

  @Field()
  @Length(1, 200)
  siteAddress!: string;

  @Field({ description: 'What the contractor is asked to do' })
  @Length(1, 2000)
  instructions!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Urgent intakes are always urgent' })
  @IsBoolean()
  urgent = false;

  @Field(() => ID, { nullable: true, description: 'Another contractor than the one proposed' })
  @IsOptional()
  @IsUUID()
  contractorId?: string;

  @Field(() => String, { nullable: true, description: 'Required with another contractor' })
  @IsOptional()
  @MaxLength(500)
  overrideReason?: string;
}

export const REPLY_OUTCOMES: readonly ReplyOutcome[] = ['ACCEPTED', 'DECLINED', 'NO_ANSWER'];
const ReplyOutcomeEnum = graphqlEnum(REPLY_OUTCOMES, 'DispatchReplyOutcome');

@InputType()
export class DispatchReplyInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => AckVia, { description: 'PHONE or FAX: what the operator heard or received' })
  @IsEnum(AckVia)
  via!: AckVia;

  @Field(() => ReplyOutcomeEnum, {
    description: 'ACCEPTED, DECLINED, or NO_ANSWER (the phone was not answered)',
  })
  @IsIn(REPLY_OUTCOMES)
  outcome!: ReplyOutcome;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(1000)
  note = '';
}

@InputType()
export class ResendDispatchInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, {
    nullable: true,
    deprecationReason:
      'Not checked: a resend acts on the dispatch as it is now (refused only once it no longer waits), as the sending pipeline changes its version on its own',
  })
  @IsOptional()
  @IsInt()
  version?: number | null;

  @Field(() => Int, { description: "Which of the current contractor's channels, from 0" })
  @IsInt()
  @Min(0)
  channelIndex!: number;
}

@ArgsType()
export class DispatchesArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Staff may name a client; client users get their own',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  intakeId?: string;

  @Field(() => [DispatchStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(DispatchStatus, { each: true })
  statuses?: DispatchStatus[];
}
