import {
  INBOUND_ADDRESS_KINDS,
  INBOUND_MAIL_STATUSES,
  type InboundAddressKind,
  type InboundMailStatus,
  MAIL_ROUTING_KINDS,
  type MailRoutingKind,
} from '@dengon/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { InboundAddressKindEnum } from './inbound-address.entity';
import { InboundMailStatusEnum } from './inbound-mail.entity';
import { MailRoutingKindEnum } from './mail-routing-rule.entity';

@InputType()
export class AddInboundAddressInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field({ description: 'Under the service’s intake domain, e.g. sample-shoji@in.dengon.example' })
  @Length(3, 254)
  address!: string;

  @Field(() => InboundAddressKindEnum, {
    defaultValue: 'EMAIL',
    description: 'FAX: the carrier mails faxes to it (fax-to-mail)',
  })
  @IsIn(INBOUND_ADDRESS_KINDS)
  kind!: InboundAddressKind;

  @Field({ defaultValue: '' })
  @MaxLength(60)
  label!: string;
}

@InputType()
export class AddMailboxInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field(() => InboundAddressKindEnum, {
    defaultValue: 'EMAIL',
    description: 'FAX: the carrier mails faxes to it',
  })
  @IsIn(INBOUND_ADDRESS_KINDS)
  kind!: InboundAddressKind;

  @Field({ defaultValue: '' })
  @MaxLength(60)
  label!: string;

  @Field({ description: 'The IMAP server, e.g. imap.example.com' })
  @Length(1, 253)
  host!: string;

  @Field(() => Int, { defaultValue: 993 })
  @IsInt()
  @Min(1)
  @Max(65_535)
  port!: number;

  @Field({ defaultValue: true, description: 'Implicit TLS (993); false for a plain connection' })
  @IsBoolean()
  tls!: boolean;

  @Field()
  @Length(1, 254)
  username!: string;

  @Field({ description: 'Sealed as it is saved, and never shown again' })
  @Length(1, 500)
  password!: string;

  @Field({ defaultValue: 'INBOX' })
  @MaxLength(200)
  folder!: string;
}

@InputType()
export class AddMailRoutingRuleInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field(() => MailRoutingKindEnum)
  @IsIn(MAIL_ROUTING_KINDS)
  kind!: MailRoutingKind;

  @Field({ description: 'The subject keyword (見積), or the sender domain (example.co.jp)' })
  @Length(1, 100)
  pattern!: string;

  @Field({ defaultValue: '', description: 'Where a keyword sends the mail (営業部)' })
  @MaxLength(60)
  department!: string;
}

@ArgsType()
export class MailboxPasswordArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field()
  @Length(1, 500)
  password!: string;
}

@ArgsType()
export class InboundMailsArgs {
  @Field(() => InboundMailStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(INBOUND_MAIL_STATUSES)
  status?: InboundMailStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  clientCompanyId?: string;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first!: number;
}

@InputType()
export class SaveReplyTemplateInput {
  @Field(() => ID, { nullable: true, description: 'The template to change; none for a new one' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field(() => Int, { nullable: true, description: 'The version read, when changing one' })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field()
  @Length(1, 60)
  name!: string;

  @Field({ description: 'Empty: 「Re: 」 and the subject of the mail answered' })
  @MaxLength(200)
  subject!: string;

  @Field()
  @Length(1, 10_000)
  body!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  autoReply!: boolean;
}

@InputType()
export class ReplyToMailInput {
  @Field(() => ID)
  @IsUUID()
  inboundMailId!: string;

  @Field()
  @Length(1, 998)
  subject!: string;

  @Field()
  @Length(1, 10_000)
  body!: string;
}
