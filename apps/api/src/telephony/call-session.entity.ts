import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';
import { CallerMarkKindEnum } from '../callers/caller-mark.entity';
import type { CallerMarkKind } from '@dengon/domain';

/** Where a call stands on the telephony side. */
export enum CallState {
  QUEUED = 'QUEUED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  VOICEMAIL = 'VOICEMAIL',
  BUSY = 'BUSY',
  UNASSIGNED = 'UNASSIGNED',
  FAILED = 'FAILED',
  /** From a number the client marked as a nuisance: a short message, no operator. */
  BLOCKED = 'BLOCKED',
}
registerEnumType(CallState, { name: 'CallState' });

/** A caller calling in, or an operator calling back. */
export enum CallDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
}
registerEnumType(CallDirection, { name: 'CallDirection' });

/**
 * One call as the telephony provider reported it: matched to a client by
 * the dialed number, queued, answered, ended, or sent to voicemail. The
 * intake an operator takes from it is an IntakeRecord.
 */
@ObjectType()
@Entity({ name: 'call_sessions' })
@Index('call_sessions_provider_call_key', ['provider', 'providerCallId'], { unique: true })
@Index('call_sessions_state_idx', ['state', 'startedAt'])
export class CallSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column()
  provider!: string;

  @Field()
  @Column()
  providerCallId!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  dialedE164!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  callingE164!: string | null;

  @Field(() => CallerMarkKindEnum, {
    nullable: true,
    description: "The client's mark on the caller as the call entered: VIP calls are offered first",
  })
  @Column({ type: 'varchar', nullable: true })
  callerMark!: CallerMarkKind | null;

  @Field(() => ID, { nullable: true, description: 'Null when the dialed number matches no client' })
  @Index('call_sessions_client_company_id_idx')
  @Column({ type: 'uuid', nullable: true })
  clientCompanyId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  scriptVersionId!: string | null;

  @Field(() => CallState)
  @Column({ type: 'varchar' })
  state!: CallState;

  @Field(() => CallDirection)
  @Column({ type: 'varchar', default: CallDirection.INBOUND })
  direction!: CallDirection;

  @Field()
  @Column({ type: 'timestamptz' })
  startedAt!: Date;

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

  @Field({ description: "Recorded, as the client's contract said when the call came in" })
  @Column({ default: false })
  recorded!: boolean;

  @Field(() => ID, { nullable: true, description: 'The operator who answered' })
  @Column({ type: 'uuid', nullable: true })
  operatorId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The intake record made from a voicemail' })
  @Column({ type: 'uuid', nullable: true })
  intakeId!: string | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}

/** Provider-neutral events already taken, so a replayed one is refused. */
@Entity({ name: 'telephony_events' })
export class TelephonyEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('telephony_events_event_id_key', { unique: true })
  @Column()
  eventId!: string;

  @CreatedAt()
  receivedAt!: Date;
}
