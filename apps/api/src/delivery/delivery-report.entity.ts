import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../database/columns';
import { OutboundMessage } from './outbound-message.entity';

export enum DeliveryReportSource {
  /** A mail handed in by the mail server: a bounce, or an internet-fax gateway's result mail. */
  MAIL = 'MAIL',
  /** A fax server's status for one of its jobs (HylaFAX's notify hook). */
  FAX_JOB = 'FAX_JOB',
}
registerEnumType(DeliveryReportSource, { name: 'DeliveryReportSource' });

export enum DeliveryOutcome {
  DELIVERED = 'DELIVERED',
  BOUNCED = 'BOUNCED',
  DELAYED = 'DELAYED',
}
registerEnumType(DeliveryOutcome, { name: 'DeliveryOutcome' });

/**
 * Every delivery report received, kept whether or not it could be read or
 * matched to a message: one that names no message of ours waits here for a
 * person, with the original under `rawKey`.
 */
@ObjectType()
@Entity({ name: 'delivery_reports' })
@Index('delivery_reports_received_idx', ['receivedAt'])
export class DeliveryReport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => DeliveryReportSource)
  @Column({ type: 'varchar' })
  source!: DeliveryReportSource;

  @Field(() => ID, {
    nullable: true,
    description: 'The message it is about; null when none matched',
  })
  @Index('delivery_reports_message_idx')
  @Column({ type: 'uuid', nullable: true })
  outboundMessageId!: string | null;

  @ManyToOne(() => OutboundMessage, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'outbound_message_id' })
  outboundMessage?: OutboundMessage;

  @Field(() => DeliveryOutcome, { nullable: true, description: 'Null when the report states none' })
  @Column({ type: 'varchar', nullable: true })
  outcome!: DeliveryOutcome | null;

  @Field(() => String, { nullable: true, description: "The report's subject or the fax job id" })
  @Column({ type: 'varchar', nullable: true })
  subject!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The diagnostic: why it bounced, what the gateway said',
  })
  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  /** The report as received (FileStore key). */
  @Column({ type: 'varchar', nullable: true })
  rawKey!: string | null;

  @Field()
  @CreatedAt()
  receivedAt!: Date;
}
