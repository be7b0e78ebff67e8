import {
  type AgingBucket,
  AGING_BUCKETS,
  agingBucket,
  matchDeposit,
  normalisePayerName,
  parseZengin,
  tokyoDate,
  ZenginFormatError,
  type ZenginStatement,
} from '@dengon/domain';
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ClientCompany } from '../clients/client-company.entity';
import { companyInScope } from '../common/company-scope';
import { badField, notFound, violated } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Db } from '../database/db.service';
import { AuditService } from '../audit/audit.service';
import { applyPayment, writeOff } from './allocations';
import { Invoice, InvoiceKind, InvoiceState } from './invoice.entity';
import { BankImport, Payment, PaymentMethod, PaymentSource } from './payment.entity';

export interface NewPayment {
  clientCompanyId: string;
  receivedOn: string;
  amount: number;
  payerName: string;
  method: PaymentMethod;
  /** Applied to this invoice first, then to the oldest due. */
  invoiceId?: string;
  note?: string;
}

export interface AgingRow {
  bucket: AgingBucket;
  invoices: number;
  amount: number;
}

/**
 * Payments (入金) and reconciliation (入金消込): recorded by hand or read from
 * the bank's Zengin file, applied to open invoices; what is left over is the
 * client's credit for the next invoice, and a bank fee the payer deducted is
 * written off within BANK_FEE_WRITE_OFF_LIMIT.
 */
@Injectable()
export class Payments {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A payment recorded by hand, applied at once. */
  record(ctx: RequestContext, input: NewPayment): Promise<Payment> {
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0)
      throw badField('amount', 'positiveYen');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.receivedOn) || input.receivedOn > tokyoDate(new Date()))
      throw badField('receivedOn', 'notFutureDate');
    return this.db.transaction(ctx, async (em) => {
      if (!(await em.existsBy(ClientCompany, { id: input.clientCompanyId })))
        throw badField('clientCompanyId', 'notFound');
      const payment = await em.save(
        em.create(Payment, {
          clientCompanyId: input.clientCompanyId,
          receivedOn: input.receivedOn,
          amount: input.amount,
          unallocated: input.amount,
          payerName: input.payerName.trim(),
          method: input.method,
          source: PaymentSource.MANUAL,
          note: input.note?.trim() || null,
          recordedBy: ctx.user?.id ?? null,
        }),
      );
      await applyPayment(em, payment, input.invoiceId);
      await this.audit.record(em, ctx, {
        action: 'payment.recorded',
        entityType: 'Payment',
        entityId: payment.id,
        clientCompanyId: payment.clientCompanyId,
        after: {
          amount: payment.amount,
          receivedOn: payment.receivedOn,
          invoiceId: input.invoiceId,
        },
      });
      return payment;
    });
  }

  /**
   * Reads a Zengin file and records each deposit once (the same file, or a
   * later file repeating a deposit, records nothing twice). A deposit whose
   * amount and payer name match one open invoice is applied; one short of it
   * by no more than the fee limit is applied with the fee written off; the
   * others wait for a person. A bad file is refused whole, with the record number.
   */
  importBankFile(
    ctx: RequestContext,
    fileName: string,
    content: Buffer,
  ): Promise<{ bankImport: BankImport; payments: Payment[] }> {
    let statements: ZenginStatement[];
    try {
      statements = parseZengin(content);
    } catch (error) {
      if (error instanceof ZenginFormatError)
        throw badField('file', 'bankFileUnreadable', {
          fileName,
          line: error.line,
          detail: error.detail,
        });
      throw error;
    }
    const sha256 = createHash('sha256').update(content).digest('hex');
    return this.db.transaction(ctx, async (em) => {
      const earlier = await em.findOneBy(BankImport, { sha256 });
      if (earlier)
        throw violated(
          'BANK_FILE_IMPORTED',
          `${fileName} was already imported on ${tokyoDate(earlier.createdAt)} (${earlier.fileName})`,
          { date: tokyoDate(earlier.createdAt), fileName: earlier.fileName },
        );
      const bankImport = await em.save(
        em.create(BankImport, {
          fileName,
          sha256,
          deposits: 0,
          matched: 0,
          importedBy: ctx.user?.id ?? null,
        }),
      );
      const payments: Payment[] = [];
      // The open invoices, read once for the file; a matched one leaves the list.
      const open = await openInvoices(em);
      for (const statement of statements)
        for (const deposit of statement.deposits) {
          if (deposit.cancelled) continue;
          const dedupeKey = [
            statement.bank.code,
            statement.account.branchCode,
            statement.account.number,
            deposit.date,
            deposit.reference ?? `line${deposit.line}`,
            deposit.amount,
          ].join(':');
          const inserted = await em
            .createQueryBuilder()
            .insert()
            .into(Payment)
            .values({
              clientCompanyId: null,
              receivedOn: deposit.date,
              amount: deposit.amount,
              unallocated: deposit.amount,
              payerName: deposit.payerName,
              method: PaymentMethod.BANK_TRANSFER,
              source: PaymentSource.BANK_FILE,
              dedupeKey,
              bankImportId: bankImport.id,
              recordedBy: ctx.user?.id ?? null,
            })
            .orIgnore()
            .returning(['id'])
            .execute();
          const id = (inserted.raw as { id: string }[])[0]?.id;
          if (!id) continue; // recorded by an earlier file
          const payment = await em.findOneByOrFail(Payment, { id });
          if (await this.reconcile(em, payment, open)) bankImport.matched++;
          payments.push(payment);
        }
      bankImport.deposits = payments.length;
      await em.save(bankImport);
      await this.audit.record(em, ctx, {
        action: 'payment.bank_file_imported',
        entityType: 'BankImport',
        entityId: bankImport.id,
        clientCompanyId: null,
        after: { fileName, deposits: bankImport.deposits, matched: bankImport.matched },
      });
      return { bankImport, payments };
    });
  }

  /** Matches a deposit to the one open invoice it pays, if there is exactly one; true when applied. */
  private async reconcile(
    em: EntityManager,
    payment: Payment,
    open: OpenInvoice[],
  ): Promise<boolean> {
    const candidates = matchDeposit(
      { amount: payment.amount, payerNameNormalised: normalisePayerName(payment.payerName) },
      open.map((o) => ({ id: o.id, clientKana: o.name_kana, amountDue: o.due })),
    );
    const [best, second] = candidates;
    const fee =
      best &&
      best.kind === 'NAME_ONLY' &&
      best.difference > 0 &&
      best.difference <= this.config.BANK_FEE_WRITE_OFF_LIMIT;
    if (!best || (second && second.kind === best.kind) || !(best.kind === 'EXACT' || fee))
      return false;
    const invoice = await em.findOneByOrFail(Invoice, { id: best.invoiceId });
    const paid = await payFrom(em, payment, invoice);
    if (fee)
      await writeOff(em, await em.findOneByOrFail(Invoice, { id: invoice.id }), best.difference);
    // The next deposits of the file see what this one paid (on this invoice, and any the rest went to).
    for (const on of paid) {
      const entry = open.findIndex((o) => o.id === on.id);
      const due = on.id === invoice.id && fee ? 0 : on.total - on.paidAmount;
      if (entry >= 0 && due > 0) open[entry]!.due = due;
      else if (entry >= 0) open.splice(entry, 1);
    }
    return true;
  }

  /** A person matches a waiting deposit to the invoice it pays. */
  matchPayment(ctx: RequestContext, paymentId: string, invoiceId: string): Promise<Payment> {
    return this.db.transaction(ctx, async (em) => {
      const payment = await em.findOne(Payment, {
        where: { id: paymentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!payment) throw notFound('Payment');
      if (payment.clientCompanyId)
        throw violated('PAYMENT_ALREADY_MATCHED', 'The payment is already matched to a client');
      const invoice = await em.findOneBy(Invoice, {
        id: invoiceId,
        kind: InvoiceKind.INVOICE,
        state: InvoiceState.ISSUED,
      });
      if (!invoice) throw badField('invoiceId', 'notIssuedInvoice');
      await payFrom(em, payment, invoice);
      await this.audit.record(em, ctx, {
        action: 'payment.matched',
        entityType: 'Payment',
        entityId: payment.id,
        clientCompanyId: invoice.clientCompanyId,
        after: { invoiceId },
      });
      return payment;
    });
  }

  /** Writes off what is left on an invoice when it is no more than a bank fee (the limit). */
  writeOffFee(ctx: RequestContext, invoiceId: string): Promise<Invoice> {
    return this.db.transaction(ctx, async (em) => {
      const invoice = await em.findOne(Invoice, {
        where: { id: invoiceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invoice || invoice.state !== InvoiceState.ISSUED) throw notFound('Issued invoice');
      const rest = invoice.total - invoice.paidAmount;
      if (rest <= 0) throw violated('NOTHING_OWED', 'Nothing is owed on this invoice');
      if (rest > this.config.BANK_FEE_WRITE_OFF_LIMIT)
        throw violated(
          'OWED_OVER_FEE_LIMIT',
          `${rest}円 is owed: more than a bank fee (limit ${this.config.BANK_FEE_WRITE_OFF_LIMIT}円)`,
          { owed: rest, limit: this.config.BANK_FEE_WRITE_OFF_LIMIT },
        );
      await writeOff(em, invoice, rest);
      await this.audit.record(em, ctx, {
        action: 'invoice.fee_written_off',
        entityType: 'Invoice',
        entityId: invoice.id,
        clientCompanyId: invoice.clientCompanyId,
        after: { amount: rest },
      });
      return invoice;
    });
  }

  /** Payments, newest first; `unmatched` = bank deposits waiting for a person. Clients see their own. */
  list(
    ctx: RequestContext,
    clientCompanyId: string | undefined,
    unmatched: boolean,
    first: number,
  ): Promise<Payment[]> {
    const company =
      clientCompanyId || ctx.tenantId ? companyInScope(ctx, clientCompanyId) : undefined;
    if (company === null) return Promise.resolve([]);
    return this.db.transaction(ctx, (em) => {
      const q = em
        .createQueryBuilder(Payment, 'p')
        .orderBy('p.received_on', 'DESC')
        .addOrderBy('p.created_at', 'DESC')
        .take(first);
      if (company) q.andWhere('p.client_company_id = :company', { company });
      if (unmatched) q.andWhere('p.client_company_id IS NULL');
      return q.getMany();
    });
  }

  /** What is owed on issued invoices by days past due (Asia/Tokyo), as of a date. */
  aging(ctx: RequestContext, asOf: string): Promise<AgingRow[]> {
    return this.db.transaction(ctx, async (em) => {
      const open: { due_date: string; rest: number }[] = await em.query(
        `SELECT due_date::text, (total - paid_amount) AS rest FROM invoices
          WHERE kind = 'INVOICE' AND state = 'ISSUED' AND paid_amount < total AND due_date IS NOT NULL`,
      );
      const rows = new Map(
        AGING_BUCKETS.map((bucket) => [bucket, { bucket, invoices: 0, amount: 0 }]),
      );
      for (const invoice of open) {
        const row = rows.get(agingBucket(invoice.due_date, asOf))!;
        row.invoices++;
        row.amount += invoice.rest;
      }
      return [...rows.values()];
    });
  }
}

interface OpenInvoice {
  id: string;
  client_company_id: string;
  name_kana: string;
  due: number;
}

/** Issued invoices with money still owed, with their client's reading for matching payer names. */
const openInvoices = (em: EntityManager): Promise<OpenInvoice[]> =>
  em.query(
    `SELECT i.id, i.client_company_id, c.name_kana, (i.total - i.paid_amount) AS due
       FROM invoices i JOIN client_companies c ON c.id = i.client_company_id
      WHERE i.kind = 'INVOICE' AND i.state = 'ISSUED' AND i.paid_amount < i.total`,
  );

/**
 * The payment is the client's and pays the invoice first, then their oldest
 * due; what is left stays their credit. Returns the invoices it paid on.
 */
async function payFrom(em: EntityManager, payment: Payment, invoice: Invoice): Promise<Invoice[]> {
  payment.clientCompanyId = invoice.clientCompanyId;
  await em.update(Payment, payment.id, { clientCompanyId: invoice.clientCompanyId });
  return applyPayment(em, payment, invoice.id);
}
