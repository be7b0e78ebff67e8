import {
  DEFAULT_BILLING_TERMS,
  dueDate,
  formatInvoiceNumber,
  isBillingMonth,
  monthLabel,
  tokyoDate,
} from '@dengon/domain';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ClientCompany } from '../clients/client-company.entity';
import { badField, checkVersion, notFound, violated } from '../common/errors';
import { RequestContext, type SessionUser } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Db } from '../database/db.service';
import { Delivery } from '../delivery/delivery.service';
import { MessageChannel, MessagePurpose } from '../delivery/outbound-message.entity';
import { JobQueue } from '../jobs/job-queue';
import { FileStore } from '../storage/file-store';
import { billableContracts } from './drafts';
import { Invoice, InvoiceKind, InvoiceState } from './invoice.entity';
import { renderInvoicePdf } from './invoice-pdf';
import { allocateCredit } from './allocations';

// Drafts are issued this many per transaction.
const ISSUE_BATCH = 50;

/** How drafts are issued: today and e-mailed, unless told (the demo's history is dated and not sent). */
interface IssueOptions {
  issuedOn?: string;
  send?: boolean;
}

/**
 * Issuing: a gapless number per year, the PDF kept with its SHA-256, the
 * e-mail through the outbound message log; one draft, or a month's drafts as
 * a job. Issued invoices never change.
 */
@Injectable()
export class InvoiceIssuing implements OnApplicationBootstrap {
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
    await this.jobs.work<{ month: string; by?: SessionUser }>('billing.issue', ({ month, by }) =>
      // Issued in the name of whoever asked (jobs sent before they were named: Dengon itself).
      this.issueMonth(
        by
          ? RequestContext.onBehalfOf(by, 'job billing.issue')
          : RequestContext.system('job billing.issue'),
        month,
      ),
    );
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
      // Each client's billing address, read once for the batch.
      const billingEmails = new Map(
        (await em.findBy(ClientCompany, { id: In(ready.map((i) => i.clientCompanyId)) })).map(
          (c) => [c.id, c.billingEmail],
        ),
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
          billingEmail: billingEmails.get(invoice.clientCompanyId) ?? null,
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
    if (!isBillingMonth(month)) throw badField('month', 'isBillingMonth');
    return this.db.transaction(ctx, async (em) => {
      const drafts = await em.countBy(Invoice, { month, state: InvoiceState.DRAFT });
      if (drafts) await this.jobs.send(em, 'billing.issue', { month, by: ctx.user ?? undefined });
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

  /** Issues a credit note today, in the caller's transaction: a number, the PDF, the e-mail. */
  async issueCreditNote(
    em: EntityManager,
    ctx: RequestContext,
    note: Invoice,
    original: Invoice,
  ): Promise<void> {
    const issueDate = tokyoDate(new Date());
    const [number] = await this.takeNumbers(em, issueDate, 1);
    const client = await em.findOneByOrFail(ClientCompany, { id: note.clientCompanyId });
    await this.finish(em, ctx, note, original, {
      number: number!,
      issueDate,
      due: null,
      send: true,
      billingEmail: client.billingEmail,
    });
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
      billingEmail,
    }: {
      number: string;
      issueDate: string;
      due: string | null;
      send: boolean;
      billingEmail: string | null;
    },
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
    if (send && billingEmail) {
      const what = invoice.kind === InvoiceKind.CREDIT_NOTE ? '返金・値引きのお知らせ' : 'ご請求書';
      await this.delivery.queue(em, {
        dedupeKey: `invoice:${invoice.id}`,
        channel: MessageChannel.EMAIL,
        recipient: billingEmail,
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
