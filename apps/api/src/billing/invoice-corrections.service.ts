import {
  creditNoteProblems,
  invoiceTotals,
  type InvoiceLine,
  monthLabel,
  type RateAmounts,
  type TaxRate,
  tokyoDate,
} from '@dengon/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InvoiceIssuing } from './invoice-issuing.service';
import { lockInvoice } from './invoices.service';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { badField, badInput, checkVersion, violated } from '../common/errors';
import { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Db } from '../database/db.service';
import { clientDraft } from './drafts';
import { Invoice, InvoiceKind, InvoiceState } from './invoice.entity';
import { releaseCredit } from './allocations';

/**
 * Corrections of issued invoices: a credit note (適格返還請求書) for part of
 * one, or a void with its reason and, if asked, a new draft. Nothing billed
 * is deleted.
 */
@Injectable()
export class InvoiceCorrections {
  constructor(
    private readonly db: Db,
    private readonly issuing: InvoiceIssuing,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
      const original = await lockInvoice(em, input.invoiceId);
      if (original.kind !== InvoiceKind.INVOICE || original.state !== InvoiceState.ISSUED)
        throw violated('CREDIT_NOTE_FOR_ISSUED_ONLY', 'A credit note corrects an issued invoice');
      if (!input.reason.trim()) throw badField('reason', 'isNotEmpty');
      const requested: RateAmounts = {};
      for (const { taxRate, amount } of input.amounts) {
        if (![10, 8, 0].includes(taxRate))
          throw badField('amounts', 'isIn', { values: [10, 8, 0] });
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
      if (problems.length) throw badInput(problems.map((p) => ({ ...p, field: 'amounts' })));
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
      await this.issuing.issueCreditNote(em, ctx, note, original);
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
      const invoice = await lockInvoice(em, input.id);
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
      if (!input.reason.trim()) throw badField('reason', 'isNotEmpty');
      await releaseCredit(em, invoice);
      Object.assign(invoice, { state: InvoiceState.VOID, reason: input.reason.trim() });
      await em.save(invoice);
      if (input.replace) {
        const draft = await clientDraft(em, invoice, this.config.INVOICE_TAX_ROUNDING);
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
