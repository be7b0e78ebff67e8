import { Permission } from '@dengon/domain';
import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../common/access.decorator';
import { Ctx } from '../common/ctx.decorator';
import { documentHeaders } from '../common/http';
import type { RequestContext } from '../common/request-context';
import { DispatchService } from './dispatch.service';

/** The dispatch sheet as it was sent, for the operator's preview and the client's records. */
@Controller('dispatches')
export class DispatchSheetController {
  constructor(private readonly dispatch: DispatchService) {}

  @Get(':id/sheet.pdf')
  @Allow(Permission.ViewDispatches)
  async sheet(
    @Ctx() ctx: RequestContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { dispatch, pdf } = await this.dispatch.sheet(ctx, id);
    documentHeaders(res, {
      type: 'application/pdf',
      disposition: 'inline',
      name: `dispatch-${dispatch.dispatchNo}.pdf`,
      japaneseName: `手配書_No${dispatch.dispatchNo}.pdf`,
    });
    res.setHeader('X-Content-SHA256', dispatch.sheetSha256 ?? '');
    res.send(pdf);
  }
}
