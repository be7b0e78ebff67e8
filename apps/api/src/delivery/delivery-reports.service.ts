import {
  dengonMessageIds,
  faxResultOutcome,
  outcomeOfAction,
  readDeliveryStatus,
  type ReportOutcome,
} from '@dengon/domain';
import { Injectable, Logger } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { FileStore } from '../storage/file-store';
import { DeliveryOutcome, DeliveryReport, DeliveryReportSource } from './delivery-report.entity';
import { Delivery } from './delivery.service';
import { OutboundMessage } from './outbound-message.entity';

export interface FaxJobReport {
  /** The fax server's job id, as our gateway recorded it when sending. */
  jobId: string;
  outcome: 'DELIVERED' | 'BOUNCED';
  detail?: string;
}

interface ReadReport {
  messageIds: string[];
  outcome: ReportOutcome | null;
  subject: string | null;
  detail: string | null;
}

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);

/**
 * Delivery reports: what the mail server (bounces) and the fax gateway
 * (result mails, job statuses) say after a message has left. Each report is
 * kept; one that names a message of ours moves it to DELIVERED or BOUNCED,
 * and a bounce moves its sender on (a dispatch to the next channel).
 */
@Injectable()
export class DeliveryReports {
  private readonly log = new Logger('Delivery');

  constructor(
    private readonly db: Db,
    private readonly delivery: Delivery,
    private readonly files: FileStore,
  ) {}

  /** A mail as received (RFC 822): a bounce (RFC 3464) or an internet-fax gateway's result mail. */
  async receiveMail(raw: Buffer): Promise<DeliveryReport> {
    const read = await readMail(raw);
    const stored = await this.files.put(`delivery-reports/${randomUUID()}.eml`, raw);
    return this.record(DeliveryReportSource.MAIL, read, stored.key, (em) =>
      read.messageIds.length
        ? em.findOne(OutboundMessage, {
            where: read.messageIds.map((id) => ({ id })),
            order: { createdAt: 'DESC' },
          })
        : Promise.resolve(null),
    );
  }

  /** A fax server's status for one of its jobs. */
  receiveFaxJob(report: FaxJobReport): Promise<DeliveryReport> {
    const read: ReadReport = {
      messageIds: [],
      outcome: report.outcome,
      subject: report.jobId,
      detail: report.detail ?? null,
    };
    return this.record(DeliveryReportSource.FAX_JOB, read, null, (em) =>
      em.findOneBy(OutboundMessage, { providerMessageId: `hylafax:${report.jobId}` }),
    );
  }

  /** Reports received, newest first; `unmatched` = those that named no message of ours. */
  list(ctx: RequestContext, unmatched: boolean, first: number): Promise<DeliveryReport[]> {
    return this.db.transaction(ctx, (em) =>
      em
        .createQueryBuilder(DeliveryReport, 'r')
        .where(unmatched ? 'r.outbound_message_id IS NULL' : 'TRUE')
        .orderBy('r.received_at', 'DESC')
        .take(first)
        .getMany(),
    );
  }

  private async record(
    source: DeliveryReportSource,
    read: ReadReport,
    rawKey: string | null,
    find: (em: EntityManager) => Promise<OutboundMessage | null>,
  ): Promise<DeliveryReport> {
    const [report, changed] = await this.db.transaction(
      RequestContext.system('delivery report'),
      async (em) => {
        const message = await find(em);
        const report = await em.save(
          em.create(DeliveryReport, {
            source,
            outboundMessageId: message?.id ?? null,
            outcome: read.outcome as DeliveryOutcome | null,
            subject: read.subject?.slice(0, 500) ?? null,
            detail: read.detail,
            rawKey,
          }),
        );
        const final = read.outcome === 'DELIVERED' || read.outcome === 'BOUNCED';
        const changed =
          message && final
            ? await this.delivery.reported(
                em,
                message.id,
                read.outcome as 'DELIVERED' | 'BOUNCED',
                read.detail,
              )
            : null;
        return [report, changed] as const;
      },
    );
    if (!report.outboundMessageId)
      this.log.warn(`A delivery report named no message of ours (report ${report.id})`);
    if (changed) await this.delivery.tell(changed);
    return report;
  }
}

/** The message ids, outcome and diagnostic of a report mail. */
async function readMail(raw: Buffer): Promise<ReadReport> {
  const mail = await simpleParser(raw);
  const subject = mail.subject ?? null;
  const parts = mail.attachments.map((a) => ({
    type: a.contentType.toLowerCase(),
    text: a.content.toString('utf8'),
  }));
  const references = [mail.inReplyTo ?? '', [mail.references ?? []].flat().join(' ')].join(' ');
  // Our Message-ID is quoted in the returned headers, or referred to by a reply.
  const messageIds = dengonMessageIds(
    [references, mail.text ?? '', ...parts.map((p) => p.text)].join('\n'),
  );
  // mailparser keeps a delivery-status part as an attachment or folds it into the text.
  const contentType = mail.headers.get('content-type') as
    { params?: Record<string, string> } | undefined;
  const dsn =
    parts.find((p) => DSN_TYPES.has(p.type))?.text ??
    (contentType?.params?.['report-type'] === 'delivery-status' ? (mail.text ?? '') : null);
  if (dsn !== null) {
    const recipients = readDeliveryStatus(dsn);
    const first =
      recipients.find((r) => outcomeOfAction(r.action) === 'BOUNCED') ??
      recipients.find((r) => outcomeOfAction(r.action) !== null);
    return {
      messageIds,
      outcome: first ? outcomeOfAction(first.action) : null,
      subject,
      detail: first ? (first.diagnostic ?? first.status) : null,
    };
  }
  return {
    messageIds,
    outcome: faxResultOutcome(subject ?? '', mail.text ?? ''),
    subject,
    detail: subject,
  };
}
