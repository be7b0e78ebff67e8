import { Permission } from '@dengon/domain';
import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import { documentHeaders } from '../common/http';
import type { RequestContext } from '../common/request-context';
import { Invoices } from './invoices.service';

/** The invoice PDF as issued (never rendered again), for back office and the client's own users. */
@Controller('invoices')
export class InvoicePdfController {
  constructor(private readonly invoices: Invoices) {}

  @Get(':id/pdf')
  @Allow(Permission.ViewInvoices)
  async pdf(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { invoice, pdf } = await this.invoices.pdf(ctx, id);
    const name = `請求書_${invoice.number}.pdf`;
    documentHeaders(res, {
      type: 'application/pdf',
      disposition: 'inline',
      name: `invoice-${invoice.number}.pdf`,
      japaneseName: name,
    });
    res.setHeader('X-Content-SHA256', invoice.pdfSha256 ?? '');
    res.send(pdf);
  }
}
