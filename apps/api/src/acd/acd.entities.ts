import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { User } from '../auth/user.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { CreatedAt } from '../database/columns';
import { CallSession } from '../telephony/call-session.entity';

export enum OperatorState {
  AVAILABLE = 'AVAILABLE',
  ON_CALL = 'ON_CALL',
  AFTER_CALL_WORK = 'AFTER_CALL_WORK',
  BREAK = 'BREAK',
  OFFLINE = 'OFFLINE',
}
registerEnumType(OperatorState, { name: 'OperatorState' });

/** Why an operator is on break or offline. */
export enum OperatorStateReason {
  /** The operator chose it. */
  CHOSEN = 'CHOSEN',
  /** An offer rang out unanswered. */
  MISSED_OFFER = 'MISSED_OFFER',
  /** Their console's live connection went quiet past the grace period. */
  DISCONNECTED = 'DISCONNECTED',
  /** A supervisor set it, with a note. */
  SUPERVISOR = 'SUPERVISOR',
}
registerEnumType(OperatorStateReason, { name: 'OperatorStateReason' });

/** A group of clients an operator is trained for (operator skills = client groups). */
@ObjectType()
@Entity({ name: 'client_groups' })
export class ClientGroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Index('client_groups_name_key', { unique: true })
  @Column()
  name!: string;
}

@Entity({ name: 'client_group_members' })
@Index('client_group_members_client_company_id_idx', ['clientCompanyId'])
export class ClientGroupMember {
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @PrimaryColumn({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: ClientGroup;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;
}

@Entity({ name: 'operator_skills' })
@Index('operator_skills_group_id_idx', ['groupId'])
export class OperatorSkill {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @ManyToOne(() => ClientGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: ClientGroup;
}

/** Where an operator stands; `since` orders the longest-idle first. */
@ObjectType()
@Entity({ name: 'operator_states' })
export class OperatorStatus {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => OperatorState)
  @Column({ type: 'varchar' })
  state!: OperatorState;

  @Field()
  @Column({ type: 'timestamptz' })
  since!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When after-call work ends and the operator is available again',
  })
  @Column({ type: 'timestamptz', nullable: true })
  afterCallWorkUntil!: Date | null;

  @Field(() => OperatorStateReason, {
    nullable: true,
    description: 'Why the operator is on break or offline',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  reason!: OperatorStateReason | null;

  @Field(() => String, { nullable: true, description: "A supervisor's note on the state" })
  @Column({ type: 'varchar', length: 200, nullable: true })
  note!: string | null;

  /** The last beat of the operator's console while its live connection was open. */
  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt!: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}

export enum OfferState {
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(OfferState, { name: 'OfferState' });

/** A queued call offered to one operator, until accepted or expired. */
@ObjectType()
@Entity({ name: 'call_offers' })
@Index('call_offers_state_expires_idx', ['state', 'expiresAt'])
export class CallOffer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Index('call_offers_call_session_id_idx')
  @Column({ type: 'uuid' })
  callSessionId!: string;

  @ManyToOne(() => CallSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_session_id' })
  callSession?: CallSession;

  @Field(() => ID)
  @Index('call_offers_operator_id_idx')
  @Column({ type: 'uuid' })
  operatorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operator_id' })
  operator?: User;

  @Field(() => OfferState)
  @Column({ type: 'varchar' })
  state!: OfferState;

  @Field()
  @CreatedAt()
  offeredAt!: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
