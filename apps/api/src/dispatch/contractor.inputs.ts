import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DISPATCH_CHANNEL_KINDS, type DispatchChannelKind } from '@dengon/domain';
import { DispatchChannelEnum } from './contractor.entity';

@InputType()
export class ContractorAreaInput {
  @Field()
  @Length(1, 10)
  prefecture!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 30)
  city: string | null = null; // omitted is the whole prefecture, as null is
}

@InputType()
export class ChannelHoursInput {
  @Field()
  @Length(5, 5)
  start!: string;

  @Field()
  @Length(5, 5)
  end!: string;
}

@InputType()
export class ContractorChannelInput {
  @Field(() => DispatchChannelEnum)
  @IsIn(DISPATCH_CHANNEL_KINDS)
  kind!: DispatchChannelKind;

  @Field()
  @Length(1, 254)
  address!: string;

  @Field(() => ChannelHoursInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChannelHoursInput)
  hours: ChannelHoursInput | null = null; // omitted is any time, as null is
}

@InputType({ description: 'A new contractor (no id), or the changes to one (id and version)' })
export class SaveContractorInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Staff name the client; client admins get their own',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;

  @Field()
  @Length(1, 100)
  name!: string;

  @Field(() => [ContractorAreaInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ContractorAreaInput)
  areas!: ContractorAreaInput[];

  @Field(() => [String])
  @ArrayMaxSize(30)
  @Length(1, 30, { each: true })
  categories!: string[];

  @Field(() => [ContractorChannelInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ContractorChannelInput)
  channels!: ContractorChannelInput[];

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(0)
  priority = 100;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  active = true;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(2000)
  note = '';
}

@ArgsType()
export class ContractorsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Staff name the client; client users get their own',
  })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;
}
