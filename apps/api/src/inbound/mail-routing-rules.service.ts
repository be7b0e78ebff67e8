import { checkFaxSender, checkVipDomain } from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { ClientCompany } from '../clients/client-company.entity';
import { badField, notFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import type { AddMailRoutingRuleInput } from './inbound.inputs';
import { MailRoutingRule } from './mail-routing-rule.entity';

/** A client's routing rules for the mail that comes in (routeMail applies them), kept by the back office. */
@Injectable()
export class MailRoutingRules {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  list(ctx: RequestContext, clientCompanyId: string): Promise<MailRoutingRule[]> {
    return this.db.transaction(ctx, (em) =>
      em.find(MailRoutingRule, {
        where: { clientCompanyId },
        order: { kind: 'ASC', createdAt: 'ASC' },
      }),
    );
  }

  add(ctx: RequestContext, input: AddMailRoutingRuleInput): Promise<MailRoutingRule> {
    const keyword = input.kind === 'SUBJECT_KEYWORD';
    const [pattern, refusal] =
      input.kind === 'SUBJECT_KEYWORD'
        ? [input.pattern.trim(), 'isNotEmpty' as const]
        : input.kind === 'VIP_DOMAIN'
          ? [checkVipDomain(input.pattern), 'isDomainName' as const]
          : [checkFaxSender(input.pattern), 'isSenderOrDomain' as const];
    if (!pattern) throw badField('pattern', refusal);
    const department = keyword ? input.department.trim() : '';
    if (keyword && !department) throw badField('department', 'isNotEmpty');
    return this.db.transaction(ctx, async (em) => {
      if (!(await em.existsBy(ClientCompany, { id: input.clientCompanyId })))
        throw notFound('client company');
      const rule = { clientCompanyId: input.clientCompanyId, kind: input.kind, pattern };
      if (await em.existsBy(MailRoutingRule, rule)) throw badField('pattern', 'alreadyInUse');
      const saved = await em.save(em.create(MailRoutingRule, { ...rule, department }));
      await this.audit.record(em, ctx, {
        action: 'mail_routing_rule.added',
        entityType: 'MailRoutingRule',
        entityId: saved.id,
        clientCompanyId: saved.clientCompanyId,
        after: { kind: saved.kind, pattern, department },
      });
      return saved;
    });
  }

  remove(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(ctx, async (em) => {
      const rule = await em.findOneBy(MailRoutingRule, { id });
      if (!rule) throw notFound('routing rule');
      await em.delete(MailRoutingRule, id);
      await this.audit.record(em, ctx, {
        action: 'mail_routing_rule.removed',
        entityType: 'MailRoutingRule',
        entityId: id,
        clientCompanyId: rule.clientCompanyId,
        before: { kind: rule.kind, pattern: rule.pattern, department: rule.department },
      });
      return true;
    });
  }
}
