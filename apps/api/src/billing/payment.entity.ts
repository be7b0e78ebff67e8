import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { CreatedAt } from '../database/columns';
import { Invoice } from './invoice.entity';

export enum PaymentMethod {
  BANK_TRANSFER = 'BANK_TRANSFER',
  CASH = 'CASH',
  OTHER = 'OTHER',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });

export enum PaymentSource {
  MANUAL = 'MANUAL',
  /** A deposit read from a Zengin bank file. */
  BANK_FILE = 'BANK_FILE',
  /** What a credit note gave back beyond what was owed: the client's credit. */
  CREDIT_NOTE = 'CREDIT_NOTE',
}
registerEnumType(PaymentSource, { name: 'PaymentSource' });

/**
 * Money received. A bank deposit may not yet be known to be from a client
 * (clientCompanyId null: waiting for a person to match it); what is not
 * allocated to invoices is the client's credit, carried to the next invoice.
 */
@ObjectType()
@Entity({ name: 'payments' })
@Index('payments_client_received_idx', ['clientCompanyId', 'receivedOn'])
export class Payment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  clientCompanyId!: string | null;

  @ManyToOne(() => ClientCompany, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_company_id' })
  clientCompany?: ClientCompany;

  @Field()
  @Column({ type: 'date' })
  receivedOn!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  amount!: number;

  @Field(() => Int, { description: 'Not yet allocated to an invoice' })
  @Column({ type: 'int' })
  unallocated!: number;

  @Field({ description: 'As the bank wrote it, or as entered' })
  @Column()
  payerName!: string;

  @Field(() => PaymentMethod)
  @Column({ type: 'varchar' })
  method!: PaymentMethod;

  @Field(() => PaymentSource)
  @Column({ type: 'varchar' })
  source!: PaymentSource;

  /** A bank deposit's identity (bank, account, date, reference, amount): the same deposit is recorded once. */
  @Index('payments_dedupe_key', { unique: true })
  @Column({ type: 'varchar', nullable: true })
  dedupeKey!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  bankImportId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}

export enum AllocationKind {
  PAYMENT = 'PAYMENT',
  /** A bank fee the payer deducted, written off within the configured limit. */
  FEE_WRITE_OFF = 'FEE_WRITE_OFF',
  /** A client's credit used on a later invoice (its CARRIED_CREDIT line). */
  CARRIED_CREDIT = 'CARRIED_CREDIT',
  /** What a credit note settled of the invoice it corrects. */
  CREDIT_NOTE = 'CREDIT_NOTE',
}
registerEnumType(AllocationKind, { name: 'AllocationKind' });

/** Part of a payment applied to an invoice, or a fee written off on it. */
@ObjectType()
@Entity({ name: 'payment_allocations' })
export class PaymentAllocation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { nullable: true })
  @Index('payment_allocations_payment_idx')
  @Column({ type: 'uuid', nullable: true })
  paymentId!: string | null;

  @ManyToOne(() => Payment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id' })
  payment?: Payment;

  @Field(() => ID)
  @Index('payment_allocations_invoice_idx')
  @Column({ type: 'uuid' })
  invoiceId!: string;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Invoice;

  /** Kept beside invoice_id so row-level security needs no join. */
  @Column({ type: 'uuid' })
  clientCompanyId!: string;

  @Field(() => AllocationKind)
  @Column({ type: 'varchar' })
  kind!: AllocationKind;

  @Field(() => Int)
  @Column({ type: 'int' })
  amount!: number;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}

/** A Zengin file imported; the same bytes twice are refused. */
@ObjectType()
@Entity({ name: 'bank_imports' })
export class BankImport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column()
  fileName!: string;

  @Field()
  @Index('bank_imports_sha256_key', { unique: true })
  @Column()
  sha256!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  deposits!: number;

  @Field(() => Int, { description: 'Deposits applied to an invoice on import' })
  @Column({ type: 'int' })
  matched!: number;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  importedBy!: string | null;

  @Field()
  @CreatedAt()
  createdAt!: Date;
}
