import {
  formatNational,
  INTAKE_CHANNEL_LABELS_JA,
  INTAKE_STATUS_LABELS_JA,
  intakeValueText,
  neutraliseCsvCell,
  Permission,
} from '@dengon/domain';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { Allow } from '../common/access.decorator';
import { AuditService } from '../audit/audit.service';
import { Ctx } from '../common/ctx.decorator';
import { Db } from '../database/db.service';
import { documentHeaders } from '../common/http';
import type { RequestContext } from '../common/request-context';
import type { IntakeRecord } from './intake-record.entity';
import { IntakeRecordsArgs } from './intake.inputs';
import { IntakeHistory } from './intake-history.service';

const BASIC = ['caller_name', 'caller_company', 'callback_number', 'message'] as const;
const PAGE = 500;

/** Tokyo wall-clock time, as Excel users expect it. */
const tokyo = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(d);

/**
 * The filtered intake history as CSV: UTF-8 with a BOM so Excel opens the
 * Japanese correctly, streamed page by page so a large export holds little.
 */
@Controller('exports')
export class IntakeExportController {
  constructor(
    private readonly history: IntakeHistory,
    private readonly audit: AuditService,
    private readonly db: Db,
  ) {}

  @Get('intake-records.csv')
  @Allow(Permission.ViewCalls)
  async export(
    @Ctx() ctx: RequestContext,
    @Query() args: IntakeRecordsArgs,
    @Res() res: Response,
  ): Promise<void> {
    // Validate and read the first page before answering, so a bad filter is an error, not a broken file.
    let page = await this.history.list(ctx, { ...args, first: PAGE, after: undefined });
    // Who took a copy of which records out of Dengon, for the back office.
    await this.db.transaction(ctx, (em) =>
      this.audit.record(em, ctx, {
        action: 'export.downloaded',
        entityType: 'IntakeExport',
        entityId: ctx.actor.id,
        clientCompanyId: ctx.tenantId ?? args.clientCompanyId ?? null,
        after: { ...args },
      }),
    );
    documentHeaders(res, {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment',
      name: 'intake-records.csv',
      japaneseName: '受付履歴.csv',
    });
    res.write('\uFEFF');
    const csv = stringify({
      header: true,
      // Text a caller typed must never run as a formula when the file is opened in Excel.
      cast: { string: neutraliseCsvCell },
      columns: [
        '受付番号',
        '受付日時',
        'クライアント',
        '受付方法',
        '着信番号',
        '発信者番号',
        'ステータス',
        '緊急',
        '請求対象',
        'お名前',
        '会社名',
        '折り返し先',
        'ご用件',
        'その他の項目',
        'メモ',
      ],
    });
    csv.pipe(res);
    const names = new Map<string, string>();
    const labels = new Map<string, Map<string, string>>();
    for (;;) {
      for (const r of page.items) csv.write(await this.row(ctx, r, names, labels));
      if (!page.nextCursor) break;
      page = await this.history.list(ctx, { ...args, first: PAGE, after: page.nextCursor });
    }
    csv.end();
  }

  private async row(
    ctx: RequestContext,
    r: IntakeRecord,
    names: Map<string, string>,
    labels: Map<string, Map<string, string>>,
  ): Promise<(string | number)[]> {
    if (!names.has(r.clientCompanyId))
      names.set(r.clientCompanyId, await this.history.clientName(ctx, r.clientCompanyId));
    // The other fields by the labels the operator saw, never by their internal keys.
    if (!labels.has(r.scriptVersionId))
      labels.set(r.scriptVersionId, await this.history.fieldLabels(ctx, r.scriptVersionId));
    const label = (key: string) => labels.get(r.scriptVersionId)?.get(key) ?? key;
    const others = Object.fromEntries(
      Object.entries(r.fields).filter(([k]) => !(BASIC as readonly string[]).includes(k)),
    );
    return [
      r.recordNumber,
      tokyo(r.receivedAt),
      names.get(r.clientCompanyId) ?? '',
      INTAKE_CHANNEL_LABELS_JA[r.channel] ?? r.channel,
      r.dialedE164 ? formatNational(r.dialedE164) : '',
      r.callingE164 ? formatNational(r.callingE164) : '',
      INTAKE_STATUS_LABELS_JA[r.status],
      r.urgent ? '緊急' : '',
      r.billable ? '対象' : '対象外',
      ...BASIC.map((k) => intakeValueText(r.fields[k])),
      Object.keys(others).length
        ? Object.entries(others)
            .map(([k, v]) => `${label(k)}: ${intakeValueText(v)}`)
            .join(' / ')
        : '',
      r.memo,
    ];
  }
}
