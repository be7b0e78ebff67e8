import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';

@InputType()
export class CreateFaqItemInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field()
  @Length(1, 500)
  question!: string;

  @Field()
  @Length(1, 5000)
  answer!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @Length(1, 30, { each: true })
  tags: string[] = [];

  @Field(() => Int, { nullable: true, description: 'Defaults to the end of the list' })
  @IsOptional()
  @IsInt()
  @Min(0)
  sortOrder?: number;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  enabled = true;
}

@InputType()
export class UpdateFaqItemInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  question?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 5000)
  answer?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 30, { each: true })
  tags?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  sortOrder?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

@ArgsType()
export class FaqItemsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Staff name the company; client users always get their own',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;

  @Field({
    nullable: true,
    description: 'Words to find in question, answer and tags; 2-character Japanese words work',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Staff only: include disabled items' })
  @IsBoolean()
  includeDisabled = false;
}
