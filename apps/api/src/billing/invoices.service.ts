import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { companyInScope } from '../common/company-scope';
import { notFound } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { FileStore } from '../storage/file-store';
import { Invoice, InvoiceState } from './invoice.entity';

export interface InvoiceFilter {
  clientCompanyId?: string;
  month?: string;
  state?: InvoiceState;
}

/** Invoices and credit notes as their readers see them: the list and the PDF as issued. */
@Injectable()
export class Invoices {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
  ) {}

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
}

/** The invoice, locked for the rest of the caller's transaction. */
export async function lockInvoice(em: EntityManager, id: string): Promise<Invoice> {
  const invoice = await em.findOne(Invoice, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!invoice) throw notFound('Invoice');
  return invoice;
}
