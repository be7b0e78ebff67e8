import type { InvoiceLine } from '@dengon/domain';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsBase64,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CompanyArgs } from '../common/args';
import { IsBillingMonth, IsDateOnly, IsYen, MAX_YEN } from '../common/validators';
import { graphqlEnum } from '../common/graphql-enum';
import { InvoiceState } from './invoice.entity';
import { BankImport, Payment, PaymentMethod } from './payment.entity';

/** What an invoice shows its reader: its state, or for an issued one what is paid of it. */
export const INVOICE_STATUSES = [
  'DRAFT',
  'ISSUED',
  'PARTIALLY_PAID',
  'PAID',
  'OVERDUE',
  'VOID',
] as const;
export const InvoiceStatusEnum = graphqlEnum(INVOICE_STATUSES, 'InvoiceStatus');

@ArgsType()
export class MonthArgs {
  @Field({ description: "'YYYY-MM'" })
  @IsBillingMonth()
  month!: string;
}

@ArgsType()
export class InvoicesArgs extends CompanyArgs {
  @Field(() => String, { nullable: true, description: "'YYYY-MM'" })
  @IsOptional()
  @IsBillingMonth()
  month?: string;

  @Field(() => InvoiceState, { nullable: true })
  @IsOptional()
  @IsEnum(InvoiceState)
  state?: InvoiceState;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(1)
  @Max(500)
  first = 100;
}

@ArgsType()
export class InvoiceIdArgs {
  @Field(() => ID)
  @IsUUID()
  invoiceId!: string;
}

@ArgsType()
export class MatchPaymentArgs extends InvoiceIdArgs {
  @Field(() => ID, { description: 'A deposit waiting to be matched' })
  @IsUUID()
  paymentId!: string;
}

@ArgsType()
export class VersionedIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;
}

@InputType()
export class VoidInvoiceInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field()
  @Length(1, 500)
  reason!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Build a new draft for the month' })
  @IsBoolean()
  replace = true;
}

@InputType()
export class AdjustInvoiceInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field()
  @Length(1, 200)
  reason!: string;

  @Field(() => Int, { description: 'Yen: a charge if positive, a credit (値引き) if negative' })
  @IsYen(-MAX_YEN)
  amount!: number;

  @Field(() => Int, { defaultValue: 10, description: '10, 8 or 0' })
  @IsIn([10, 8, 0])
  taxRate: 10 | 8 | 0 = 10;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'The amount includes tax (8,250 → 7,500)',
  })
  @IsBoolean()
  taxIncluded = false;
}

@InputType()
export class CreditAmountInput {
  @Field(() => Int, { description: '10, 8 or 0' })
  @IsIn([10, 8, 0])
  taxRate!: number;

  @Field(() => Int, { description: 'Tax-excluded yen to credit' })
  @IsYen(1)
  amount!: number;
}

@InputType()
export class CreditNoteInput {
  @Field(() => ID)
  @IsUUID()
  invoiceId!: string;

  @Field(() => [CreditAmountInput])
  @ValidateNested({ each: true })
  @Type(() => CreditAmountInput)
  @ArrayMinSize(1)
  amounts!: CreditAmountInput[];

  @Field()
  @Length(1, 500)
  reason!: string;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => ID)
  @IsUUID()
  clientCompanyId!: string;

  @Field({ description: "'YYYY-MM-DD'" })
  @IsDateOnly()
  receivedOn!: string;

  @Field(() => Int)
  @IsYen(1)
  amount!: number;

  @Field()
  @Length(1, 100)
  payerName!: string;

  @Field(() => PaymentMethod)
  @IsEnum(PaymentMethod)
  method!: PaymentMethod;

  @Field(() => ID, { nullable: true, description: 'Applied to this invoice first' })
  @IsOptional()
  @IsUUID()
  invoiceId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType()
export class BankFileInput {
  @Field()
  @Length(1, 200)
  fileName!: string;

  @Field({ description: 'The file as received from the bank, base64' })
  @IsBase64()
  @MaxLength(20_000_000)
  contentBase64!: string;
}

@ArgsType()
export class PaymentsArgs extends CompanyArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Bank deposits waiting to be matched' })
  @IsBoolean()
  unmatchedOnly = false;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(1)
  @Max(500)
  first = 100;
}

@ObjectType()
export class BankImportResult {
  @Field(() => BankImport)
  bankImport!: BankImport;

  @Field(() => [Payment], { description: 'The deposits recorded from it' })
  payments!: Payment[];
}

@ObjectType()
export class AgingRowType {
  @Field({ description: "'CURRENT', '1-30', '31-60', '61-90' or '90+' days past due" })
  bucket!: string;

  @Field(() => Int)
  invoices!: number;

  @Field(() => Int, { description: 'Yen still owed' })
  amount!: number;
}

@ObjectType({
  description: "A client's charges of months already invoiced that the next run settles",
})
export class PendingCatchUp {
  @Field(() => ID)
  clientCompanyId!: string;

  @Field()
  clientName!: string;

  @Field(() => GraphQLJSON, {
    description: 'CATCH_UP lines (追加請求 / 過請求の減額), each naming its month',
  })
  lines!: InvoiceLine[];

  @Field(() => Int, { description: 'Tax-excluded yen; negative when the client was overcharged' })
  subtotal!: number;
}
