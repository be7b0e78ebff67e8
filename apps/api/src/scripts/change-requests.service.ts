import {
  type ChangeSubject,
  contactTextOf,
  formatNational,
  parseJapanesePhone,
  scriptTextOf,
  subjectNeedsKey,
  targetOfSubject,
  unknownGreetingVariables,
  withContactText,
  withScriptText,
} from '@dengon/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { User } from '../auth/user.entity';
import { ClientCompany } from '../clients/client-company.entity';
import { ClientsService } from '../clients/clients.service';
import { badField, notFound, violated } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { APP_CONFIG } from '../config/config.module';
import { type AppConfig, publicBaseUrl } from '../config/config';
import { Db } from '../database/db.service';
import { Delivery } from '../delivery/delivery.service';
import { MessageChannel, MessagePurpose } from '../delivery/outbound-message.entity';
import { FaqItem } from '../faq/faq-item.entity';
import { FaqService } from '../faq/faq.service';
import { ChangeRequest, ChangeRequestStatus, ChangeTarget } from './change-request.entity';
import { Script, ScriptVersion } from './script.entity';
import type { RequestChangeInput, ReviewChangeInput } from './script.inputs';
import { EMPTY_SCRIPT, ScriptsService } from './scripts.service';

/**
 * The manual assistant's inbox: clients propose new text for one part of
 * their script, FAQ or contacts (or write a free-form request); supervisors
 * compare it with the text in force and approve it, as proposed or edited,
 * or reject it. Approval writes the text where it belongs: a script change
 * becomes a new draft for the supervisor to publish; a FAQ item or contact
 * changes at once. The requester is told the outcome by e-mail.
 */
@Injectable()
export class ChangeRequestsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly scripts: ScriptsService,
    private readonly faq: FaqService,
    private readonly clients: ClientsService,
    private readonly delivery: Delivery,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(ctx: RequestContext, status?: ChangeRequestStatus): Promise<ChangeRequest[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(ChangeRequest, {
        where: {
          ...(status ? { status } : {}),
          ...(ctx.tenantId ? { clientCompanyId: ctx.tenantId } : {}),
        },
        order: { createdAt: 'DESC' },
        take: 200,
      }),
    );
  }

  get(ctx: RequestContext, id: string): Promise<ChangeRequest | null> {
    return this.db.transaction(ctx, (em) =>
      em.findOneBy(ChangeRequest, {
        id,
        ...(ctx.tenantId ? { clientCompanyId: ctx.tenantId } : {}),
      }),
    );
  }

  /** The text a request's subject has now where approval would write it (the script's draft), for the side-by-side view. */
  liveText(ctx: RequestContext, request: ChangeRequest): Promise<string | null> {
    if (!request.subject) return Promise.resolve(null);
    return this.db.transaction(ctx, async (em) => {
      const live = await textInForce(em, request, 'draft');
      return live ?? null;
    });
  }

  request(ctx: RequestContext, input: RequestChangeInput): Promise<ChangeRequest> {
    const clientCompanyId = ctx.tenantId;
    if (!clientCompanyId) throw new Error('change requests come from client users');
    return this.db.transaction(ctx, async (em) => {
      const subject = input.subject ?? null;
      const target = subject ? (targetOfSubject(subject) as ChangeTarget) : input.target;
      if (!target) throw badField('target', 'isNotEmpty');
      if (subject && input.target && input.target !== target)
        throw badField('target', 'subjectOfOtherTarget', { subject, target });
      if (!subject && !input.message.trim()) throw badField('message', 'isNotEmpty');
      if (input.faqItemId && target !== ChangeTarget.FAQ)
        throw badField('faqItemId', 'faqItemOnlyForFaq');
      if (
        input.faqItemId &&
        !(await em.existsBy(FaqItem, { id: input.faqItemId, clientCompanyId, enabled: true }))
      )
        throw badField('faqItemId', 'notOfClient');
      const draft = em.create(ChangeRequest, {
        clientCompanyId,
        target,
        subject,
        subjectKey: subject && subjectNeedsKey(subject) ? (input.subjectKey ?? null) : null,
        faqItemId: input.faqItemId ?? null,
        currentText: null,
        proposedText: null,
        message: input.message.trim(),
        requestedBy: ctx.actor.id,
      });
      if (subject) {
        if (subjectNeedsKey(subject) && !draft.subjectKey)
          throw badField('subjectKey', 'isNotEmpty');
        if (target === ChangeTarget.FAQ && !draft.faqItemId)
          throw badField('faqItemId', 'isNotEmpty');
        // What the client sees: the published script, the FAQ and contacts as they are.
        const current = await textInForce(em, draft, 'published');
        if (current === undefined)
          throw badField(draft.subjectKey ? 'subjectKey' : 'subject', 'notFound');
        const proposed = checkedText(subject, input.proposedText, 'proposedText');
        if (proposed === current) throw badField('proposedText', 'sameAsInForce');
        Object.assign(draft, { currentText: current, proposedText: proposed });
      } else if (input.proposedText != null) {
        throw badField('proposedText', 'proposedTextNeedsSubject');
      }
      const request = await em.save(draft);
      await this.audit.record(em, ctx, {
        action: 'change_request.created',
        entityType: 'ChangeRequest',
        entityId: request.id,
        clientCompanyId,
        after: { target, subject, subjectKey: request.subjectKey, message: request.message },
      });
      return request;
    });
  }

  review(ctx: RequestContext, input: ReviewChangeInput): Promise<ChangeRequest> {
    return this.db.transaction(ctx, async (em) => {
      const request = await em.findOne(ChangeRequest, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw notFound('Change request');
      if (request.status !== ChangeRequestStatus.PENDING)
        throw violated(
          'CHANGE_REQUEST_DECIDED',
          `The request was already ${request.status.toLowerCase()}`,
        );
      if (input.appliedText != null && !(input.approve && request.subject))
        throw badField('appliedText', 'appliedTextOnlyOnApproval');
      const applied =
        input.approve && request.subject
          ? checkedText(
              request.subject,
              input.appliedText ?? request.proposedText,
              input.appliedText != null ? 'appliedText' : 'proposedText',
            )
          : null;
      if (applied !== null) await this.apply(em, ctx, request, applied);
      Object.assign(request, {
        status: input.approve ? ChangeRequestStatus.APPROVED : ChangeRequestStatus.REJECTED,
        appliedText: applied,
        reviewComment: input.comment,
        reviewedBy: ctx.actor.id,
        reviewedAt: new Date(),
      });
      await em.save(request);
      await this.audit.record(em, ctx, {
        action: 'change_request.reviewed',
        entityType: 'ChangeRequest',
        entityId: request.id,
        clientCompanyId: request.clientCompanyId,
        before: { status: ChangeRequestStatus.PENDING },
        after: {
          status: request.status,
          comment: input.comment,
          edited: applied !== null && applied !== request.proposedText,
        },
      });
      await this.tell(em, request);
      return request;
    });
  }

  /** Writes the approved text where the subject lives, each through its own use case (checks, audit). */
  private async apply(
    em: EntityManager,
    ctx: RequestContext,
    request: ChangeRequest,
    text: string,
  ): Promise<void> {
    const subject = request.subject as ChangeSubject;
    const gone = () =>
      violated('CHANGE_SUBJECT_GONE', 'What the request changes is no longer there');
    switch (request.target) {
      case ChangeTarget.SCRIPT: {
        await this.scripts.reviseDraft(
          em,
          ctx,
          request.clientCompanyId,
          (draft) => {
            if (scriptTextOf(draft, subject, request.subjectKey) === undefined) throw gone();
            return withScriptText(draft, subject, request.subjectKey, text);
          },
          { prefix: '' },
        );
        return;
      }
      case ChangeTarget.FAQ: {
        const item = await em.findOneBy(FaqItem, {
          id: request.faqItemId ?? '',
          clientCompanyId: request.clientCompanyId,
        });
        if (!item) throw gone();
        await this.faq.updateIn(em, ctx, {
          id: item.id,
          version: item.version,
          ...(subject === 'FAQ_QUESTION' ? { question: text } : { answer: text }),
        });
        return;
      }
      case ChangeTarget.CONTACT: {
        const company = await em.findOneByOrFail(ClientCompany, { id: request.clientCompanyId });
        if (contactTextOf(company.escalationContacts, subject, request.subjectKey) === undefined)
          throw gone();
        await this.clients.updateIn(em, ctx, {
          id: company.id,
          version: company.version,
          escalationContacts: withContactText(
            company.escalationContacts,
            subject,
            request.subjectKey,
            text,
          ),
        });
        return;
      }
    }
  }

  /** E-mails the requester how the request ended, in their language. */
  private async tell(em: EntityManager, request: ChangeRequest): Promise<void> {
    const user = await em.findOneBy(User, { id: request.requestedBy });
    if (!user?.email || !user.active) return;
    const approved = request.status === ChangeRequestStatus.APPROVED;
    const url = `${publicBaseUrl(this.config)}/portal/change-requests`;
    const english = user.locale === 'en';
    const what = request.subject
      ? english
        ? SUBJECT_EN[request.subject]
        : SUBJECT_JA[request.subject]
      : english
        ? 'your request'
        : 'ご依頼';
    const mail = english
      ? {
          subject: `[Dengon] Your change request was ${approved ? 'approved' : 'declined'}`,
          body: [
            `Dear ${user.name},`,
            '',
            `Your request to change ${what}${request.subjectKey ? ` (${request.subjectKey})` : ''} was ${approved ? 'approved' : 'declined'}.`,
            ...(request.appliedText !== null ? ['', 'New text:', request.appliedText] : []),
            '',
            'Comment:',
            request.reviewComment ?? '',
            '',
            `Details: ${url}`,
            '',
            this.config.SERVICE_NAME,
          ],
        }
      : {
          subject: `【Dengon】変更依頼を${approved ? '承認しました' : '見送りました'}`,
          body: [
            `${user.name} 様`,
            '',
            `${what}${request.subjectKey ? `（${request.subjectKey}）` : ''}の変更依頼を${approved ? '承認し、反映しました' : '見送らせていただきました'}。`,
            ...(request.appliedText !== null ? ['', '■ 反映した内容', request.appliedText] : []),
            '',
            '■ 担当者からのコメント',
            request.reviewComment ?? '',
            '',
            `詳しくはポータルでご確認ください: ${url}`,
            '',
            this.config.SERVICE_NAME,
          ],
        };
    await this.delivery.queue(em, {
      dedupeKey: `change-request:${request.id}`,
      channel: MessageChannel.EMAIL,
      recipient: user.email,
      clientCompanyId: request.clientCompanyId,
      purpose: MessagePurpose.CHANGE_REQUEST,
      relatedId: request.id,
      subject: mail.subject,
      body: mail.body.join('\n'),
    });
  }
}

const SUBJECT_JA: Record<ChangeSubject, string> = {
  GREETING: '応答文言',
  SPECIAL_INSTRUCTIONS: '特記事項',
  CLOSING_PHRASE: '終話の文言',
  FIELD_HELP: 'ヒアリング項目の補足',
  FAQ_QUESTION: 'FAQ の質問',
  FAQ_ANSWER: 'FAQ の回答',
  CONTACT_PHONE: '緊急連絡先の電話番号',
  CONTACT_NOTE: '緊急連絡先の備考',
};
const SUBJECT_EN: Record<ChangeSubject, string> = {
  GREETING: 'the greeting',
  SPECIAL_INSTRUCTIONS: 'the special instructions',
  CLOSING_PHRASE: 'the closing phrase',
  FIELD_HELP: "an intake field's help text",
  FAQ_QUESTION: 'a FAQ question',
  FAQ_ANSWER: 'a FAQ answer',
  CONTACT_PHONE: "an emergency contact's phone number",
  CONTACT_NOTE: "an emergency contact's note",
};

/**
 * The text of the request's subject now: in the usual published script (what the
 * client sees) or the draft (where approval writes), the FAQ item or the
 * contact; undefined when what it names is not there. Phone numbers read in
 * national format, as people write them.
 */
async function textInForce(
  em: EntityManager,
  request: Pick<ChangeRequest, 'clientCompanyId' | 'subject' | 'subjectKey' | 'faqItemId'>,
  script: 'published' | 'draft',
): Promise<string | undefined> {
  const subject = request.subject as ChangeSubject;
  const clientCompanyId = request.clientCompanyId;
  switch (targetOfSubject(subject)) {
    case 'SCRIPT': {
      const content =
        script === 'published'
          ? await em.findOne(ScriptVersion, {
              where: { clientCompanyId, variant: 'DEFAULT' },
              order: { versionNo: 'DESC' },
            })
          : (await em.findOneBy(Script, { clientCompanyId, variant: 'DEFAULT' }))?.draft;
      return scriptTextOf(content ?? EMPTY_SCRIPT, subject, request.subjectKey);
    }
    case 'FAQ': {
      const item = await em.findOneBy(FaqItem, { id: request.faqItemId ?? '', clientCompanyId });
      if (!item) return undefined;
      return subject === 'FAQ_QUESTION' ? item.question : item.answer;
    }
    case 'CONTACT': {
      const company = await em.findOneBy(ClientCompany, { id: clientCompanyId });
      const text = contactTextOf(company?.escalationContacts ?? [], subject, request.subjectKey);
      return subject === 'CONTACT_PHONE' && text ? formatNational(text) : text;
    }
  }
}

/** The proposed or applied text, refused (naming `field`) when the subject cannot take it. */
function checkedText(
  subject: ChangeSubject,
  text: string | null | undefined,
  field: string,
): string {
  const trimmed = (text ?? '').trim();
  const required = subject !== 'SPECIAL_INSTRUCTIONS' && subject !== 'FIELD_HELP';
  if (required && !trimmed) throw badField(field, 'isNotEmpty');
  if (subject === 'GREETING') {
    const unknown = unknownGreetingVariables(trimmed);
    if (unknown.length)
      throw badField(field, 'unknownGreetingVariable', { variable: `{${unknown[0]}}` });
  }
  if (subject === 'CONTACT_PHONE') {
    const phone = parseJapanesePhone(trimmed);
    if (!phone.ok) throw badField(field, phone.refused);
    return formatNational(phone.e164);
  }
  return trimmed;
}
