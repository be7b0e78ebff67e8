import {
  digestWindow,
  type FieldLabels,
  intakeCorrectionMail,
  intakeDigestMail,
  intakeReportMail,
  type ReportedIntake,
  type ReportSettings,
  reportRouteNow,
  tokyoDate,
} from '@dengon/domain';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { type IntakeCorrection, IntakeRecord } from '../calls/intake-record.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { RequestContext } from '../common/request-context';
import { type AppConfig, publicBaseUrl } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Db } from '../database/db.service';
import { Delivery, type NewMessage } from '../delivery/delivery.service';
import {
  MessageChannel,
  MessagePurpose,
  OutboundMessage,
} from '../delivery/outbound-message.entity';
import { EventBus } from '../events/event-bus';
import { JobQueue } from '../jobs/job-queue';
import { ScriptVersion } from '../scripts/script.entity';
import { FileStore } from '../storage/file-store';
import { renderReportPdf } from './report-pdf';

const REPORTS = RequestContext.system('intake reports');

/** At most this many intakes are decided in one sweep's transaction. */
const SWEEP_BATCH = 500;
/** Swept this often as well, for intakes whose event no process heard (a listener away, a process gone). */
const SWEEP_EVERY_MS = 10_000;

type DueIntake = Pick<ReportSettings, 'reportMethod' | 'reportEmail' | 'reportFax'> & {
  id: string;
  urgent: boolean;
};

/**
 * Telling the client of what was taken, by their report method: an e-mail or
 * a fax the moment an intake is saved, or one digest a day at their time. An
 * urgent intake of a digest client is e-mailed at once, and the record itself
 * carries the flag that asks an operator to phone the client's contact.
 *
 * A saved intake is only marked due; sweeps, woken by each new intake, decide
 * many at once, queue the e-mail reports themselves and send a job for each
 * fax, so a save never costs a job of its own.
 */
@Injectable()
export class IntakeReports implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('IntakeReports');
  private sweeping?: Promise<void>;
  private sweepAgain = false;
  private stopSweeping?: () => void;

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly delivery: Delivery,
    private readonly files: FileStore,
    private readonly bus: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ intakeId: string }>('intake.report', ({ intakeId }) =>
      this.report(intakeId),
    );
    await this.jobs.work('intake.digest', async () => {
      await this.sendDueDigests();
    });
    await this.jobs.schedule('intake.digest', '* * * * *');
    const off = this.bus.on('intake:*', (event) => {
      if (event.type === 'intake.created') this.wake();
    });
    const timer = setInterval(() => this.wake(), SWEEP_EVERY_MS).unref();
    this.stopSweeping = () => {
      off();
      clearInterval(timer);
    };
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopSweeping?.();
    this.stopSweeping = undefined;
    await this.sweeping;
  }

  /** Called in the transaction that saves the intake: its report is due if and only if it exists. */
  async saved(em: EntityManager, record: IntakeRecord): Promise<void> {
    await em.query('INSERT INTO intake_reports_due (intake_id) VALUES ($1)', [record.id]);
  }

  /**
   * Claims up to a batch of due intakes, whichever no other sweep holds, and
   * queues the report of each that calls for one now, in one transaction: a
   * claim is undone with its messages and jobs if anything fails. Returns how
   * many it claimed.
   */
  sweep(): Promise<number> {
    return this.db.transaction(REPORTS, async (em) => {
      const due = await em.query<DueIntake[]>(
        `WITH claimed AS (
           DELETE FROM intake_reports_due
            WHERE intake_id IN (SELECT intake_id FROM intake_reports_due LIMIT $1 FOR UPDATE SKIP LOCKED)
           RETURNING intake_id)
         SELECT r.id, r.urgent, c.report_method AS "reportMethod",
                c.report_email AS "reportEmail", c.report_fax AS "reportFax"
           FROM claimed
           JOIN intake_records r ON r.id = claimed.intake_id
           JOIN client_companies c ON c.id = r.client_company_id`,
        [SWEEP_BATCH],
      );
      const routed = due.flatMap((intake) => {
        const route = reportRouteNow(intake, intake.urgent);
        return route ? [{ id: intake.id, route }] : [];
      });
      // E-mail reports are queued here, the batch in a few statements; a fax needs its PDF
      // rendered and kept, so each is a job of its own, retried on its own.
      const byEmail = routed.filter((r) => r.route.channel === 'EMAIL');
      if (byEmail.length) {
        const records = await em.find(IntakeRecord, {
          where: { id: In(byEmail.map((r) => r.id)) },
          relations: { clientCompany: true },
        });
        const labels = await this.labels(em, records);
        const recipients = new Map(byEmail.map((r) => [r.id, r.route.recipient]));
        await this.delivery.queue(
          em,
          ...records.map((record) => ({
            ...this.reportMessage(record, record.clientCompany!.name, labels),
            channel: MessageChannel.EMAIL,
            recipient: recipients.get(record.id)!,
          })),
        );
      }
      await this.jobs.sendMany(
        em,
        'intake.report',
        routed.filter((r) => r.route.channel === 'FAX').map((r) => ({ intakeId: r.id })),
      );
      return due.length;
    });
  }

  /**
   * Sweeps until nothing is due. Under load the sweeps batch themselves: a
   * wake-up while one runs asks for one more after it, never a second at once.
   */
  private wake(): void {
    if (!this.stopSweeping) return;
    if (this.sweeping) {
      this.sweepAgain = true;
      return;
    }
    this.sweeping = (async () => {
      do {
        this.sweepAgain = false;
        while ((await this.sweep()) === SWEEP_BATCH);
      } while (this.sweepAgain);
    })()
      .catch((error: Error) =>
        this.log.warn(`report sweep failed, next one retries: ${error.message}`),
      )
      .finally(() => {
        this.sweeping = undefined;
      });
  }

  /**
   * Tells the client of one intake if their report method (or urgency) calls
   * for it now: by e-mail, or by fax with the same text on an A4 page.
   */
  async report(intakeId: string): Promise<void> {
    // Decided again as it is sent: the client may have changed their method since the sweep.
    const record = await this.db.dataSource.manager.findOne(IntakeRecord, {
      where: { id: intakeId },
      relations: { clientCompany: true },
    });
    const client = record?.clientCompany;
    const route = client && reportRouteNow(client, record.urgent);
    if (!record || !client || !route) return;
    await this.db.transaction(REPORTS, async (em) => {
      const message = this.reportMessage(record, client.name, await this.labels(em, [record]));
      if (await em.existsBy(OutboundMessage, { dedupeKey: message.dedupeKey })) return;
      // A fax carries the same text on an A4 page.
      const page =
        route.channel === 'FAX'
          ? await this.files.put(
              `reports/${record.id}-${Date.now()}.pdf`,
              await renderReportPdf(message.subject, message.body, this.config.SERVICE_NAME),
            )
          : null;
      await this.delivery.queue(em, {
        ...message,
        channel: MessageChannel[route.channel],
        recipient: route.recipient,
        ...(page && { attachment: { name: `受付報告_${record.recordNumber}.pdf`, key: page.key } }),
      });
    });
  }

  /** One intake's report as the client reads it, by e-mail or on a faxed page. */
  private reportMessage(
    record: IntakeRecord,
    clientName: string,
    labels: Map<string, FieldLabels>,
  ): Omit<NewMessage, 'channel' | 'recipient'> {
    const mail = intakeReportMail(
      clientName,
      reported(record),
      labels.get(record.scriptVersionId) ?? new Map(),
      `${this.portalUrl()}/history/${record.id}`,
    );
    return {
      dedupeKey: `intake-report:${record.id}`,
      clientCompanyId: record.clientCompanyId,
      purpose: MessagePurpose.INTAKE_REPORT,
      relatedId: record.id,
      subject: mail.subject,
      body: mail.text,
    };
  }

  /** Queues today's digest for every digest client whose time has come and who has not had it yet. */
  async sendDueDigests(now = new Date()): Promise<number> {
    const date = tokyoDate(now);
    const due = await this.db.transaction(REPORTS, (em) =>
      em.query<{ id: string }[]>(
        `SELECT c.id FROM client_companies c
          WHERE c.report_method = 'DAILY_DIGEST' AND c.report_email IS NOT NULL AND c.digest_time IS NOT NULL
            AND ($1::date + c.digest_time::time) AT TIME ZONE 'Asia/Tokyo' <= $2
            AND NOT EXISTS (SELECT 1 FROM outbound_messages m WHERE m.dedupe_key = 'intake-digest:' || c.id || ':' || $1)`,
        [date, now],
      ),
    );
    // One transaction per client, so one client's trouble does not hold back the others.
    for (const { id } of due) await this.digest(id, date);
    return due.length;
  }

  private digest(clientCompanyId: string, date: string): Promise<void> {
    return this.db.transaction(REPORTS, async (em) => {
      const client = await em.findOneByOrFail(ClientCompany, { id: clientCompanyId });
      if (!client.reportEmail || !client.digestTime) return;
      const window = digestWindow(date, client.digestTime);
      const records = await em
        .createQueryBuilder(IntakeRecord, 'r')
        .where('r.client_company_id = :id', { id: client.id })
        .andWhere('r.received_at >= :from AND r.received_at < :to', window)
        .orderBy('r.received_at')
        .getMany();
      const labels = await this.labels(em, records);
      const mail = intakeDigestMail(
        client.name,
        window,
        records.map((r) => ({
          intake: reported(r),
          labels: labels.get(r.scriptVersionId) ?? new Map(),
        })),
        `${this.portalUrl()}/history`,
      );
      await this.delivery.queue(em, {
        dedupeKey: `intake-digest:${client.id}:${date}`,
        clientCompanyId: client.id,
        purpose: MessagePurpose.INTAKE_DIGEST,
        relatedId: null,
        channel: MessageChannel.EMAIL,
        recipient: client.reportEmail,
        subject: mail.subject,
        body: mail.text,
      });
    });
  }

  /** Whether the record's report (or a notice of it) already went out to the client. */
  wasReported(em: EntityManager, record: IntakeRecord): Promise<boolean> {
    return em.existsBy(OutboundMessage, {
      relatedId: record.id,
      purpose: MessagePurpose.INTAKE_REPORT,
    });
  }

  /**
   * Tells the client of a correction to a record already reported to them, at
   * once and by their report method (a digest client by e-mail), in the
   * correcting transaction.
   */
  async corrected(
    em: EntityManager,
    record: IntakeRecord,
    correction: Pick<IntakeCorrection, 'id' | 'changes' | 'reason'>,
  ): Promise<void> {
    const client = await em.findOneByOrFail(ClientCompany, { id: record.clientCompanyId });
    const route = reportRouteNow(client, true);
    if (!route) return;
    const labels = (await this.labels(em, [record])).get(record.scriptVersionId) ?? new Map();
    const mail = intakeCorrectionMail(
      client.name,
      record,
      correction.changes,
      labels,
      correction.reason,
      `${this.portalUrl()}/history/${record.id}`,
    );
    const page =
      route.channel === 'FAX'
        ? await this.files.put(
            `reports/${record.id}-correction-${correction.id}.pdf`,
            await renderReportPdf(mail.subject, mail.text, this.config.SERVICE_NAME),
          )
        : null;
    await this.delivery.queue(em, {
      dedupeKey: `intake-correction:${correction.id}`,
      clientCompanyId: record.clientCompanyId,
      purpose: MessagePurpose.INTAKE_REPORT,
      relatedId: record.id,
      subject: mail.subject,
      body: mail.text,
      channel: MessageChannel[route.channel],
      recipient: route.recipient,
      ...(page && { attachment: { name: `訂正_${record.recordNumber}.pdf`, key: page.key } }),
    });
  }

  /** Field labels of the script versions the records were taken with. */
  private async labels(
    em: EntityManager,
    records: readonly IntakeRecord[],
  ): Promise<Map<string, FieldLabels>> {
    const ids = [...new Set(records.map((r) => r.scriptVersionId))];
    const versions = ids.length ? await em.findBy(ScriptVersion, { id: In(ids) }) : [];
    return new Map(versions.map((v) => [v.id, new Map(v.fields.map((f) => [f.key, f.label]))]));
  }

  private portalUrl(): string {
    return `${publicBaseUrl(this.config)}/portal`;
  }
}

const reported = (r: IntakeRecord): ReportedIntake => ({
  id: r.id,
  recordNumber: r.recordNumber,
  receivedAt: r.receivedAt,
  channel: r.channel,
  dialedE164: r.dialedE164,
  callingE164: r.callingE164,
  fields: r.fields,
  memo: r.memo,
  urgentKeywords: r.urgentKeywords,
});
