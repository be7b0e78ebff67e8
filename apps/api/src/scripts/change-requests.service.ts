import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { badField, notFound, violated } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { FaqItem } from '../faq/faq-item.entity';
import { ChangeRequest, ChangeRequestStatus, ChangeTarget } from './change-request.entity';
import type { RequestChangeInput, ReviewChangeInput } from './script.inputs';

/** The manual assistant's inbox: clients ask for script or FAQ changes; supervisors approve or reject them. */
@Injectable()
export class ChangeRequestsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
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

  request(ctx: RequestContext, input: RequestChangeInput): Promise<ChangeRequest> {
    const clientCompanyId = ctx.tenantId;
    if (!clientCompanyId) throw new Error('change requests come from client users');
    return this.db.transaction(ctx, async (em) => {
      if (
        input.target === ChangeTarget.FAQ &&
        input.faqItemId &&
        !(await em.existsBy(FaqItem, { id: input.faqItemId, clientCompanyId }))
      ) {
        throw badField('faqItemId', 'is not one of your FAQ items');
      }
      if (input.target === ChangeTarget.SCRIPT && input.faqItemId)
        throw badField('faqItemId', 'only a FAQ change names a FAQ item');
      const request = await em.save(
        em.create(ChangeRequest, {
          clientCompanyId,
          target: input.target,
          faqItemId: input.faqItemId ?? null,
          message: input.message,
          requestedBy: ctx.actor.id,
        }),
      );
      await this.audit.record(em, ctx, {
        action: 'change_request.created',
        entityType: 'ChangeRequest',
        entityId: request.id,
        clientCompanyId,
        after: { target: request.target, message: request.message },
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
      Object.assign(request, {
        status: input.approve ? ChangeRequestStatus.APPROVED : ChangeRequestStatus.REJECTED,
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
        after: { status: request.status, comment: input.comment },
      });
      return request;
    });
  }
}
