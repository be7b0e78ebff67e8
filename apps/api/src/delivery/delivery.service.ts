import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
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
    await this.jobs.workBatch<{ id: string }>('message.deliver', (batch) =>
      this.deliverMany(batch.map(({ id }) => id)),
    );
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

  /** Sends one queued message, once, then tells its sender how it ended (see deliverMany). */
  deliver(id: string): Promise<void> {
    return this.deliverMany([id]);
  }

  /**
   * Sends a batch of queued messages, each once: claimed together in one
   * statement, sent side by side (the mailer keeps a few pooled connections),
   * the sent ones recorded together in one statement; then each sender is
   * told how its message ended. A job repeated finds its message sent (or
   * failed) and only repeats the telling, which handlers take idempotently.
   * A failure worth retrying fails the batch's jobs after the rest are
   * recorded: only the message still queued is sent again.
   */
  async deliverMany(ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)];
    const claimed = await this.claim(unique);
    const results = await Promise.allSettled(claimed.map((message) => this.send(message)));
    const sent: { message: OutboundMessage; providerMessageId: string }[] = [];
    let retry: Error | undefined;
    for (const [i, message] of claimed.entries()) {
      const result = results[i]!;
      if (result.status === 'fulfilled') sent.push({ message, providerMessageId: result.value });
      else if (!(await this.failed(message, result.reason)))
        retry ??= result.reason instanceof Error ? result.reason : new Error(String(result.reason));
    }
    await this.recordSent(sent);
    const others = unique.filter((id) => !claimed.some((message) => message.id === id));
    const rest = others.length
      ? await this.db.dataSource.manager.findBy(OutboundMessage, { id: In(others) })
      : [];
    for (const message of [...claimed, ...rest]) await this.tell(message);
    if (retry) throw retry; // pg-boss retries the batch, with backoff
  }

  /**
   * Claims messages for sending, in one statement: those queued, or claimed
   * by a process that has not finished within the lease (it died). The claim
   * is the lease; the rows are read only once they are held.
   */
  private async claim(ids: readonly string[]): Promise<OutboundMessage[]> {
    if (!ids.length) return [];
    const claimed = await this.db.dataSource
      .createQueryBuilder()
      .update(OutboundMessage)
      .set({ status: MessageStatus.SENDING, attempts: () => 'attempts + 1' })
      .where('id IN (:...ids)', { ids })
      .andWhere("(status = 'QUEUED' OR (status = 'SENDING' AND updated_at < :leaseStart))", {
        leaseStart: new Date(Date.now() - this.leaseMs),
      })
      .returning(['id'])
      .execute();
    const held = (claimed.raw as { id: string }[]).map(({ id }) => id);
    return held.length ? this.db.dataSource.manager.findBy(OutboundMessage, { id: In(held) }) : [];
  }

  /** The messages sent, recorded SENT in one statement; each is changed to match. */
  private async recordSent(
    sent: readonly { message: OutboundMessage; providerMessageId: string }[],
  ): Promise<void> {
    if (!sent.length) return;
    const sentAt = new Date();
    await this.db.dataSource.query(
      `UPDATE outbound_messages m
          SET status = 'SENT', sent_at = $3, provider_message_id = v.provider_id,
              last_error = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::varchar[]) AS v(id, provider_id)
        WHERE m.id = v.id`,
      [sent.map((s) => s.message.id), sent.map((s) => s.providerMessageId), sentAt],
    );
    for (const { message, providerMessageId } of sent)
      Object.assign(message, {
        status: MessageStatus.SENT,
        sentAt,
        providerMessageId,
        lastError: null,
      });
  }

  /**
   * A send that failed, recorded on its message: for good (a refusal, or out
   * of retries) or queued again. Returns whether it failed for good.
   */
  private async failed(message: OutboundMessage, error: unknown): Promise<boolean> {
    const final = permanent(error) || message.attempts > QUEUES['message.deliver'].retryLimit;
    const change = {
      status: final ? MessageStatus.FAILED : MessageStatus.QUEUED,
      lastError: (error as Error).message,
    };
    await this.db.dataSource.manager.update(OutboundMessage, message.id, change);
    Object.assign(message, change);
    return final;
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
