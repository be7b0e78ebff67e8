import {
  bigrams,
  faqLimitViolation,
  faqSearchText,
  normalizeForSearch,
  searchTerms,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ClientCompany } from '../clients/client-company.entity';
import { companyInScope } from '../common/company-scope';
import { badField, checkVersion, notFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { featuresOf } from '../plans/plans.service';
import { planToday } from '../contracts/plan-today';
import { FaqItem } from './faq-item.entity';
import type { CreateFaqItemInput, FaqItemsArgs, UpdateFaqItemInput } from './faq.inputs';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** FAQ items, capped by the plan, searched by operators in Japanese. */
@Injectable()
export class FaqService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** Items in their order. Each search word must occur: bigram index first, then the substring itself. */
  async list(ctx: RequestContext, args: FaqItemsArgs): Promise<FaqItem[]> {
    const companyId = companyInScope(ctx, args.clientCompanyId);
    if (!companyId) return [];
    return this.db.transaction(ctx, (em) => {
      const qb = em
        .createQueryBuilder(FaqItem, 'f')
        .where('f.client_company_id = :companyId', { companyId });
      if (!args.includeDisabled || ctx.tenantId) qb.andWhere('f.enabled');
      searchTerms(args.search ?? '').forEach((term, i) => {
        const grams = bigrams(term);
        if (grams.length) qb.andWhere(`f.search_bigrams @> :g${i}`, { [`g${i}`]: grams });
        qb.andWhere(`f.search_text LIKE :t${i} ESCAPE '\\'`, {
          [`t${i}`]: `%${escapeLike(term)}%`,
        });
      });
      return qb.orderBy('f.sort_order').addOrderBy('f.created_at').limit(1000).getMany();
    });
  }

  create(ctx: RequestContext, input: CreateFaqItemInput): Promise<FaqItem> {
    return this.db.transaction(ctx, async (em) => {
      await lockCompany(em, input.clientCompanyId);
      if (input.enabled) await this.checkLimit(em, input.clientCompanyId, 1);
      const last = await em.findOne(FaqItem, {
        where: { clientCompanyId: input.clientCompanyId },
        order: { sortOrder: 'DESC' },
      });
      const item = em.create(FaqItem, {
        ...input,
        sortOrder: input.sortOrder ?? (last ? last.sortOrder + 1 : 0),
      });
      indexForSearch(item);
      await em.save(item);
      await this.audit.record(em, ctx, {
        action: 'faq.created',
        entityType: 'FaqItem',
        entityId: item.id,
        clientCompanyId: item.clientCompanyId,
        after: { question: item.question, enabled: item.enabled },
      });
      return item;
    });
  }

  update(ctx: RequestContext, input: UpdateFaqItemInput): Promise<FaqItem> {
    return this.db.transaction(ctx, (em) => this.updateIn(em, ctx, input));
  }

  /** Updates an item within a unit of work that may do more, e.g. approving a change request. */
  async updateIn(
    em: EntityManager,
    ctx: RequestContext,
    input: UpdateFaqItemInput,
  ): Promise<FaqItem> {
    const existing = await em.findOneBy(FaqItem, { id: input.id });
    if (!existing) throw notFound('FAQ item');
    await lockCompany(em, existing.clientCompanyId);
    const item = await em.findOneByOrFail(FaqItem, { id: input.id });
    checkVersion('The FAQ item', item.version, input.version);
    const before = { question: item.question, enabled: item.enabled };
    if (input.enabled && !item.enabled) await this.checkLimit(em, item.clientCompanyId, 1);
    const { id: _id, version: _version, ...changes } = input;
    Object.assign(
      item,
      Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    );
    indexForSearch(item);
    await em.save(item);
    await this.audit.record(em, ctx, {
      action: 'faq.updated',
      entityType: 'FaqItem',
      entityId: item.id,
      clientCompanyId: item.clientCompanyId,
      before,
      after: { question: item.question, enabled: item.enabled },
    });
    return item;
  }

  private async checkLimit(
    em: EntityManager,
    clientCompanyId: string,
    adding: number,
  ): Promise<void> {
    const { plan } = await planToday(em, clientCompanyId);
    const enabled = await em.countBy(FaqItem, { clientCompanyId, enabled: true });
    const problem = faqLimitViolation(plan.nameJa, featuresOf(plan), enabled + adding);
    if (problem) throw badField('enabled', problem);
  }
}

export function indexForSearch(item: FaqItem): void {
  item.searchText = normalizeForSearch(faqSearchText(item));
  item.searchBigrams = bigrams(item.searchText);
}

/** Serialises FAQ changes of one company, so two editors cannot both take the last free place. */
async function lockCompany(em: EntityManager, clientCompanyId: string): Promise<void> {
  const company = await em.findOne(ClientCompany, {
    where: { id: clientCompanyId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!company) throw badField('clientCompanyId', 'notFound');
}
