import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Public } from '../common/access.decorator';
import { SignedBodyGuard } from '../common/signed-body.guard';
import type { DeliveryReport } from './delivery-report.entity';
import { DeliveryReports } from './delivery-reports.service';
import { badField } from '../common/errors';

export class FaxJobReportInput {
  @Matches(/^[\w.-]{1,64}$/, { message: 'jobId must be the fax server’s job id' })
  jobId!: string;

  @IsIn(['DELIVERED', 'BOUNCED'])
  outcome!: 'DELIVERED' | 'BOUNCED';

  @IsOptional()
  @IsString()
  @Length(0, 1000)
  detail?: string;
}

const receipt = (report: DeliveryReport) => ({
  id: report.id,
  matched: report.outboundMessageId !== null,
  outcome: report.outcome,
});

/**
 * Where the mail server and the fax server hand in delivery reports
 * (docs/reports.md, Delivery reports): signed like the telephony events,
 * with DELIVERY_REPORTS_SECRET. `tools/delivery-report` signs and posts them
 * from an MTA pipe or HylaFAX's notify hook.
 */
@Controller('webhooks/delivery-reports')
@Public()
@UseGuards(SignedBodyGuard((config) => config.deliveryReportsSecret))
export class DeliveryReportsController {
  constructor(private readonly reports: DeliveryReports) {}

  /** A bounce or a fax gateway's result mail, as received: Content-Type message/rfc822. */
  @Post('mail')
  @HttpCode(202)
  async mail(@Req() req: Request): Promise<ReturnType<typeof receipt>> {
    const raw: unknown = req.body;
    if (!Buffer.isBuffer(raw) || raw.length === 0) throw badField('body', 'isRfc822');
    return receipt(await this.reports.receiveMail(raw));
  }

  /** A fax server's status for one of its jobs. */
  @Post('fax-job')
  @HttpCode(202)
  async faxJob(@Body() input: FaxJobReportInput): Promise<ReturnType<typeof receipt>> {
    return receipt(await this.reports.receiveFaxJob(input));
  }
}
