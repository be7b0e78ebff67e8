import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { companyInScope } from '../common/company-scope';
import { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Db } from '../database/db.service';
import { JobQueue, QUEUES } from '../jobs/job-queue';
import { FaxGateway, FaxRefused } from './fax-gateway';
import { Mailer } from './mailer';
import { FileStore } from '../storage/file-store';
import {
  MessageChannel,
  type MessagePurpose,
  MessageStatus,
  OutboundMessage,
} from './outbound-message.entity';

const RECOVERY = RequestContext.system('job message.recover');

export interface DeliveryHandlers {
  sent(message: OutboundMessage): Promise<void>;
  /** Failed for good: refused when sent, out of retries, or bounced afterwards. */
  failed(message: OutboundMessage): Promise<void>;
}

export interface NewMessage {
  dedupeKey: string;
  channel: MessageChannel;
  /** An e-mail address, or a fax number in E.164. */
  recipient: string;
  attachment?: { name: string; key: string };
  clientCompanyId: string | null;
  purpose: MessagePurpose;
  relatedId: string | null;
  subject: string;
  body: string;
  /** A reply's threading: the Message-ID it answers and the thread before it. */
  inReplyTo?: string | null;
  threadReferences?: string | null;
}

/** Refusals retrying cannot fix: a gateway's refusal, an SMTP 5xx (unknown recipient, rejected message). */
function permanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return error instanceof FaxRefused || (typeof code === 'number' && code >= 500 && code < 600);
}

// Eight retries with backoff from 10 s are over within a few hours; a message still queued a day later lost its job.
const LOST_AFTER_MS = 24 * 3_600_000;

/**
 * The one way out: a message is queued as a row in the transaction that
 * calls for it, and a durable job sends it. A job that runs twice sends once
 * (the row says SENT); a failure is kept on the row and retried with backoff.
 */
@Injectable()
export class Delivery implements OnApplicationBootstrap {
  private readonly handlers = new Map<MessagePurpose, DeliveryHandlers>();

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly fax: FaxGateway,
    private readonly files: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A send that has not finished in this long is taken to have died with its process. */
  private get leaseMs(): number {
    return this.config.DELIVERY_LEASE_SECONDS * 1000;
  }

  async onApplicationBootstrap(): Promise<void> {
    // What a process that died mid-send left behind goes out again now, not at the next minute.
    await this.recover();
    await this.jobs.work<{ id: string }>('message.deliver', ({ id }) => this.deliver(id));
    await this.jobs.work('message.recover', async () => {
      await this.recover();
    });
    await this.jobs.schedule('message.recover', '* * * * *');
  }

  /**
   * Sends again what a dead process left behind: a message claimed for sending
   * longer ago than the lease (its process died mid-send), or queued long past
   * its retries' reach. Sending is idempotent, so a message that is in fact
   * still on its way is not sent twice by this.
   */
  async recover(now = new Date()): Promise<number> {
    const stale = new Date(now.getTime() - this.leaseMs);
    return this.db.transaction(RECOVERY, async (em) => {
      const stuck = await em
        .createQueryBuilder(OutboundMessage, 'm')
        .where("(m.status = 'SENDING' AND m.updated_at < :stale)", { stale })
        .orWhere("(m.status = 'QUEUED' AND m.updated_at < :lost)", {
          lost: new Date(now.getTime() - LOST_AFTER_MS),
        })
        .getMany();
      await this.jobs.sendMany(
        em,
        'message.deliver',
        stuck.map(({ id }) => ({ id })),
      );
      return stuck.length;
    });
  }

  /** Tells whoever sends messages of a purpose when one is sent, or has failed for good (to move on). */
  on(purpose: MessagePurpose, handlers: DeliveryHandlers): void {
    this.handlers.set(purpose, handlers);
  }

  /**
   * Queues messages in the caller's transaction, in one statement however
   * many; a message whose dedupe key was queued before is dropped. Returns the
   * ids of those queued.
   */
  async queue(em: EntityManager, ...messages: NewMessage[]): Promise<string[]> {
    if (!messages.length) return [];
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(OutboundMessage)
      .values(
        messages.map(({ attachment, ...fields }) => ({
          ...fields,
          attachmentName: attachment?.name ?? null,
          attachmentKey: attachment?.key ?? null,
          status: MessageStatus.QUEUED,
        })),
      )
      .orIgnore()
      .returning(['id'])
      .execute();
    const ids = (inserted.raw as { id: string }[]).map(({ id }) => id);
    await this.jobs.sendMany(
      em,
      'message.deliver',
      ids.map((id) => ({ id })),
    );
    return ids;
  }

  /**
   * Sends one queued message, once, then tells its sender how it ended. A
   * repeated job finds the message sent (or failed) and only repeats the
   * telling, which handlers take idempotently.
   */
  async deliver(id: string): Promise<void> {
    const claimed = await this.claim(id);
    const message = claimed
      ? await this.attempt(claimed)
      : await this.db.dataSource.manager.findOneBy(OutboundMessage, { id });
    if (message) await this.tell(message);
  }

  /**
   * Claims a message for sending, in one statement: one that is queued, or
   * claimed by a process that has not finished within the lease (it died).
   * The claim is the lease; the row is read only once it is held.
   */
  private async claim(id: string): Promise<OutboundMessage | null> {
    const claimed = await this.db.dataSource
      .createQueryBuilder()
      .update(OutboundMessage)
      .set({ status: MessageStatus.SENDING, attempts: () => 'attempts + 1' })
      .where('id = :id', { id })
      .andWhere("(status = 'QUEUED' OR (status = 'SENDING' AND updated_at < :leaseStart))", {
        leaseStart: new Date(Date.now() - this.leaseMs),
      })
      .execute();
    return claimed.affected ? this.db.dataSource.manager.findOneBy(OutboundMessage, { id }) : null;
  }

  /**
   * What a delivery report says of a sent message: it arrived, or it did not
   * and its sender moves on. Only a message still SENT changes: a report
   * repeated, or arriving after another, changes nothing.
   */
  async reported(
    em: EntityManager,
    id: string,
    outcome: 'DELIVERED' | 'BOUNCED',
    detail: string | null,
  ): Promise<OutboundMessage | null> {
    const message = await em.findOne(OutboundMessage, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (message?.status !== MessageStatus.SENT) return null;
    return em.save(
      Object.assign(message, {
        status: outcome === 'DELIVERED' ? MessageStatus.DELIVERED : MessageStatus.BOUNCED,
        reportedAt: new Date(),
        lastError: outcome === 'BOUNCED' ? detail : message.lastError,
      }),
    );
  }

  /** Tells the message's sender how it ended; handlers take a repeat idempotently. */
  async tell(message: OutboundMessage): Promise<void> {
    const handlers = this.handlers.get(message.purpose);
    if (message.status === MessageStatus.SENT || message.status === MessageStatus.DELIVERED)
      await handlers?.sent(message);
    if (message.status === MessageStatus.FAILED || message.status === MessageStatus.BOUNCED)
      await handlers?.failed(message);
  }

  /** Sends a claimed message and writes how it went (each a single statement); returns it as it now stands. */
  private async attempt(message: OutboundMessage): Promise<OutboundMessage> {
    const manager = this.db.dataSource.manager;
    try {
      const providerMessageId = await this.send(message);
      const sent = {
        status: MessageStatus.SENT,
        sentAt: new Date(),
        providerMessageId,
        lastError: null,
      };
      await manager.update(OutboundMessage, message.id, sent);
      return Object.assign(message, sent);
    } catch (error) {
      const final = permanent(error) || message.attempts > QUEUES['message.deliver'].retryLimit;
      const failed = {
        status: final ? MessageStatus.FAILED : MessageStatus.QUEUED,
        lastError: (error as Error).message,
      };
      await manager.update(OutboundMessage, message.id, failed);
      if (!final) throw error; // pg-boss retries it, with backoff
      return Object.assign(message, failed);
    }
  }

  private async send(message: OutboundMessage): Promise<string> {
    const messageId = `<${message.id}@dengon>`;
    const attachment = message.attachmentKey
      ? {
          name: message.attachmentName ?? 'document.pdf',
          content: await this.files.get(message.attachmentKey),
        }
      : null;
    if (message.channel === MessageChannel.FAX) {
      if (!attachment) throw new FaxRefused('a fax needs a document to send');
      return this.fax.send({
        messageId,
        to: message.recipient,
        subject: message.subject,
        pdf: attachment.content,
        fileName: attachment.name,
      });
    }
    return this.mailer.send({
      messageId,
      to: message.recipient,
      subject: message.subject,
      text: message.body,
      inReplyTo: message.inReplyTo ?? undefined,
      references: message.threadReferences ?? undefined,
      attachments: attachment
        ? [
            {
              filename: attachment.name,
              content: attachment.content,
              contentType: 'application/pdf',
            },
          ]
        : undefined,
    });
  }

  /** Messages sent or to be sent, newest first; client users see their own company's. */
  list(
    ctx: RequestContext,
    clientCompanyId: string | undefined,
    first: number,
  ): Promise<OutboundMessage[]> {
    const company =
      clientCompanyId || ctx.tenantId ? companyInScope(ctx, clientCompanyId) : undefined;
    if (company === null) return Promise.resolve([]);
    return this.db.transaction(ctx, (em) =>
      em.find(OutboundMessage, {
        where: company ? { clientCompanyId: company } : {},
        order: { createdAt: 'DESC' },
        take: first,
      }),
    );
  }
}
