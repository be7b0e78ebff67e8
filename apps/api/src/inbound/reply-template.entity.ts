import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import { User } from '../auth/user.entity';
import { IntakeRecord } from '../calls/intake-record.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { CreatedAt } from '../database/columns';
import { OutboundMessage } from '../delivery/outbound-message.entity';
import { InboundMail } from './inbound-mail.entity';

/** A client's reply to mail, with variables ({お名前}, {受付番号}, {会社名}, {営業時間}). */
@ObjectType()
@Entity({ name: 'reply_templates' })
@Unique('reply_templates_client_name_key', ['clientCompanyId', 'name'])
@Index('reply_templates_auto_reply_key', ['clientCompanyId'], { unique: true, where: 'auto_reply' })
export class ReplyTemplate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'client_company_id',
    foreignKeyConstraintName: 'reply_templates_client_company_fkey',
  })
  clientCompany?: ClientCompany;

  @Field({ description: 'What it is for, e.g. 受付のご連絡' })
  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Field()
  @Column({ type: 'text' })
  body!: string;

  @Field({ description: 'Sent by itself as each mail is received (受付しました)' })
  @Column({ default: false })
  autoReply!: boolean;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}

/** A reply sent to a mail that came in, as it was sent, beside its record. */
@ObjectType()
@Entity({ name: 'mail_replies' })
@Index('mail_replies_intake_idx', ['intakeId'])
export class MailReply {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  inboundMailId!: string;

  @ManyToOne(() => InboundMail, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'inbound_mail_id',
    foreignKeyConstraintName: 'mail_replies_inbound_mail_fkey',
  })
  inboundMail?: InboundMail;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'client_company_id',
    foreignKeyConstraintName: 'mail_replies_client_company_fkey',
  })
  clientCompany?: ClientCompany;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  intakeId!: string;

  @ManyToOne(() => IntakeRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intake_id', foreignKeyConstraintName: 'mail_replies_intake_fkey' })
  intake?: IntakeRecord;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Field()
  @Column({ type: 'varchar', length: 998 })
  subject!: string;

  @Field()
  @Column({ type: 'text' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'Null for an auto-acknowledgment' })
  @Column({ type: 'uuid', nullable: true })
  sentBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sent_by', foreignKeyConstraintName: 'mail_replies_sent_by_fkey' })
  sender?: User;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  outboundMessageId!: string;

  @ManyToOne(() => OutboundMessage, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'outbound_message_id',
    foreignKeyConstraintName: 'mail_replies_outbound_message_fkey',
  })
  outboundMessage?: OutboundMessage;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}

/** A template filled in for one mail, before the operator sends it. */
@ObjectType()
export class ReplyDraft {
  @Field()
  subject!: string;

  @Field()
  body!: string;
}
