import {
  type AdjustmentInput,
  adjustmentLine,
  billingMonthOf,
  DEFAULT_BILLING_TERMS,
  creditNoteProblems,
  dueDate,
  formatInvoiceNumber,
  invoiceTotals,
  isBillingMonth,
  type InvoiceLine,
  monthLabel,
  type RateAmounts,
  type TaxRate,
  tokyoDate,
} from '@dengon/domain';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ClientCompany } from '../clients/client-company.entity';
import { companyInScope } from '../common/company-scope';
import { badField, badInput, checkVersion, notFound, violated } from '../common/errors';
import { RequestContext, type SessionUser } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Db } from '../database/db.service';
import { Delivery } from '../delivery/delivery.service';
import { MessageChannel, MessagePurpose } from '../delivery/outbound-message.entity';
import { EventBus } from '../events/event-bus';
import { JobQueue } from '../jobs/job-queue';
import { FileStore } from '../storage/file-store';
import { billableContracts, buildDrafts } from './drafts';
import { Invoice, InvoiceKind, InvoiceRun, InvoiceState, RunState } from './invoice.entity';
import { renderInvoicePdf } from './invoice-pdf';
import { allocateCredit, releaseCredit } from './allocations';

// Drafts are built, and issued, this many per transaction: few round trips, short transactions.
const BATCH = 200;
const ISSUE_BATCH = 50;

/** How drafts are issued: today and e-mailed, unless told (the demo's history is dated and not sent). */
interface IssueOptions {
  issuedOn?: string;
  send?: boolean;
}

export interface InvoiceFilter {
  clientCompanyId?: string;
  month?: string;
  state?: InvoiceState;
}

/**
 * Monthly invoicing: the run that builds every client's draft for a month,
 * review, issue (gapless number, PDF kept with its SHA-256, e-mailed through
 * the outbound message log), and corrections by credit note or void. Issued
 * invoices never change and nothing billed is deleted.
 */
@Injectable()
export class Invoices implements OnApplicationBootstrap {
  private readonly log = new Logger('Billing');

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly delivery: Delivery,
    private readonly files: FileStore,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ runId: string }>('billing.run', ({ runId }) => this.buildRun(runId));
    await this.jobs.work<{ month: string; by?: SessionUser }>('billing.issue', ({ month, by }) =>
      // Issued in the name of whoever asked (jobs sent before they were named: Dengon itself).
      this.issueMonth(
        by
          ? RequestContext.onBehalfOf(by, 'job billing.issue')
          : RequestContext.system('job billing.issue'),
        month,
      ),
    );
    await this.jobs.work('billing.schedule', async () => {
      await this.startRun(
        RequestContext.system('job billing.schedule'),
        billingMonthOf(new Date()),
      );
    });
    await this.jobs.schedule('billing.schedule', '0 6 1 * *');
  }

  /** Starts (or starts again) the run of a month as a job; running it again creates nothing twice. */
  startRun(ctx: RequestContext, month: string): Promise<InvoiceRun> {
    if (!isBillingMonth(month)) throw badField('month', "must be 'YYYY-MM'");
    return this.db.transaction(ctx, async (em) => {
      const run = await this.openRun(em, ctx, month);
      await this.jobs.send(em, 'billing.run', { runId: run.id });
      return run;
    });
  }

  /** Bills a month at once, dated and not e-mailed: the demo's history. */
  async billMonth(month: string, issuedOn: string): Promise<void> {
    const demo = RequestContext.system('demo');
    const run = await this.db.transaction(demo, (em) => this.openRun(em, demo, month));
    await this.buildRun(run.id);
    await this.issueMonth(demo, month, { issuedOn, send: false });
  }

  private async openRun(
    em: EntityManager,
    ctx: RequestContext,
    month: string,
  ): Promise<InvoiceRun> {
    const [run] = await em.query<{ id: string }[]>(
      `INSERT INTO invoice_runs (month, state, started_by) VALUES ($1, 'RUNNING', $2)
       ON CONFLICT (month) DO UPDATE SET state = 'RUNNING', error = NULL, updated_at = now()
       RETURNING id`,
      [month, ctx.user?.id ?? null],
    );
    await this.audit.record(em, ctx, {
      action: 'billing.run_started',
      entityType: 'InvoiceRun',
      entityId: run!.id,
      clientCompanyId: null,
      after: { month },
    });
    await EventBus.publish(em, { type: 'billing.run', id: run!.id });
    return em.findOneByOrFail(InvoiceRun, { id: run!.id });
  }

  /**
   * The run's job: drafts for every billable contract of the month that has
   * no invoice yet, a batch per transaction, progress saved after each. A
   * crash loses at most a batch's work, and the retry skips what is done.
   * A contract that cannot be billed is named in the run's error, and the
   * others are billed.
   */
  async buildRun(runId: string): Promise<void> {
    const system = RequestContext.system('job billing.run');
    const run = await this.db.transaction(system, (em) => em.findOneBy(InvoiceRun, { id: runId }));
    if (!run) return;
    const contracts = await this.db.transaction(system, (em) =>
      billableContracts(em, run.month).orderBy('c.id').getMany(),
    );
    const problems: string[] = [];
    for (let start = 0; start < contracts.length; start += BATCH) {
      const batch = contracts.slice(start, start + BATCH);
      await this.db.transaction(system, async (em) => {
        const billed = new Set(
          (
            await em.query<{ id: string }[]>(
              `SELECT client_company_id AS id FROM invoices
                WHERE month = $1 AND kind = 'INVOICE' AND state <> 'VOID' AND client_company_id = ANY($2)`,
              [run.month, batch.map((c) => c.clientCompanyId)],
            )
          ).map((r) => r.id),
        );
        const todo = batch.filter((c) => !billed.has(c.clientCompanyId));
        const drafts = await this.buildEach(em, run, todo, problems);
        if (drafts.length)
          await em.createQueryBuilder().insert().into(Invoice).values(drafts).orIgnore().execute();
        await em.update(InvoiceRun, run.id, {
          total: contracts.length,
          done: Math.min(contracts.length, start + batch.length),
        });
        await EventBus.publish(em, { type: 'billing.run', id: run.id });
      });
    }
    await this.db.transaction(system, async (em) => {
      await em.update(InvoiceRun, run.id, {
        state: RunState.DONE,
        total: contracts.length,
        done: contracts.length,
        error: problems.length ? problems.join('\n') : null,
      });
      await EventBus.publish(em, { type: 'billing.run', id: run.id });
    });
  }

  /** Builds the batch's drafts; a contract whose data cannot be billed is left out and named. */
  private async buildEach(
    em: EntityManager,
    run: InvoiceRun,
    contracts: Parameters<typeof buildDrafts>[2],
    problems: string[],
  ): Promise<Partial<Invoice>[]> {
    const rounding = this.config.INVOICE_TAX_ROUNDING;
    try {
      return await buildDrafts(em, run.month, contracts, rounding, run.id);
    } catch {
      // Find which contract it was: one at a time, keeping the good ones.
      const drafts: Partial<Invoice>[] = [];
      for (const contract of contracts) {
        try {
          drafts.push(...(await buildDrafts(em, run.month, [contract], rounding, run.id)));
        } catch (error) {
          const company = await em.findOneBy(ClientCompany, { id: contract.clientCompanyId });
          problems.push(
            `${company?.name ?? contract.clientCompanyId}: ${(error as Error).message}`,
          );
        }
      }
      return drafts;
    }
  }

  /** Builds a draft again from today's data (after a contract was corrected). */
  rebuildDraft(ctx: RequestContext, id: string, version: number): Promise<Invoice> {
    return this.db.transaction(ctx, async (em) => {
      const invoice = await this.locked(em, id);
      checkVersion('The invoice', invoice.version, version);
      if (invoice.state !== InvoiceState.DRAFT || invoice.kind !== InvoiceKind.INVOICE)
        throw violated(
          'INVOICE_NOT_DRAFT',
          `Only a draft invoice is rebuilt; this one is ${invoice.state}`,
        );
      const contracts = await billableContracts(em, invoice.month)
        .andWhere('c.client_company_id = :id', { id: invoice.clientCompanyId })
        .getMany();
      const [draft] = await buildDrafts(
        em,
        invoice.month,
        contracts.slice(0, 1),
        this.config.INVOICE_TAX_ROUNDING,
        invoice.runId,
      );
      if (!draft)
        throw violated(
          'NO_CONTRACT_TO_BILL',
          'The client has no contract to bill for this month any more',
        );
      // Adjustments made by hand stay; everything else is read again.
      const manual = invoice.lines.filter((l) => l.kind === 'ADJUSTMENT' || l.kind === 'CREDIT');
      return this.saveLines(em, invoice, [...draft.lines!, ...manual]);
    });
  }

  /** Adds a charge (positive) or credit (negative) with its reason to a draft. */
  adjustDraft(
    ctx: RequestContext,
    input: { id: string; version: number } & AdjustmentInput,
  ): Promise<Invoice> {
    return this.db.transaction(ctx, async (em) => {
      const invoice = await this.locked(em, input.id);
      checkVersion('The invoice', invoice.version, input.version);
      if (invoice.state !== InvoiceState.DRAFT)
        throw violated(
          'INVOICE_NOT_DRAFT',
          `Only a draft is adjusted; this one is ${invoice.state}`,
        );
      if (!input.reason.trim()) throw badField('reason', 'is required');
      let line: InvoiceLine;
      try {
        line = adjustmentLine(input, invoice.month);
      } catch (error) {
        throw badField('amount', (error as Error).message);
      }
      await this.audit.record(em, ctx, {
        action: 'invoice.adjusted',
        entityType: 'Invoice',
        entityId: invoice.id,
        clientCompanyId: invoice.clientCompanyId,
        after: { description: line.description, amount: line.amount, taxRate: line.taxRate },
      });
      return this.saveLines(em, invoice, [...invoice.lines, line]);
    });
  }

  private saveLines(em: EntityManager, invoice: Invoice, lines: InvoiceLine[]): Promise<Invoice> {
    const totals = invoiceTotals(lines, this.config.INVOICE_TAX_ROUNDING);
    return em.save(Object.assign(invoice, { lines, totals, total: totals.total }));
  }

  /** Issues one draft: its number, its PDF, the e-mail to the client's billing contact. */
  async issue(ctx: RequestContext, id: string, version: number): Promise<Invoice> {
    const [invoice] = await this.issueDrafts(ctx, [id], version);
    return invoice!;
  }

  /**
   * Issues drafts in one transaction: their numbers in one step, one commit.
   * With `version` (one draft, a person's request) a problem is refused; in
   * a batch a draft whose carried credit has changed is left a draft and
   * named in the log, and the others are issued.
   */
  private issueDrafts(
    ctx: RequestContext,
    ids: readonly string[],
    version?: number,
    options: IssueOptions = {},
  ): Promise<Invoice[]> {
    return this.db.transaction(ctx, async (em) => {
      const drafts = await em.find(Invoice, {
        where: { id: In([...ids]) },
        order: { clientCompanyId: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (version !== undefined) {
        const [one] = drafts;
        if (!one) throw notFound('Invoice');
        checkVersion('The invoice', one.version, version);
        if (one.state !== InvoiceState.DRAFT)
          throw violated('INVOICE_NOT_DRAFT', `The invoice is already ${one.state}`);
      }
      const ready: Invoice[] = [];
      for (const invoice of drafts.filter((d) => d.state === InvoiceState.DRAFT)) {
        const carried = -invoice.lines
          .filter((l) => l.kind === 'CARRIED_CREDIT')
          .reduce((sum, l) => sum + l.amount, 0);
        if (carried === 0 || (await allocateCredit(em, invoice, carried))) ready.push(invoice);
        else if (version !== undefined)
          throw violated(
            'CREDIT_CHANGED',
            "The client's credit has changed since the draft was built: rebuild it",
          );
        else
          this.log.warn(`Draft ${invoice.id} not issued: the client's credit changed; rebuild it`);
      }
      if (!ready.length) return [];
      const dueRules = new Map(
        (
          await billableContracts(em, ready[0]!.month)
            .andWhere('c.client_company_id IN (:...ids)', {
              ids: ready.map((i) => i.clientCompanyId),
            })
            .getMany()
        ).map((c) => [c.clientCompanyId, c.billingTerms.due]),
      );
      const issueDate = options.issuedOn ?? tokyoDate(new Date());
      const numbers = await this.takeNumbers(em, issueDate, ready.length);
      for (const [i, invoice] of ready.entries()) {
        const rule = dueRules.get(invoice.clientCompanyId) ?? DEFAULT_BILLING_TERMS.due;
        await this.finish(em, ctx, invoice, null, {
          number: numbers[i]!,
          issueDate,
          due: invoice.total > 0 ? dueDate(issueDate, rule) : null,
          send: options.send ?? true,
        });
      }
      return ready;
    });
  }

  /**
   * The next `count` invoice numbers of the issue date's year, taken in the
   * caller's transaction: a rollback gives them back, so there are no gaps.
   */
  private async takeNumbers(
    em: EntityManager,
    issueDate: string,
    count: number,
  ): Promise<string[]> {
    const year = Number(issueDate.slice(0, 4));
    const [seq] = await em.query<{ last: number }[]>(
      `INSERT INTO invoice_sequences (year, last) VALUES ($1, $2)
       ON CONFLICT (year) DO UPDATE SET last = invoice_sequences.last + $2 RETURNING last`,
      [year, count],
    );
    return Array.from({ length: count }, (_, i) =>
      formatInvoiceNumber(this.config.INVOICE_NUMBER_PREFIX, year, seq!.last - count + 1 + i),
    );
  }

  /** Issues every draft of the month as a job; returns how many there are. */
  issueAll(ctx: RequestContext, month: string): Promise<number> {
    if (!isBillingMonth(month)) throw badField('month', "must be 'YYYY-MM'");
    return this.db.transaction(ctx, async (em) => {
      const drafts = await em.countBy(Invoice, { month, state: InvoiceState.DRAFT });
      if (drafts) await this.jobs.send(em, 'billing.issue', { month, by: ctx.actor });
      return drafts;
    });
  }

  /** The issue job: drafts in batches, each batch one transaction; a retry goes on with the rest. */
  async issueMonth(ctx: RequestContext, month: string, options: IssueOptions = {}): Promise<void> {
    const left = new Set<string>();
    for (;;) {
      const next = await this.db.transaction(ctx, (em) =>
        em
          .createQueryBuilder(Invoice, 'i')
          .select('i.id')
          .where('i.month = :month AND i.state = :state', { month, state: InvoiceState.DRAFT })
          .andWhere(left.size ? 'i.id NOT IN (:...left)' : 'TRUE', { left: [...left] })
          .orderBy('i.client_company_id')
          .take(ISSUE_BATCH)
          .getMany(),
      );
      if (!next.length) return;
      const issued = new Set(
        (
          await this.issueDrafts(
            ctx,
            next.map((i) => i.id),
            undefined,
            options,
          )
        ).map((i) => i.id),
      );
      for (const { id } of next) if (!issued.has(id)) left.add(id);
    }
  }

  /**
   * A credit note (適格返還請求書) for part of an issued invoice, per tax
   * rate, issued at once. It settles what is still owed on the original; a
   * credit beyond that is the client's credit, carried to the next invoice.
   */
  creditNote(
    ctx: RequestContext,
    input: { invoiceId: string; amounts: { taxRate: number; amount: number }[]; reason: string },
  ): Promise<Invoice> {
    return this.db.transaction(ctx, async (em) => {
      const original = await this.locked(em, input.invoiceId);
      if (original.kind !== InvoiceKind.INVOICE || original.state !== InvoiceState.ISSUED)
        throw violated('CREDIT_NOTE_FOR_ISSUED_ONLY', 'A credit note corrects an issued invoice');
      if (!input.reason.trim()) throw badField('reason', 'is required');
      const requested: RateAmounts = {};
      for (const { taxRate, amount } of input.amounts) {
        if (![10, 8, 0].includes(taxRate)) throw badField('amounts', `no tax rate ${taxRate}%`);
        requested[taxRate as TaxRate] = (requested[taxRate as TaxRate] ?? 0) + amount;
      }
      const credited = await em.findBy(Invoice, {
        originalInvoiceId: original.id,
        kind: InvoiceKind.CREDIT_NOTE,
        state: InvoiceState.ISSUED,
      });
      const already: RateAmounts = {};
      for (const note of credited)
        for (const rate of note.totals.byRate)
          already[rate.taxRate] = (already[rate.taxRate] ?? 0) - rate.subtotal;
      const originalSubtotals: RateAmounts = {};
      for (const rate of original.totals.byRate) originalSubtotals[rate.taxRate] = rate.subtotal;
      const problems = creditNoteProblems(originalSubtotals, already, requested);
      if (problems.length)
        throw badInput(problems.map((p) => ({ field: 'amounts', message: p.message })));
      const lines: InvoiceLine[] = Object.entries(requested).map(([rate, amount]) => ({
        kind: 'CREDIT',
        description: `${monthLabel(original.month)} ${original.number} の返金・値引き：${input.reason.trim()}`,
        quantity: 1,
        unitPrice: -amount,
        amount: -amount,
        taxRate: Number(rate) as TaxRate,
        period: null,
      }));
      const totals = invoiceTotals(lines, this.config.INVOICE_TAX_ROUNDING);
      const note = await em.save(
        em.create(Invoice, {
          clientCompanyId: original.clientCompanyId,
          kind: InvoiceKind.CREDIT_NOTE,
          state: InvoiceState.DRAFT,
          month: original.month,
          recipientName: original.recipientName,
          lines,
          totals,
          total: totals.total,
          originalInvoiceId: original.id,
          reason: input.reason.trim(),
        }),
      );
      const issueDate = tokyoDate(new Date());
      const [number] = await this.takeNumbers(em, issueDate, 1);
      await this.finish(em, ctx, note, original, {
        number: number!,
        issueDate,
        due: null,
        send: true,
      });
      await settleWithCreditNote(em, original, -totals.total);
      return note;
    });
  }

  /**
   * Voids an issued invoice that nothing was paid on, with the reason; with
   * `replace`, a new draft for the same month is built from today's data.
   */
  void(
    ctx: RequestContext,
    input: { id: string; version: number; reason: string; replace: boolean },
  ): Promise<Invoice> {
    return this.db.transaction(ctx, async (em) => {
      const invoice = await this.locked(em, input.id);
      checkVersion('The invoice', invoice.version, input.version);
      if (invoice.state !== InvoiceState.ISSUED || invoice.kind !== InvoiceKind.INVOICE)
        throw violated(
          'INVOICE_NOT_ISSUED',
          `Only an issued invoice is voided; this one is ${invoice.state}`,
        );
      if (invoice.paidAmount !== 0)
        throw violated(
          'INVOICE_HAS_PAYMENT',
          'Money was received on this invoice: correct it with a credit note',
        );
      if (!input.reason.trim()) throw badField('reason', 'is required');
      await releaseCredit(em, invoice);
      Object.assign(invoice, { state: InvoiceState.VOID, reason: input.reason.trim() });
      await em.save(invoice);
      if (input.replace) {
        const contracts = await billableContracts(em, invoice.month)
          .andWhere('c.client_company_id = :id', { id: invoice.clientCompanyId })
          .getMany();
        const [draft] = await buildDrafts(
          em,
          invoice.month,
          contracts.slice(0, 1),
          this.config.INVOICE_TAX_ROUNDING,
          invoice.runId,
        );
        if (draft) {
          const replacement = await em.save(em.create(Invoice, draft));
          invoice.replacedById = replacement.id;
          await em.save(invoice);
        }
      }
      await this.audit.record(em, ctx, {
        action: 'invoice.voided',
        entityType: 'Invoice',
        entityId: invoice.id,
        clientCompanyId: invoice.clientCompanyId,
        after: { number: invoice.number, reason: invoice.reason, replacedBy: invoice.replacedById },
      });
      return invoice;
    });
  }

  /** Invoices and credit notes, newest first; a client user gets their own company's issued ones. */
  list(ctx: RequestContext, filter: InvoiceFilter, first: number): Promise<Invoice[]> {
    const company =
      filter.clientCompanyId || ctx.tenantId
        ? companyInScope(ctx, filter.clientCompanyId)
        : undefined;
    if (company === null) return Promise.resolve([]);
    return this.db.transaction(ctx, (em) => {
      const q = em
        .createQueryBuilder(Invoice, 'i')
        .orderBy('i.month', 'DESC')
        .addOrderBy('i.number', 'DESC', 'NULLS FIRST')
        .addOrderBy('i.created_at', 'DESC')
        .take(first);
      if (company) q.andWhere('i.client_company_id = :company', { company });
      if (filter.month) q.andWhere('i.month = :month', { month: filter.month });
      if (filter.state) q.andWhere('i.state = :state', { state: filter.state });
      // Clients see what was sent to them, never drafts.
      if (ctx.tenantId) q.andWhere("i.state <> 'DRAFT'");
      return q.getMany();
    });
  }

  /** The PDF as issued, for whoever may see the invoice. */
  async pdf(ctx: RequestContext, id: string): Promise<{ invoice: Invoice; pdf: Buffer }> {
    const invoice = await this.db.transaction(ctx, (em) => em.findOneBy(Invoice, { id }));
    if (!invoice?.pdfKey || (ctx.tenantId && invoice.clientCompanyId !== ctx.tenantId))
      throw notFound('Invoice');
    return { invoice, pdf: await this.files.get(invoice.pdfKey) };
  }

  private async locked(em: EntityManager, id: string): Promise<Invoice> {
    const invoice = await em.findOne(Invoice, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!invoice) throw notFound('Invoice');
    return invoice;
  }

  /** Number, dates, PDF and e-mail: what makes a draft an issued document, in its transaction. */
  private async finish(
    em: EntityManager,
    ctx: RequestContext,
    invoice: Invoice,
    original: Invoice | null,
    {
      number,
      issueDate,
      due,
      send,
    }: { number: string; issueDate: string; due: string | null; send: boolean },
  ): Promise<void> {
    const pdf = await renderInvoicePdf({
      kind: invoice.kind,
      number,
      issueDate,
      dueDate: due,
      month: invoice.month,
      recipientName: invoice.recipientName,
      issuer: {
        name: this.config.ISSUER_NAME,
        address: this.config.ISSUER_ADDRESS,
        phone: this.config.ISSUER_PHONE,
        registrationNumber: this.config.ISSUER_REGISTRATION_NUMBER,
        bankAccount: this.config.ISSUER_BANK_ACCOUNT,
      },
      lines: invoice.lines,
      totals: invoice.totals,
      original:
        original?.number && original.issueDate
          ? { number: original.number, issueDate: original.issueDate }
          : undefined,
      reason: invoice.kind === InvoiceKind.CREDIT_NOTE ? invoice.reason : null,
    });
    // A key of its own per rendering: a rolled-back issue leaves its file, and the number comes again.
    const stored = await this.files.put(`invoices/${number}.${randomUUID().slice(0, 8)}.pdf`, pdf);
    Object.assign(invoice, {
      state: InvoiceState.ISSUED,
      number,
      issueDate,
      dueDate: due,
      pdfKey: stored.key,
      pdfSha256: stored.sha256,
    });
    await em.save(invoice);
    const company = await em.findOneByOrFail(ClientCompany, { id: invoice.clientCompanyId });
    if (send && company.billingEmail) {
      const what = invoice.kind === InvoiceKind.CREDIT_NOTE ? '返金・値引きのお知らせ' : 'ご請求書';
      await this.delivery.queue(em, {
        dedupeKey: `invoice:${invoice.id}`,
        channel: MessageChannel.EMAIL,
        recipient: company.billingEmail,
        clientCompanyId: invoice.clientCompanyId,
        purpose: MessagePurpose.INVOICE,
        relatedId: invoice.id,
        subject: `【${this.config.ISSUER_NAME}】${monthLabel(invoice.month)} ${what}（${number}）`,
        body: invoiceMailBody(invoice, number, due, this.config),
        attachment: {
          name: `${invoice.kind === InvoiceKind.CREDIT_NOTE ? '返還請求書' : '請求書'}_${number}.pdf`,
          key: stored.key,
        },
      });
    }
    await this.audit.record(em, ctx, {
      action: 'invoice.issued',
      entityType: 'Invoice',
      entityId: invoice.id,
      clientCompanyId: invoice.clientCompanyId,
      after: { number, total: invoice.total, sha256: stored.sha256 },
    });
  }
}

function invoiceMailBody(
  invoice: Invoice,
  number: string,
  due: string | null,
  config: AppConfig,
): string {
  const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;
  const credit = invoice.kind === InvoiceKind.CREDIT_NOTE;
  return [
    `${invoice.recipientName} 御中`,
    '',
    `いつも${config.ISSUER_NAME}をご利用いただき、ありがとうございます。`,
    credit
      ? `${monthLabel(invoice.month)}のご請求について、返金・値引きの適格返還請求書をお送りします。`
      : `${monthLabel(invoice.month)}のご請求書をお送りします。添付のPDFをご確認ください。`,
    '',
    `請求書番号：${number}`,
    `${credit ? '返金・値引き額' : 'ご請求金額'}（税込）：${yen(Math.abs(invoice.total))}`,
    ...(due
      ? [
          `お支払期限：${due.replace(/^(\d+)-(\d+)-(\d+)$/, (_, y, m, d) => `${y}年${Number(m)}月${Number(d)}日`)}`,
        ]
      : []),
    ...(!credit && invoice.total > 0 ? [`お振込先：${config.ISSUER_BANK_ACCOUNT}`] : []),
    '',
    'ポータルの「請求書」からもPDFをダウンロードいただけます。',
    '',
    config.ISSUER_NAME,
    `登録番号：${config.ISSUER_REGISTRATION_NUMBER}`,
  ].join('\n');
}

/** A credit note settles what is still owed on the original first; the rest becomes the client's credit. */
async function settleWithCreditNote(
  em: EntityManager,
  original: Invoice,
  amount: number,
): Promise<void> {
  const owed = Math.max(0, original.total - original.paidAmount);
  const applied = Math.min(owed, amount);
  if (applied > 0) {
    await em.query(
      `INSERT INTO payment_allocations (payment_id, invoice_id, client_company_id, kind, amount)
       VALUES (NULL, $1, $2, 'CREDIT_NOTE', $3)`,
      [original.id, original.clientCompanyId, applied],
    );
    original.paidAmount += applied;
    await em.save(original);
  }
  if (amount > applied)
    await em.query(
      `INSERT INTO payments (client_company_id, received_on, amount, unallocated, payer_name, method, source, note)
       VALUES ($1, $2, $3, $3, '返金・値引き', 'OTHER', 'CREDIT_NOTE', $4)`,
      [
        original.clientCompanyId,
        tokyoDate(new Date()),
        amount - applied,
        `${original.number} の返金・値引き`,
      ],
    );
}
