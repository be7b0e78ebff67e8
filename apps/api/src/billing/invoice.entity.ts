import type { BillingMonth, InvoiceLine, InvoiceTotals } from '@dengon/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-type-json';
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
import { ClientCompany } from '../clients/client-company.entity';
import { CreatedAt, UpdatedAt } from '../database/columns';

export enum InvoiceKind {
  INVOICE = 'INVOICE',
  /** 適格返還請求書: refers to the invoice it corrects. */
  CREDIT_NOTE = 'CREDIT_NOTE',
}
registerEnumType(InvoiceKind, { name: 'InvoiceKind' });

/** Where an invoice is in its life; what is paid is reckoned from payments (see `status`). */
export enum InvoiceState {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  VOID = 'VOID',
}
registerEnumType(InvoiceState, { name: 'InvoiceState' });

/**
 * An invoice (請求書) or credit note. A draft may be rebuilt; once issued
 * nothing on it changes: it has its number, its PDF (with the SHA-256 of the
 * bytes sent) and is corrected only by a credit note or a void with a reason.
 * Never deleted.
 */
@ObjectType()
@Entity({ name: 'invoices' })
// One live invoice per client per month: the run can be repeated or resumed without billing twice.
@Index('invoices_one_per_client_month', ['clientCompanyId', 'month'], {
  unique: true,
  where: `kind = 'INVOICE' AND state <> 'VOID'`,
})
@Index('invoices_client_month_idx', ['clientCompanyId', 'month'])
@Index('invoices_state_due_idx', ['state', 'dueDate'])
export class Invoice {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field(() => InvoiceKind)
  @Column({ type: 'varchar' })
  kind!: InvoiceKind;

  @Field(() => InvoiceState)
  @Column({ type: 'varchar' })
  state!: InvoiceState;

  @Field(() => String, { description: "The billing month 'YYYY-MM' (the month issued in)" })
  @Column({ type: 'varchar', length: 7 })
  month!: BillingMonth;

  @Field(() => String, { nullable: true, description: 'Unique and gapless per year, set at issue' })
  @Index('invoices_number_key', { unique: true })
  @Column({ type: 'varchar', nullable: true })
  number!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  issueDate!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Field({ description: 'The recipient as printed (宛名)' })
  @Column()
  recipientName!: string;

  @Field(() => GraphQLJSON, {
    description: 'InvoiceLine[]: kind, description, quantity, unitPrice, amount, taxRate, period',
  })
  @Column({ type: 'jsonb' })
  lines!: InvoiceLine[];

  @Field(() => GraphQLJSONObject, {
    description: 'Per tax rate: subtotal, tax, total; tax once per rate',
  })
  @Column({ type: 'jsonb' })
  totals!: InvoiceTotals;

  @Field(() => Int, { description: 'Yen, tax included' })
  @Column({ type: 'int' })
  total!: number;

  @Field(() => Int, { description: 'Yen received and written off against it' })
  @Column({ type: 'int', default: 0 })
  paidAmount!: number;

  @Field(() => ID, { nullable: true, description: 'A credit note: the invoice it corrects' })
  @Column({ type: 'uuid', nullable: true })
  originalInvoiceId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was voided, or what a credit note is for',
  })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true, description: 'A voided invoice: the draft that replaces it' })
  @Column({ type: 'uuid', nullable: true })
  replacedById!: string | null;

  /** The PDF as issued (FileStore key); never rendered again. */
  @Column({ type: 'varchar', nullable: true })
  pdfKey!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  pdfSha256!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  runId!: string | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  @Field(() => Int)
  @VersionColumn()
  version!: number;
}

export enum RunState {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(RunState, { name: 'InvoiceRunState' });

/** The invoice run of a month: one per month, resumable, with its progress. */
@ObjectType()
@Entity({ name: 'invoice_runs' })
export class InvoiceRun {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => String)
  @Index('invoice_runs_month_key', { unique: true })
  @Column({ type: 'varchar', length: 7 })
  month!: BillingMonth;

  @Field(() => RunState)
  @Column({ type: 'varchar' })
  state!: RunState;

  @Field(() => Int, { description: 'Clients to bill' })
  @Column({ type: 'int', default: 0 })
  total!: number;

  @Field(() => Int, { description: 'Clients with a draft or invoice for the month' })
  @Column({ type: 'int', default: 0 })
  done!: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  startedBy!: string | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;

  @Field()
  @UpdatedAt()
  updatedAt!: Date;
}

/** The last invoice number given in a year: taken in the issuing transaction, so numbers have no gaps. */
@Entity({ name: 'invoice_sequences' })
export class InvoiceSequence {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  last!: number;
}
