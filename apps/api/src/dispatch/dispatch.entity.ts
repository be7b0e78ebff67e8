import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { IntakeRecord } from '../calls/intake-record.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { CreatedAt, UpdatedAt } from '../database/columns';
import { Contractor } from './contractor.entity';

export enum DispatchStatus {
  /** The sheet is on its way by fax or e-mail. */
  SENDING = 'SENDING',
  /** Sent; waiting for the contractor to acknowledge. */
  SENT = 'SENT',
  /** The channel now is the phone: an operator calls and records the answer. */
  CALL_CONTRACTOR = 'CALL_CONTRACTOR',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  /** The contractor said no: choose another. */
  DECLINED = 'DECLINED',
  /** Every channel of every candidate failed. */
  FAILED = 'FAILED',
}
registerEnumType(DispatchStatus, { name: 'DispatchStatus' });

export enum AckVia {
  LINK = 'LINK',
  PHONE = 'PHONE',
  FAX = 'FAX',
}
registerEnumType(AckVia, { name: 'AckVia' });

/** A dispatch (手配): one intake's job sent to a contractor, until acknowledged. */
@ObjectType()
@Entity({ name: 'dispatches' })
@Index('dispatches_client_created_idx', ['clientCompanyId', 'createdAt'])
@Index('dispatches_status_idx', ['status', 'createdAt'])
export class Dispatch {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int, { description: 'Number on the sheet (手配番号)' })
  @Index('dispatches_dispatch_no_key', { unique: true })
  @Column({ type: 'int', generated: 'increment' })
  dispatchNo!: number;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field(() => ID)
  @Index('dispatches_intake_id_idx')
  @Column({ type: 'uuid' })
  intakeId!: string;

  @ManyToOne(() => IntakeRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intake_id' })
  intake?: IntakeRecord;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  contractorId!: string;

  @ManyToOne(() => Contractor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contractor_id' })
  contractor?: Contractor;

  /** The contractors still to try after this one, in order. */
  @Column({ type: 'uuid', array: true })
  nextContractorIds!: string[];

  @Field(() => Int, { description: "Which of the contractor's channels is in use (0 = first)" })
  @Column({ type: 'int' })
  channelIndex!: number;

  @Field()
  @Column()
  category!: string;

  @Field()
  @Column()
  siteAddress!: string;

  @Field()
  @Column()
  urgent!: boolean;

  @Field()
  @Column({ type: 'text' })
  instructions!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why the operator chose another contractor than the one proposed',
  })
  @Column({ type: 'text', nullable: true })
  overrideReason!: string | null;

  @Field(() => DispatchStatus)
  @Column({ type: 'varchar' })
  status!: DispatchStatus;

  @Field(() => String, { nullable: true, description: 'What went wrong last, for the operators' })
  @Column({ type: 'text', nullable: true })
  alert!: string | null;

  /** The sheet as sent (FileStore key), and its SHA-256. */
  @Column({ type: 'varchar', nullable: true })
  sheetKey!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  sheetSha256!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => AckVia, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  acknowledgedVia!: AckVia | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  replyNote!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @Field()
  @UpdatedAt()
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}
