import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { CreatedAt, UpdatedAt } from '../database/columns';

export enum MessageStatus {
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  /** Handed to the mail server or fax gateway. */
  SENT = 'SENT',
  /** Its delivery report says it arrived. */
  DELIVERED = 'DELIVERED',
  /** Refused when sending, or retries exhausted. */
  FAILED = 'FAILED',
  /** Sent, then reported undeliverable (a bounce, a fax that did not go through). */
  BOUNCED = 'BOUNCED',
}
registerEnumType(MessageStatus, { name: 'MessageStatus' });

export enum MessageChannel {
  EMAIL = 'EMAIL',
  FAX = 'FAX',
}
registerEnumType(MessageChannel, { name: 'MessageChannel' });

/** Why a message is sent. */
export enum MessagePurpose {
  INTAKE_REPORT = 'INTAKE_REPORT',
  INTAKE_DIGEST = 'INTAKE_DIGEST',
  DISPATCH = 'DISPATCH',
  INVOICE = 'INVOICE',
  /** A person's own account: a sign-in lock, say. */
  SECURITY_NOTICE = 'SECURITY_NOTICE',
  /** How a client's change request ended. */
  CHANGE_REQUEST = 'CHANGE_REQUEST',
  /** A reply to a mail that came in: an operator's, or the client's auto-acknowledgment. */
  MAIL_REPLY = 'MAIL_REPLY',
}
registerEnumType(MessagePurpose, { name: 'MessagePurpose' });

/**
 * One message Dengon sends to someone outside, kept with its status and
 * attempts: the one way out, so the back office can see what was sent, when,
 * and what failed. The dedupe key makes asking for the same message twice
 * queue it once.
 */
@ObjectType()
@Entity({ name: 'outbound_messages' })
@Index('outbound_messages_client_created_idx', ['clientCompanyId', 'createdAt'])
export class OutboundMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('outbound_messages_dedupe_key', { unique: true })
  @Column()
  dedupeKey!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  clientCompanyId!: string | null;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field(() => MessagePurpose)
  @Column({ type: 'varchar' })
  purpose!: MessagePurpose;

  /** A reply's threading: the Message-ID it answers (In-Reply-To) and the thread (References). */
  @Column({ type: 'varchar', length: 998, nullable: true })
  inReplyTo!: string | null;

  @Column({ type: 'text', nullable: true })
  threadReferences!: string | null;

  @Field(() => ID, { nullable: true, description: 'The record it is about, e.g. the intake' })
  @Column({ type: 'uuid', nullable: true })
  relatedId!: string | null;

  @Field(() => MessageChannel)
  @Column({ type: 'varchar' })
  channel!: MessageChannel;

  @Field({ description: 'An e-mail address, or a fax number in E.164' })
  @Column()
  recipient!: string;

  @Field()
  @Column()
  subject!: string;

  @Field()
  @Column({ type: 'text' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'File name of the attached PDF' })
  @Column({ type: 'varchar', nullable: true })
  attachmentName!: string | null;

  /** Where the attachment is kept (FileStore key). */
  @Column({ type: 'varchar', nullable: true })
  attachmentKey!: string | null;

  @Field(() => MessageStatus)
  @Column({ type: 'varchar' })
  status!: MessageStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  providerMessageId!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its delivery report came back' })
  @Column({ type: 'timestamptz', nullable: true })
  reportedAt!: Date | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @Field()
  @UpdatedAt()
  updatedAt!: Date;
}
