import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { companyInScope } from '../common/company-scope';
import { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { JobQueue, QUEUES } from '../jobs/job-queue';
import { Mailer } from './mailer';
import {
  MessageChannel,
  type MessagePurpose,
  MessageStatus,
  OutboundMessage,
} from './outbound-message.entity';

export interface NewMessage {
  dedupeKey: string;
  clientCompanyId: string | null;
  purpose: MessagePurpose;
  relatedId: string | null;
  recipient: string;
  subject: string;
  body: string;
}

// A send that has not finished in this long is taken to have died with its process.
const SENDING_LEASE_MS = 5 * 60_000;

/**
 * The one way out: a message is queued as a row in the transaction that
 * calls for it, and a durable job sends it. A job that runs twice sends once
 * (the row says SENT); a failure is kept on the row and retried with backoff.
 */
@Injectable()
export class Delivery implements OnApplicationBootstrap {
  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.jobs.work<{ id: string }>('message.deliver', ({ id }) => this.deliver(id));
  }

  /** Queues an e-mail in the caller's transaction; a second message with the same dedupe key is dropped. */
  async queue(em: EntityManager, message: NewMessage): Promise<void> {
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(OutboundMessage)
      .values({ ...message, channel: MessageChannel.EMAIL, status: MessageStatus.QUEUED })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (id) await this.jobs.send(em, 'message.deliver', { id });
  }

  /** Sends one queued message, once. */
  async deliver(id: string): Promise<void> {
    const message = await this.db.transaction(RequestContext.system(), async (em) => {
      const m = await em.findOne(OutboundMessage, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!m || m.status === MessageStatus.SENT) return null;
      if (
        m.status === MessageStatus.SENDING &&
        Date.now() - m.updatedAt.getTime() < SENDING_LEASE_MS
      )
        return null;
      return em.save(Object.assign(m, { status: MessageStatus.SENDING, attempts: m.attempts + 1 }));
    });
    if (!message) return;
    try {
      const providerMessageId = await this.mailer.send({
        messageId: `<${message.id}@dengon>`,
        to: message.recipient,
        subject: message.subject,
        text: message.body,
      });
      await this.db.transaction(RequestContext.system(), (em) =>
        em.update(OutboundMessage, id, {
          status: MessageStatus.SENT,
          sentAt: new Date(),
          providerMessageId,
          lastError: null,
        }),
      );
    } catch (error) {
      const lastTry = message.attempts > QUEUES['message.deliver'].retryLimit;
      await this.db.transaction(RequestContext.system(), (em) =>
        em.update(OutboundMessage, id, {
          status: lastTry ? MessageStatus.FAILED : MessageStatus.QUEUED,
          lastError: (error as Error).message,
        }),
      );
      throw error;
    }
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
