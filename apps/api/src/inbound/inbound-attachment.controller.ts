import { Permission } from '@dengon/domain';
import { Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import { documentHeaders } from '../common/http';
import type { RequestContext } from '../common/request-context';
import { InboundMailService } from './inbound-mail.service';

/** An attachment of a mail that came in (a fax's pages), for whoever may see its record. */
@Controller('inbound-mails')
export class InboundAttachmentController {
  constructor(private readonly inbound: InboundMailService) {}

  @Get(':id/attachments/:index')
  @Allow(Permission.ViewCalls)
  async attachment(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('index', new ParseIntPipe()) index: number,
    @Res() res: Response,
  ): Promise<void> {
    const { attachment, content } = await this.inbound.attachment(ctx, id, index);
    // Only a PDF is shown in the page; anything else a sender attached is downloaded, never run.
    const pdf = attachment.contentType === 'application/pdf';
    documentHeaders(res, {
      type: pdf ? 'application/pdf' : 'application/octet-stream',
      disposition: pdf ? 'inline' : 'attachment',
      name: asciiName(attachment.fileName),
      japaneseName: attachment.fileName,
    });
    res.send(content);
  }

  /** A page of a fax that came as TIFF, as the PNG made of it on arrival, shown in the page. */
  @Get(':id/attachments/:index/pages/:page')
  @Allow(Permission.ViewCalls)
  async page(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('index', new ParseIntPipe()) index: number,
    @Param('page', new ParseIntPipe()) page: number,
    @Res() res: Response,
  ): Promise<void> {
    const png = await this.inbound.attachmentPage(ctx, id, index, page);
    documentHeaders(res, {
      type: 'image/png',
      disposition: 'inline',
      name: `fax-page-${page}.png`,
      japaneseName: `FAX ${page}ページ.png`,
    });
    res.send(png);
  }
}

const asciiName = (name: string) => name.replace(/[^\x20-\x7e]|["\\]/g, '_');
