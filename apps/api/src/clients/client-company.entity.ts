import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../database/columns';

export enum ClientStatus {
  TRIAL = 'TRIAL',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(ClientStatus, { name: 'ClientStatus' });

/** How the client is told of each intake. */
export enum ReportMethod {
  EMAIL = 'EMAIL',
  FAX = 'FAX',
  DAILY_DIGEST = 'DAILY_DIGEST',
}
registerEnumType(ReportMethod, { name: 'ReportMethod' });

@ObjectType({
  description:
    "The night script's hours, 'HH:MM' in Asia/Tokyo; until at or before from is the next morning",
})
export class NightHours {
  @Field()
  from!: string;

  @Field()
  until!: string;
}

@ObjectType({
  description: 'Days closed (臨時休業, 年末年始休業): calls get the out-of-hours message',
})
export class ClosedDays {
  @Field({ description: 'First day, YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'Last day, YYYY-MM-DD' })
  until!: string;

  @Field()
  reason!: string;
}

@ObjectType()
export class EscalationContact {
  @Field()
  name!: string;

  @Field({ description: 'E.164' })
  phone!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** A client company: the tenant whose calls, users and invoices are its own. */
@ObjectType()
@Entity({ name: 'client_companies' })
@Check('client_companies_record_prefix_check', `record_prefix ~ '^[A-Z][A-Z0-9]{1,5}$'`)
@Check('client_companies_night_hours_check', '(night_from IS NULL) = (night_until IS NULL)')
export class ClientCompany {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column()
  name!: string;

  @Field()
  @Column()
  nameKana!: string;

  /** Never changes, so a record number is never given twice; the database names one (C001, …) when none is given. */
  @Field({ description: "受付番号の接頭辞: 'SS' numbers the client's records SS-2026-000001, …" })
  @Index('client_companies_record_prefix_key', { unique: true })
  @Column({ type: 'varchar', length: 6 })
  recordPrefix!: string;

  @Field(() => ClientStatus)
  @Column({
    type: 'enum',
    enum: ClientStatus,
    enumName: 'client_status',
    default: ClientStatus.TRIAL,
  })
  status!: ClientStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 8, nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'Name on invoices (請求書の宛名)' })
  @Column({ type: 'varchar', nullable: true })
  invoiceRecipientName!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  billingEmail!: string | null;

  @Field(() => ReportMethod)
  @Column({
    type: 'enum',
    enum: ReportMethod,
    enumName: 'report_method',
    default: ReportMethod.EMAIL,
  })
  reportMethod!: ReportMethod;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  reportEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'E.164' })
  @Column({ type: 'varchar', nullable: true })
  reportFax!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "'HH:MM' in Asia/Tokyo, for the daily digest",
  })
  @Column({ type: 'varchar', length: 5, nullable: true })
  digestTime!: string | null;

  @Field(() => [EscalationContact])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  escalationContacts!: EscalationContact[];

  @Column({ type: 'varchar', length: 5, nullable: true })
  nightFrom!: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  nightUntil!: string | null;

  @Field(() => NightHours, { nullable: true, description: 'When the night script applies' })
  get nightHours(): NightHours | null {
    return this.nightFrom && this.nightUntil
      ? { from: this.nightFrom, until: this.nightUntil }
      : null;
  }

  @Field(() => [ClosedDays])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  closedDays!: ClosedDays[];

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}
