import { graphqlEnum } from '../common/graphql-enum';
import {
  formatNational,
  INTAKE_STATUSES,
  type IntakeChange,
  type IntakeStatus,
  type IntakeValue,
} from '@dengon/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-type-json';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { User } from '../auth/user.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { CreatedAt, UpdatedAt } from '../database/columns';
import { ScriptVersion } from '../scripts/script.entity';

export const IntakeStatusEnum = graphqlEnum(INTAKE_STATUSES, 'IntakeStatus');

/** How the intake arrived. */
export enum IntakeChannel {
  PHONE = 'PHONE',
  VOICEMAIL = 'VOICEMAIL',
  FAX = 'FAX',
  EMAIL = 'EMAIL',
}
registerEnumType(IntakeChannel, { name: 'IntakeChannel' });

/**
 * An intake record (受付): what the operator took for a client, with the
 * script version it was taken with. Shared by operators and the client's
 * users; its status moves along the workflow in libs/domain.
 */
@ObjectType()
@Entity({ name: 'intake_records' })
@Index('intake_records_client_received_idx', ['clientCompanyId', 'receivedAt', 'id'])
@Index('intake_records_client_caller_idx', ['clientCompanyId', 'callingE164', 'receivedAt'])
@Index('intake_records_search_bigrams_idx', { synchronize: false })
export class IntakeRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Given by the database as the row is inserted (trigger intake_record_number). */
  @Field({
    description:
      "受付番号, e.g. 'SS-2026-000123': the client's prefix, the year, gapless per client and year",
  })
  @Index('intake_records_record_number_key', { unique: true })
  @Column({ type: 'varchar', length: 24, default: '', insert: false, update: false })
  recordNumber!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field(() => IntakeChannel)
  @Column({ type: 'enum', enum: IntakeChannel, enumName: 'intake_channel' })
  channel!: IntakeChannel;

  @Field(() => String, { nullable: true, description: 'E.164 of the number the caller dialed' })
  @Column({ type: 'varchar', nullable: true })
  dialedE164!: string | null;

  @Field(() => String, { nullable: true, description: 'E.164 of the caller, when known' })
  @Column({ type: 'varchar', nullable: true })
  callingE164!: string | null;

  // Read as plain properties, not resolvers: a history page shows one of each per row.
  @Field(() => String, { nullable: true })
  get dialedNational(): string | null {
    return this.dialedE164 ? formatNational(this.dialedE164) : null;
  }

  @Field(() => String, { nullable: true })
  get callingNational(): string | null {
    return this.callingE164 ? formatNational(this.callingE164) : null;
  }

  @Field(() => ID)
  @Column({ type: 'uuid' })
  scriptVersionId!: string;

  @ManyToOne(() => ScriptVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'script_version_id' })
  scriptVersion?: ScriptVersion;

  @Field(() => GraphQLJSONObject, {
    description: "Values of the script version's intake fields, by key",
  })
  @Column({ type: 'jsonb' })
  fields!: Record<string, string | number>;

  @Field()
  @Column({ default: '' })
  memo!: string;

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  faqItemIds!: string[];

  @Field({ description: 'An urgent keyword was found: phone the client' })
  @Column({ default: false })
  urgent!: boolean;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  urgentKeywords!: string[];

  @Field(() => IntakeStatusEnum)
  @Column({ type: 'varchar' })
  status!: IntakeStatus;

  @Field({
    description: 'Counted against the included calls; wrong calls and calls marked so are not',
  })
  @Column({ default: true })
  billable!: boolean;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  operatorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'operator_id' })
  operator?: User | null;

  @Field()
  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  durationSeconds!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  recordingUrl!: string | null;

  /** The key the console sent with the save, so a save retried after a timeout stores one record. */
  @Index('intake_records_idempotency_key_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  idempotencyKey!: string | null;

  /** Normalised memo and field values, and their bigrams (the FAQ's search method). */
  @Column({ type: 'text' })
  searchText!: string;

  @Column({ type: 'text', array: true })
  searchBigrams!: string[];

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  @Field({ description: 'Corrected after its report went to the client (報告後に訂正)' })
  @Column({ default: false })
  correctedAfterReport!: boolean;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}

/** One step of a record's status history: who moved it, when, from where to where, and why. */
@ObjectType()
@Entity({ name: 'intake_status_changes' })
@Index('intake_status_changes_intake_id_idx', ['intakeId', 'changedAt'])
export class IntakeStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  intakeId!: string;

  @ManyToOne(() => IntakeRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intake_id' })
  intake?: IntakeRecord;

  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @Field(() => IntakeStatusEnum, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  fromStatus!: IntakeStatus | null;

  @Field(() => IntakeStatusEnum)
  @Column({ type: 'varchar' })
  toStatus!: IntakeStatus;

  @Field()
  @Column({ default: '' })
  note!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  changedBy!: string | null;

  @Field()
  @CreatedAt()
  changedAt!: Date;
}

/** One item a correction changed: an intake field's key, or 'memo' / 'callingNumber'. */
@ObjectType()
export class IntakeChangeType {
  @Field()
  key!: string;

  @Field({ description: 'The item’s Japanese name: the label the operator saw' })
  label!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: IntakeValue | null;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: IntakeValue | null;
}

/** A correction of a record after it was saved (訂正): who changed what, when and why; never edited. */
@ObjectType()
@Entity({ name: 'intake_corrections' })
@Index('intake_corrections_intake_id_idx', ['intakeId', 'createdAt'])
export class IntakeCorrection {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'intake_corrections_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  intakeId!: string;

  @ManyToOne(() => IntakeRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intake_id', foreignKeyConstraintName: 'intake_corrections_intake_fkey' })
  intake?: IntakeRecord;

  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  correctedBy!: string | null;

  @Field()
  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  /** Each item with the label the operator saw when it was corrected. */
  @Field(() => [IntakeChangeType])
  @Column({ type: 'jsonb' })
  changes!: (IntakeChange & { label: string })[];

  @Field({ description: 'The record had been reported to the client before it was corrected' })
  @Column()
  afterReport!: boolean;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}

/** The comment thread of a record, shared by operators and the client's users. */
@ObjectType()
@Entity({ name: 'intake_comments' })
@Index('intake_comments_intake_id_idx', ['intakeId', 'createdAt'])
export class IntakeComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  intakeId!: string;

  @ManyToOne(() => IntakeRecord, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intake_id' })
  intake?: IntakeRecord;

  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  authorId!: string;

  @Field()
  @Column()
  body!: string;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}
