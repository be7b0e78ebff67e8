import { type BillingTerms, SERVICE_LEVEL_DEFAULTS } from '@dengon/domain';
import { GraphQLJSONObject } from 'graphql-type-json';
import { Plan } from '../plans/plan.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

export enum HolidayRule {
  AS_USUAL = 'AS_USUAL',
  CLOSED = 'CLOSED',
  SUNDAY_HOURS = 'SUNDAY_HOURS',
}
registerEnumType(HolidayRule, { name: 'HolidayRule' });

/** Whose number a callback shows the caller: the client's own, or the answering service's. */
export enum CallbackCallerId {
  CLIENT_NUMBER = 'CLIENT_NUMBER',
  SERVICE_NUMBER = 'SERVICE_NUMBER',
}
registerEnumType(CallbackCallerId, { name: 'CallbackCallerId' });

/** What a caller waits through where no contract says otherwise. */
export const WAITING_DEFAULTS = { announcementSeconds: 15, maxWaitSeconds: 180 } as const;

@ObjectType()
export class CoverageWindowType {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  weekday!: 1 | 2 | 3 | 4 | 5 | 6 | 7;

  @Field({ description: "'HH:MM' Asia/Tokyo" })
  start!: string;

  @Field({
    description: "'HH:MM' Asia/Tokyo; not after start means the next day; '24:00' is midnight",
  })
  end!: string;
}

/**
 * What a client bought: dates, coverage hours and holiday rule. The plan
 * and its price overrides are ContractPlanTerms (a history); options are
 * ContractOptions.
 */
@ObjectType()
@Entity({ name: 'contracts' })
@Check('contracts_dates', 'end_date IS NULL OR end_date >= start_date')
@Check('contracts_recording_retention', 'recording_retention_days BETWEEN 1 AND 3650')
@Check('contracts_wait_announcement', 'wait_announcement_seconds BETWEEN 0 AND 600')
@Check('contracts_max_wait', 'max_wait_seconds BETWEEN 30 AND 3600')
export class Contract {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Index('contracts_client_company_id_idx')
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field({ description: "'YYYY-MM-DD'" })
  @Column({ type: 'date' })
  startDate!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Field(() => HolidayRule)
  @Column({ type: 'enum', enum: HolidayRule, enumName: 'holiday_rule' })
  holidayRule!: HolidayRule;

  @Field(() => [CoverageWindowType])
  @Column({ type: 'jsonb' })
  coverageWindows!: CoverageWindowType[];

  @Field({ description: 'Calls are recorded, after the consent announcement (通話録音)' })
  @Column({ default: false })
  recordCalls!: boolean;

  @Field(() => Int, { description: 'Days a recording is kept before it is deleted' })
  @Column({ type: 'int', default: 90 })
  recordingRetentionDays!: number;

  @Field({ description: "The client's users may play the recordings in the portal" })
  @Column({ default: false })
  recordingsInPortal!: boolean;

  @Field(() => Int, {
    description: 'Seconds a caller hears ringing before the busy announcement (混雑案内)',
  })
  @Column({ type: 'int', default: WAITING_DEFAULTS.announcementSeconds })
  waitAnnouncementSeconds!: number;

  @Field(() => Int, { description: 'Seconds a caller waits for an operator before voicemail' })
  @Column({ type: 'int', default: WAITING_DEFAULTS.maxWaitSeconds })
  maxWaitSeconds!: number;

  @Field(() => Int, {
    description:
      'Service-level target: this percentage of calls answered within serviceLevelSeconds',
  })
  @Column({ type: 'int', default: SERVICE_LEVEL_DEFAULTS.percent })
  serviceLevelPercent!: number;

  @Field(() => Int, { description: 'Service-level target: answered within this many seconds' })
  @Column({ type: 'int', default: SERVICE_LEVEL_DEFAULTS.withinSeconds })
  serviceLevelSeconds!: number;

  @Field(() => CallbackCallerId, {
    description: 'The number a callback (折り返し) shows the caller',
  })
  @Column({ type: 'varchar', default: CallbackCallerId.CLIENT_NUMBER })
  callbackCallerId!: CallbackCallerId;

  @Field(() => GraphQLJSONObject, {
    description: 'When it is invoiced: proration and the due date (docs/billing.md)',
  })
  @Column({ type: 'jsonb' })
  billingTerms!: BillingTerms;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}

/** The plan from a date on, with the contract's own price terms. A plan change adds one; none is edited. */
@ObjectType()
@Entity({ name: 'contract_plan_terms' })
@Index('contract_plan_terms_contract_id_effective_from_key', ['contractId', 'effectiveFrom'], {
  unique: true,
})
export class ContractPlanTerm {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  contractId!: string;

  @ManyToOne(() => Contract, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_id' })
  contract?: Contract;

  /** Kept beside contract_id so row-level security needs no join. */
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @Field()
  @Column()
  planCode!: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_code' })
  plan?: Plan;

  @Field()
  @Column({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  monthlyFeeOverride!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  includedCallsOverride!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  overagePerCallOverride!: number | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}

export enum OptionKind {
  TOLL_FREE_NUMBER = 'TOLL_FREE_NUMBER',
  EXTRA_FIELDS = 'EXTRA_FIELDS',
  EQUIPMENT = 'EQUIPMENT',
  ONE_OFF = 'ONE_OFF',
  /** メール対応: e-mail and fax-to-mail handled for a plan without it. */
  MAIL_HANDLING = 'MAIL_HANDLING',
}
registerEnumType(OptionKind, { name: 'OptionKind' });

export enum EquipmentAcquisition {
  PURCHASE = 'PURCHASE',
  RENTAL = 'RENTAL',
}
registerEnumType(EquipmentAcquisition, { name: 'EquipmentAcquisition' });

/** A billable option of a contract: a number fee, extra fields, equipment, or a one-off fee. */
@ObjectType()
@Entity({ name: 'contract_options' })
@Check('contract_options_dates', 'end_date IS NULL OR end_date >= start_date')
export class ContractOption {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('contract_options_contract_id_idx')
  @Column({ type: 'uuid' })
  contractId!: string;

  @ManyToOne(() => Contract, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_id' })
  contract?: Contract;

  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @Field(() => OptionKind)
  @Column({ type: 'enum', enum: OptionKind, enumName: 'option_kind' })
  kind!: OptionKind;

  @Field()
  @Column()
  description!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  equipmentModel!: string | null;

  @Field(() => EquipmentAcquisition, { nullable: true })
  @Column({
    type: 'enum',
    enum: EquipmentAcquisition,
    enumName: 'equipment_acquisition',
    nullable: true,
  })
  acquisition!: EquipmentAcquisition | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  quantity!: number;

  @Field(() => Int, { description: 'Yen per month per unit, excluding tax' })
  @Column({ type: 'int', default: 0 })
  monthlyFee!: number;

  @Field(() => Int, { description: 'Yen once per unit, excluding tax' })
  @Column({ type: 'int', default: 0 })
  oneOffFee!: number;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  phoneNumberId!: string | null;

  @Field()
  @Column({ type: 'date' })
  startDate!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endDate!: string | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}
