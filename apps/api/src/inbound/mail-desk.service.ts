import {
  coverageText,
  fieldProblem,
  renderReply,
  replySubject,
  Role,
  unknownReplyVariables,
  unknownVariables,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type EntityManager, IsNull } from 'typeorm';
import { OfferState } from '../acd/acd.entities';
import { Acd } from '../acd/acd.service';
import { AuditService } from '../audit/audit.service';
import { IntakeRecord } from '../calls/intake-record.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { badField, badInput, checkVersion, forbidden, notFound, violated } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { planTodayIfAny } from '../contracts/plan-today';
import { Db } from '../database/db.service';
import { Delivery } from '../delivery/delivery.service';
import { MessageChannel, MessagePurpose } from '../delivery/outbound-message.entity';
import { EventBus } from '../events/event-bus';
import { InboundMail } from './inbound-mail.entity';
import { MailOffer } from './mail-offer.entity';
import type { ReplyToMailInput, SaveReplyTemplateInput } from './inbound.inputs';
import { MailReply, ReplyTemplate } from './reply-template.entity';

/**
 * The operators' side of mail: the ACD offers each waiting mail to one
 * operator trained on its client (dengon_dispatch); they take it, answer it
 * from the client's templates (threaded under the mail), and finish it, which
 * frees them for the next. Supervisors see the whole queue and take any.
 */
@Injectable()
export class MailDesk {
  constructor(
    private readonly db: Db,
    private readonly delivery: Delivery,
    private readonly audit: AuditService,
    private readonly acd: Acd,
  ) {}

  /** Offered mail nobody has taken, VIPs' first, then oldest first: an operator's for their clients, everyone's for supervisors. */
  queue(ctx: RequestContext): Promise<InboundMail[]> {
    return this.db.transaction(ctx, (em) => {
      const qb = em
        .createQueryBuilder(InboundMail, 'm')
        .where(`m.status = 'OFFERED' AND m.taken_by IS NULL`)
        .orderBy('m.vip', 'DESC')
        .addOrderBy('m.received_at', 'ASC')
        .limit(200);
      if (ctx.actor.role === Role.Operator)
        qb.andWhere(trainedOn('m.client_company_id'), { user: ctx.actor.id });
      return qb.getMany();
    });
  }

  /** The mail the ACD offers me now, if any, with the mail. */
  myOffer(ctx: RequestContext): Promise<MailOffer | null> {
    return this.db.transaction(ctx, (em) =>
      em
        .createQueryBuilder(MailOffer, 'o')
        .innerJoinAndSelect('o.mail', 'm')
        .where(`o.operator_id = :me AND o.state = 'OFFERED' AND o.expires_at > now()`, {
          me: ctx.actor.id,
        })
        .getOne(),
    );
  }

  /** The mails I took and have not finished, oldest first. */
  inHand(ctx: RequestContext): Promise<InboundMail[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(InboundMail, {
        where: { takenBy: ctx.actor.id, finishedAt: IsNull() },
        order: { takenAt: 'ASC' },
      }),
    );
  }

  /**
   * Takes a mail: an operator the one the ACD offers them now; a supervisor
   * any waiting mail (one ringing for an operator stops ringing there).
   */
  take(ctx: RequestContext, id: string): Promise<InboundMail> {
    return this.db.transaction(ctx, async (em) => {
      const offer = em
        .createQueryBuilder()
        .update(MailOffer)
        .where(`inbound_mail_id = :id AND state = 'OFFERED'`, { id });
      if (ctx.actor.role === Role.Operator) {
        const accepted = await offer
          .set({ state: OfferState.ACCEPTED })
          .andWhere('operator_id = :me AND expires_at > now()', { me: ctx.actor.id })
          .execute();
        if (!accepted.affected)
          throw violated('MAIL_NOT_OFFERED', 'This mail is not offered to you now');
      } else await offer.set({ state: OfferState.EXPIRED }).execute();
      const taken = await em
        .createQueryBuilder()
        .update(InboundMail)
        .set({ takenBy: ctx.actor.id, takenAt: () => 'now()' })
        .where(`id = :id AND status = 'OFFERED' AND taken_by IS NULL`, { id })
        .execute();
      const mail = await em.findOneBy(InboundMail, { id });
      if (!mail) throw notFound('mail');
      if (!taken.affected) throw violated('MAIL_TAKEN', 'This mail is taken or not offered');
      await this.audit.record(em, ctx, {
        action: 'inbound_mail.taken',
        entityType: 'InboundMail',
        entityId: id,
        clientCompanyId: mail.clientCompanyId,
      });
      await EventBus.publish(em, {
        type: 'intake.changed',
        clientCompanyId: mail.clientCompanyId!,
        id: mail.intakeId!,
      });
      return mail;
    });
  }

  /**
   * The operator is done with a mail they took (answered, recorded): it
   * leaves their hands, and the ACD may offer them the next one. A
   * supervisor may finish anyone's.
   */
  async finish(ctx: RequestContext, id: string): Promise<InboundMail> {
    const mail = await this.db.transaction(ctx, async (em) => {
      const qb = em
        .createQueryBuilder()
        .update(InboundMail)
        .set({ finishedAt: () => 'now()' })
        .where('id = :id AND taken_by IS NOT NULL AND finished_at IS NULL', { id });
      if (ctx.actor.role === Role.Operator) qb.andWhere('taken_by = :me', { me: ctx.actor.id });
      const finished = await qb.execute();
      const mail = await em.findOneBy(InboundMail, { id });
      if (!mail) throw notFound('mail');
      if (!finished.affected)
        throw violated('MAIL_NOT_IN_HAND', 'This mail is not in your hands to finish');
      await this.audit.record(em, ctx, {
        action: 'inbound_mail.finished',
        entityType: 'InboundMail',
        entityId: id,
        clientCompanyId: mail.clientCompanyId,
      });
      return mail;
    });
    await this.acd.dispatch();
    return mail;
  }

  templates(ctx: RequestContext, clientCompanyId: string): Promise<ReplyTemplate[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(ReplyTemplate, { where: { clientCompanyId }, order: { name: 'ASC' } }),
    );
  }

  saveTemplate(ctx: RequestContext, input: SaveReplyTemplateInput): Promise<ReplyTemplate> {
    const problems = (['subject', 'body'] as const).flatMap((field) => {
      const unknown = unknownReplyVariables(input[field]);
      return unknown.length
        ? [fieldProblem(field, 'unknownVariables', { variables: unknown.map((v) => `{${v}}`) })]
        : [];
    });
    if (problems.length) throw badInput(problems);
    return this.db.transaction(ctx, async (em) => {
      let template: ReplyTemplate;
      if (input.id) {
        const found = await em.findOneBy(ReplyTemplate, { id: input.id });
        if (!found) throw notFound('reply template');
        checkVersion('reply template', found.version, input.version ?? 0);
        template = found;
      } else {
        if (!(await em.existsBy(ClientCompany, { id: input.clientCompanyId })))
          throw notFound('client company');
        template = em.create(ReplyTemplate, { clientCompanyId: input.clientCompanyId });
      }
      // Another template of the same client that already has the name, or is the auto-acknowledgment.
      const another = (condition: string, values: Record<string, unknown> = {}) =>
        em
          .createQueryBuilder(ReplyTemplate, 't')
          .where(`t.client_company_id = :c AND t.id IS DISTINCT FROM :id AND ${condition}`, {
            c: template.clientCompanyId,
            id: template.id ?? null,
            ...values,
          })
          .getExists();
      if (input.autoReply && (await another('t.auto_reply')))
        throw badField('autoReply', 'autoReplyTaken');
      if (await another('t.name = :name', { name: input.name.trim() }))
        throw badField('name', 'alreadyInUse');
      Object.assign(template, {
        name: input.name.trim(),
        subject: input.subject.trim(),
        body: input.body,
        autoReply: input.autoReply,
      });
      const saved = await em.save(template);
      await this.audit.record(em, ctx, {
        action: 'reply_template.saved',
        entityType: 'ReplyTemplate',
        entityId: saved.id,
        clientCompanyId: saved.clientCompanyId,
        after: { name: saved.name, autoReply: saved.autoReply },
      });
      return saved;
    });
  }

  deleteTemplate(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(ctx, async (em) => {
      const template = await em.findOneBy(ReplyTemplate, { id });
      if (!template) throw notFound('reply template');
      await em.delete(ReplyTemplate, id);
      await this.audit.record(em, ctx, {
        action: 'reply_template.deleted',
        entityType: 'ReplyTemplate',
        entityId: id,
        clientCompanyId: template.clientCompanyId,
        before: { name: template.name },
      });
      return true;
    });
  }

  /** A template filled in for one mail, for the operator to read and touch up before sending. */
  draftReply(
    ctx: RequestContext,
    inboundMailId: string,
    templateId: string,
  ): Promise<{ subject: string; body: string }> {
    return this.db.transaction(ctx, async (em) => {
      const mail = await em.findOneBy(InboundMail, { id: inboundMailId });
      const template = await em.findOneBy(ReplyTemplate, { id: templateId });
      if (!mail?.intakeId) throw notFound('mail');
      if (template?.clientCompanyId !== mail.clientCompanyId) throw notFound('reply template');
      return filledIn(em, template, mail);
    });
  }

  /** Sends a reply to a mail, threaded under it, and keeps it beside the record. */
  reply(ctx: RequestContext, input: ReplyToMailInput): Promise<MailReply> {
    // A reply is sent as written: a variable still in braces would reach the sender raw.
    const left = unknownVariables(input.body, []);
    if (left.length)
      throw badField('body', 'variablesLeft', { variables: left.map((v) => `{${v}}`) });
    return this.db.transaction(ctx, async (em) => {
      const mail = await em.findOneBy(InboundMail, { id: input.inboundMailId });
      if (!mail?.intakeId) throw notFound('mail');
      if (ctx.actor.role === Role.Operator && mail.takenBy !== ctx.actor.id)
        throw forbidden('Take the mail before you answer it');
      return this.send(em, ctx, mail, { subject: input.subject, body: input.body });
    });
  }

  /** The client's auto-acknowledgment of a mail just offered, if it wants one. */
  async acknowledge(em: EntityManager, ctx: RequestContext, mail: InboundMail): Promise<void> {
    if (mail.kind !== 'EMAIL' || !mail.replyAddress) return;
    const template = await em.findOneBy(ReplyTemplate, {
      clientCompanyId: mail.clientCompanyId!,
      autoReply: true,
    });
    if (template) await this.send(em, ctx, mail, await filledIn(em, template, mail));
  }

  private async send(
    em: EntityManager,
    ctx: RequestContext,
    mail: InboundMail,
    reply: { subject: string; body: string },
  ): Promise<MailReply> {
    if (mail.kind !== 'EMAIL' || !mail.replyAddress)
      throw violated('MAIL_NOT_REPLYABLE', 'There is nobody to reply to by mail');
    const id = randomUUID();
    const [messageId] = await this.delivery.queue(em, {
      dedupeKey: `mail-reply:${id}`,
      channel: MessageChannel.EMAIL,
      recipient: mail.replyAddress,
      clientCompanyId: mail.clientCompanyId,
      purpose: MessagePurpose.MAIL_REPLY,
      relatedId: mail.intakeId,
      subject: reply.subject,
      body: reply.body,
      inReplyTo: mail.messageId,
      threadReferences: mail.messageId,
    });
    const saved = await em.save(
      em.create(MailReply, {
        id,
        inboundMailId: mail.id,
        clientCompanyId: mail.clientCompanyId!,
        intakeId: mail.intakeId!,
        recipient: mail.replyAddress,
        subject: reply.subject,
        body: reply.body,
        sentBy: ctx.user?.id ?? null,
        outboundMessageId: messageId!,
      }),
    );
    await this.audit.record(em, ctx, {
      action: 'inbound_mail.replied',
      entityType: 'InboundMail',
      entityId: mail.id,
      clientCompanyId: mail.clientCompanyId,
      after: { recipient: saved.recipient, subject: saved.subject, automatic: !ctx.user },
    });
    return saved;
  }
}

/** The operator (:user) is trained on the client in the column: a skill group of theirs holds it. */
const trainedOn = (column: string) => `${column} IN (
  SELECT gm.client_company_id FROM client_group_members gm
    JOIN operator_skills k ON k.group_id = gm.group_id WHERE k.user_id = :user)`;

/** A template with the variables of one mail filled in. */
async function filledIn(
  em: EntityManager,
  template: ReplyTemplate,
  mail: InboundMail,
): Promise<{ subject: string; body: string }> {
  const record = await em.findOneByOrFail(IntakeRecord, { id: mail.intakeId! });
  const client = await em.findOneByOrFail(ClientCompany, { id: mail.clientCompanyId! });
  const terms = await planTodayIfAny(em, mail.clientCompanyId!);
  const values = {
    お名前: mail.senderName || mail.replyAddress,
    受付番号: record.recordNumber,
    会社名: client.name,
    営業時間: coverageText(terms?.contract.coverageWindows ?? []),
  };
  return {
    // A template without a subject answers under the mail's own: 「Re: 見積もりのお願い」.
    subject: template.subject.trim()
      ? renderReply(template.subject, values)
      : replySubject(mail.subject),
    body: renderReply(template.body, values),
  };
}
