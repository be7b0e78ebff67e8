import {
  type AdjustmentInput,
  adjustmentLine,
  billingMonthOf,
  invoiceTotals,
  isBillingMonth,
  type InvoiceLine,
} from '@dengon/domain';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InvoiceIssuing } from './invoice-issuing.service';
import { lockInvoice } from './invoices.service';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ClientCompany } from '../clients/client-company.entity';
import { badField, checkVersion, violated } from '../common/errors';
import { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Db } from '../database/db.service';
import { EventBus } from '../events/event-bus';
import { JobQueue } from '../jobs/job-queue';
import { billableContracts, buildDrafts, byClient, clientDraft } from './drafts';
import type { PendingCatchUp } from './billing.inputs';
import { Invoice, InvoiceKind, InvoiceRun, InvoiceState, RunState } from './invoice.entity';

// Drafts are built this many per transaction: few round trips, short transactions.
const BATCH = 200;

/**
 * The month's run: every billable contract's draft, built as a job in
 * batches (resumable), then reviewed: rebuilt from today's data or adjusted
 * with a credit and its reason.
 */
@Injectable()
export class InvoiceRuns implements OnApplicationBootstrap {
  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly issuing: InvoiceIssuing,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ runId: string }>('billing.run', ({ runId }) => this.buildRun(runId));
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
    if (!isBillingMonth(month)) throw badField('month', 'isBillingMonth');
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
    await this.issuing.issueMonth(demo, month, { issuedOn, send: false });
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
   * The run's job: drafts for every client with a billable contract of the
   * month and no invoice yet, a batch of clients per transaction, progress
   * (in contracts) saved after each. A
   * crash loses at most a batch's work, and the retry skips what is done.
   * A client that cannot be billed is named in the run's error, and the
   * others are billed.
   */
  async buildRun(runId: string): Promise<void> {
    const system = RequestContext.system('job billing.run');
    const run = await this.db.transaction(system, (em) => em.findOneBy(InvoiceRun, { id: runId }));
    if (!run) return;
    const contracts = await this.db.transaction(system, (em) =>
      billableContracts(em, run.month)
        .orderBy('c.client_company_id')
        .addOrderBy('c.start_date')
        .getMany(),
    );
    const problems: string[] = [];
    let done = 0;
    for (const batch of byClient(contracts, BATCH)) {
      done += batch.length;
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
        const drafts = await this.buildEach(em, run.month, run.id, todo, problems);
        if (drafts.length)
          await em.createQueryBuilder().insert().into(Invoice).values(drafts).orIgnore().execute();
        await em.update(InvoiceRun, run.id, {
          total: contracts.length,
          done,
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
    month: string,
    runId: string | null,
    contracts: Parameters<typeof buildDrafts>[2],
    problems: string[],
  ): Promise<Partial<Invoice>[]> {
    const rounding = this.config.INVOICE_TAX_ROUNDING;
    try {
      return await buildDrafts(em, month, contracts, rounding, runId);
    } catch {
      // Find which client it was: one at a time, keeping the good ones.
      const drafts: Partial<Invoice>[] = [];
      for (const own of byClient(contracts, 1)) {
        try {
          drafts.push(...(await buildDrafts(em, month, own, rounding, runId)));
        } catch (error) {
          const id = own[0]!.clientCompanyId;
          const company = await em.findOneBy(ClientCompany, { id });
          problems.push(`${company?.name ?? id}: ${(error as Error).message}`);
        }
      }
      return drafts;
    }
  }

  /**
   * What the run of `month` would settle for months already invoiced, per
   * client (the CATCH_UP lines of the drafts it would build now), so the
   * back office sees late changes before the run. Clients that cannot be
   * billed are left out, as the run names them.
   */
  pendingCatchUps(ctx: RequestContext, month: string): Promise<PendingCatchUp[]> {
    return this.db.transaction(ctx, async (em) => {
      const contracts = await billableContracts(em, month)
        .andWhere(
          `EXISTS (SELECT 1 FROM invoices p WHERE p.client_company_id = c.client_company_id
                      AND p.kind = 'INVOICE' AND p.state = 'ISSUED' AND p.month < :month)`,
        )
        .orderBy('c.client_company_id')
        .addOrderBy('c.start_date')
        .getMany();
      const pending: PendingCatchUp[] = [];
      for (const batch of byClient(contracts, BATCH)) {
        for (const draft of await this.buildEach(em, month, null, batch, [])) {
          const lines = draft.lines!.filter((l) => l.kind === 'CATCH_UP');
          if (lines.length === 0) continue;
          pending.push({
            clientCompanyId: draft.clientCompanyId!,
            clientName: draft.recipientName!,
            lines,
            subtotal: lines.reduce((sum, l) => sum + l.amount, 0),
          });
        }
      }
      return pending;
    });
  }

  /** Builds a draft again from today's data (after a contract was corrected). */
  rebuildDraft(ctx: RequestContext, id: string, version: number): Promise<Invoice> {
    return this.db.transaction(ctx, async (em) => {
      const invoice = await lockInvoice(em, id);
      checkVersion('The invoice', invoice.version, version);
      if (invoice.state !== InvoiceState.DRAFT || invoice.kind !== InvoiceKind.INVOICE)
        throw violated(
          'INVOICE_NOT_DRAFT',
          `Only a draft invoice is rebuilt; this one is ${invoice.state}`,
        );
      const draft = await clientDraft(em, invoice, this.config.INVOICE_TAX_ROUNDING);
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
      const invoice = await lockInvoice(em, input.id);
      checkVersion('The invoice', invoice.version, input.version);
      if (invoice.state !== InvoiceState.DRAFT)
        throw violated(
          'INVOICE_NOT_DRAFT',
          `Only a draft is adjusted; this one is ${invoice.state}`,
        );
      if (!input.reason.trim()) throw badField('reason', 'isNotEmpty');
      let line: InvoiceLine;
      try {
        line = adjustmentLine(input, invoice.month);
      } catch (error) {
        // The input's rules and the reason checked above leave one way to fail: an amount
        // that comes to zero yen (e.g. ¥1 tax-included).
        if (error instanceof RangeError) throw badField('amount', 'nonZeroYen');
        throw error;
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
}
