import { invoiceStatus, Permission, tokyoDate } from '@dengon/domain';
import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { Allow } from '../common/access.decorator';
import { ClientCompany } from '../clients/client-company.entity';
import { Ctx } from '../common/ctx.decorator';
import type { RequestLoaders } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { EventBus } from '../events/event-bus';
import { mapAsync } from '../events/map-async';
import {
  AdjustInvoiceInput,
  AgingRowType,
  BankFileInput,
  BankImportResult,
  CreditNoteInput,
  InvoiceIdArgs,
  InvoicesArgs,
  InvoiceStatusEnum,
  MatchPaymentArgs,
  MonthArgs,
  PaymentsArgs,
  PendingCatchUp,
  RecordPaymentInput,
  VersionedIdArgs,
  VoidInvoiceInput,
} from './billing.inputs';
import { Invoice, InvoiceRun, InvoiceState } from './invoice.entity';
import { InvoiceCorrections } from './invoice-corrections.service';
import { InvoiceIssuing } from './invoice-issuing.service';
import { InvoiceRuns } from './invoice-runs.service';
import { Invoices } from './invoices.service';
import { Payment } from './payment.entity';
import { Payments } from './payments.service';
import { CLIENT_COMPANY } from '../clients/client.loaders';

@Resolver(() => Invoice)
export class InvoicesResolver {
  constructor(
    private readonly billing: Invoices,
    private readonly runs: InvoiceRuns,
    private readonly issuing: InvoiceIssuing,
    private readonly corrections: InvoiceCorrections,
    private readonly db: Db,
    private readonly events: EventBus,
  ) {}

  @Query(() => [Invoice], {
    description: 'Invoices and credit notes, newest first; client users see their own, issued ones',
  })
  @Allow(Permission.ViewInvoices)
  invoices(@Ctx() ctx: RequestContext, @Args() args: InvoicesArgs): Promise<Invoice[]> {
    return this.billing.list(ctx, args, args.first);
  }

  @Query(() => InvoiceRun, {
    nullable: true,
    description: 'The invoice run of a month, with its progress',
  })
  @Allow(Permission.RunBilling)
  invoiceRun(@Ctx() ctx: RequestContext, @Args() args: MonthArgs): Promise<InvoiceRun | null> {
    return this.db.transaction(ctx, (em) => em.findOneBy(InvoiceRun, { month: args.month }));
  }

  @Query(() => [PendingCatchUp], {
    description:
      'Charges of months already invoiced that changed since, which the run of the month settles (追加請求 / 過請求の減額)',
  })
  @Allow(Permission.RunBilling)
  pendingCatchUps(@Ctx() ctx: RequestContext, @Args() args: MonthArgs): Promise<PendingCatchUp[]> {
    return this.runs.pendingCatchUps(ctx, args.month);
  }

  @Mutation(() => InvoiceRun, {
    description:
      "Builds every client's draft for the month as a background job; again creates nothing twice",
  })
  @Allow(Permission.RunBilling)
  startInvoiceRun(@Ctx() ctx: RequestContext, @Args() args: MonthArgs): Promise<InvoiceRun> {
    return this.runs.startRun(ctx, args.month);
  }

  @Subscription(() => InvoiceRun, { description: 'An invoice run as it progresses' })
  @Allow(Permission.RunBilling)
  invoiceRunChanged(
    @Ctx() ctx: RequestContext,
  ): AsyncIterableIterator<{ invoiceRunChanged: InvoiceRun }> {
    return mapAsync(this.events.events('billing'), async (event) => {
      if (event.type !== 'billing.run') return null;
      const run = await this.db.transaction(ctx, (em) =>
        em.findOneBy(InvoiceRun, { id: event.id }),
      );
      return run ? { invoiceRunChanged: run } : null;
    });
  }

  @Mutation(() => Invoice, { description: 'Builds a draft again from today’s contract and calls' })
  @Allow(Permission.RunBilling)
  rebuildInvoiceDraft(@Ctx() ctx: RequestContext, @Args() args: VersionedIdArgs): Promise<Invoice> {
    return this.runs.rebuildDraft(ctx, args.id, args.version);
  }

  @Mutation(() => Invoice, {
    description: 'Adds a charge or credit (値引き) with its reason to a draft',
  })
  @Allow(Permission.RunBilling)
  adjustInvoiceDraft(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AdjustInvoiceInput,
  ): Promise<Invoice> {
    return this.runs.adjustDraft(ctx, input);
  }

  @Mutation(() => Invoice, {
    description: 'Issues a draft: number, PDF, and the e-mail to the client',
  })
  @Allow(Permission.RunBilling)
  issueInvoice(@Ctx() ctx: RequestContext, @Args() args: VersionedIdArgs): Promise<Invoice> {
    return this.issuing.issue(ctx, args.id, args.version);
  }

  @Mutation(() => Int, {
    description: 'Issues every draft of the month as a background job; returns how many',
  })
  @Allow(Permission.RunBilling)
  issueAllInvoices(@Ctx() ctx: RequestContext, @Args() args: MonthArgs): Promise<number> {
    return this.issuing.issueAll(ctx, args.month);
  }

  @Mutation(() => Invoice, {
    description: 'Voids an issued invoice nothing was paid on, with the reason',
  })
  @Allow(Permission.RunBilling)
  voidInvoice(
    @Ctx() ctx: RequestContext,
    @Args('input') input: VoidInvoiceInput,
  ): Promise<Invoice> {
    return this.corrections.void(ctx, input);
  }

  @Mutation(() => Invoice, {
    description: 'Issues a credit note (適格返還請求書) for part of an issued invoice',
  })
  @Allow(Permission.RunBilling)
  createCreditNote(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreditNoteInput,
  ): Promise<Invoice> {
    return this.corrections.creditNote(ctx, input);
  }

  @ResolveField(() => InvoiceStatusEnum, {
    description: 'Paid, partially paid or overdue (Asia/Tokyo today)',
  })
  status(@Parent() invoice: Invoice): string {
    if (invoice.state === InvoiceState.DRAFT) return 'DRAFT';
    return invoiceStatus(
      {
        total: invoice.total,
        paid: invoice.paidAmount,
        dueDate: invoice.dueDate ?? invoice.issueDate ?? tokyoDate(new Date()),
        voided: invoice.state === InvoiceState.VOID,
      },
      tokyoDate(new Date()),
    );
  }

  @ResolveField(() => Int, { description: 'Yen still owed' })
  balance(@Parent() invoice: Invoice): number {
    return invoice.state === InvoiceState.ISSUED
      ? Math.max(0, invoice.total - invoice.paidAmount)
      : 0;
  }

  @ResolveField(() => ClientCompany, { nullable: true })
  clientCompany(
    @Parent() invoice: Invoice,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ClientCompany | null> {
    return loaders.of(CLIENT_COMPANY).load(invoice.clientCompanyId);
  }
}

@Resolver(() => Payment)
export class PaymentsResolver {
  constructor(private readonly money: Payments) {}

  @Query(() => [Payment], {
    description: 'Payments received, newest first; client users see their own',
  })
  @Allow(Permission.ViewInvoices)
  payments(@Ctx() ctx: RequestContext, @Args() args: PaymentsArgs): Promise<Payment[]> {
    return this.money.list(ctx, args.clientCompanyId, args.unmatchedOnly, args.first);
  }

  @Mutation(() => Payment, {
    description: 'Records a payment by hand and applies it to open invoices',
  })
  @Allow(Permission.RunBilling)
  recordPayment(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordPaymentInput,
  ): Promise<Payment> {
    return this.money.record(ctx, input);
  }

  @Mutation(() => BankImportResult, {
    description:
      'Imports a Zengin (全銀) statement: each deposit recorded once, matched where it is clear',
  })
  @Allow(Permission.RunBilling)
  importBankFile(
    @Ctx() ctx: RequestContext,
    @Args('input') input: BankFileInput,
  ): Promise<BankImportResult> {
    return this.money.importBankFile(
      ctx,
      input.fileName,
      Buffer.from(input.contentBase64, 'base64'),
    );
  }

  @Mutation(() => Payment, { description: 'Matches a waiting bank deposit to the invoice it pays' })
  @Allow(Permission.RunBilling)
  matchPayment(
    @Ctx() ctx: RequestContext,
    @Args() { paymentId, invoiceId }: MatchPaymentArgs,
  ): Promise<Payment> {
    return this.money.matchPayment(ctx, paymentId, invoiceId);
  }

  @Mutation(() => Invoice, {
    description: 'Writes off the rest of an invoice when it is no more than a bank fee',
  })
  @Allow(Permission.RunBilling)
  writeOffBankFee(
    @Ctx() ctx: RequestContext,
    @Args() { invoiceId }: InvoiceIdArgs,
  ): Promise<Invoice> {
    return this.money.writeOffFee(ctx, invoiceId);
  }

  @Query(() => [AgingRowType], { description: 'What is owed by days past due (売掛金年齢表)' })
  @Allow(Permission.ViewAging)
  agingReport(
    @Ctx() ctx: RequestContext,
    @Args('asOf', { type: () => String, nullable: true }) asOf?: string,
  ): Promise<AgingRowType[]> {
    return this.money.aging(ctx, asOf ?? tokyoDate(new Date()));
  }
}
