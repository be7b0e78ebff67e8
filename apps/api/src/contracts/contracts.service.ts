import {
  type BillingTerms,
  billingTermsProblems,
  type CoverageWindow,
  describeCoverage,
  faqLimitViolation,
  validateCoverage,
  DEFAULT_BILLING_TERMS,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ClientCompany } from '../clients/client-company.entity';
import { companyInScope } from '../common/company-scope';
import { badField, badInput, checkVersion, notFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { FaqItem } from '../faq/faq-item.entity';
import { featuresOf, requirePlan } from '../plans/plans.service';
import {
  Contract,
  type CoverageWindowType,
  type HolidayRule,
  ContractPlanTerm,
} from './contract.entity';
import type {
  BillingTermsInput,
  ChangePlanInput,
  CoverageWindowInput,
  CreateContractInput,
  UpdateContractInput,
} from './contract.inputs';

/** Contracts: the plan history, coverage hours and terms of a client. */
@Injectable()
export class ContractsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** The client's latest contract. */
  async current(
    ctx: RequestContext,
    clientCompanyId: string | undefined,
  ): Promise<Contract | null> {
    const companyId = companyInScope(ctx, clientCompanyId);
    if (!companyId) return null;
    return this.db.transaction(ctx, (em) => latestContract(em, companyId));
  }

  create(ctx: RequestContext, input: CreateContractInput): Promise<Contract> {
    checkDates(input.startDate, input.endDate ?? null);
    const windows = checkCoverage(input.coverageWindows, input.holidayRule);
    return this.db.transaction(ctx, async (em) => {
      if (!(await em.existsBy(ClientCompany, { id: input.clientCompanyId }))) {
        throw badField('clientCompanyId', 'notFound');
      }
      await requirePlan(em, input.planCode);
      const overlapping = await em
        .createQueryBuilder(Contract, 'c')
        .where('c.client_company_id = :id', { id: input.clientCompanyId })
        .andWhere('(c.end_date IS NULL OR c.end_date >= :start)', { start: input.startDate })
        .andWhere(input.endDate ? 'c.start_date <= :end' : 'TRUE', { end: input.endDate })
        .getExists();
      if (overlapping) throw badField('startDate', 'contractOverlap');
      const contract = await em.save(
        em.create(Contract, {
          billingTerms: DEFAULT_BILLING_TERMS,
          clientCompanyId: input.clientCompanyId,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
          holidayRule: input.holidayRule,
          coverageWindows: windows,
        }),
      );
      await em.save(
        em.create(
          ContractPlanTerm,
          termOf(contract, input.planCode, input.startDate, input.overrides),
        ),
      );
      await this.audit.record(em, ctx, {
        action: 'contract.created',
        entityType: 'Contract',
        entityId: contract.id,
        clientCompanyId: contract.clientCompanyId,
        after: { planCode: input.planCode, startDate: input.startDate, endDate: contract.endDate },
      });
      return contract;
    });
  }

  update(ctx: RequestContext, input: UpdateContractInput): Promise<Contract> {
    return this.db.transaction(ctx, async (em) => {
      const contract = await lockedContract(em, input.id);
      checkVersion('Contract', contract.version, input.version);
      const before = {
        endDate: contract.endDate,
        holidayRule: contract.holidayRule,
        coverage: describe(contract),
        billingTerms: contract.billingTerms,
        recording: recordingOf(contract),
        waiting: waitingOf(contract),
        serviceLevel: serviceLevelOf(contract),
      };
      const endDate = input.endDate === undefined ? contract.endDate : input.endDate;
      checkDates(contract.startDate, endDate);
      const holidayRule = input.holidayRule ?? contract.holidayRule;
      const windows = checkCoverage(input.coverageWindows ?? contract.coverageWindows, holidayRule);
      const billingTerms = input.billingTerms
        ? checkBillingTerms(input.billingTerms)
        : contract.billingTerms;
      Object.assign(contract, { endDate, holidayRule, coverageWindows: windows, billingTerms });
      if (input.recording)
        Object.assign(contract, {
          recordCalls: input.recording.recordCalls,
          recordingRetentionDays: input.recording.retentionDays,
          recordingsInPortal: input.recording.inPortal,
        });
      if (input.waiting)
        Object.assign(contract, {
          waitAnnouncementSeconds: input.waiting.announcementAfterSeconds,
          maxWaitSeconds: input.waiting.voicemailAfterSeconds,
        });
      if (input.serviceLevel)
        Object.assign(contract, {
          serviceLevelPercent: input.serviceLevel.percent,
          serviceLevelSeconds: input.serviceLevel.withinSeconds,
        });
      if (input.callbackCallerId) contract.callbackCallerId = input.callbackCallerId;
      await em.save(contract);
      await this.audit.record(em, ctx, {
        action: 'contract.updated',
        entityType: 'Contract',
        entityId: contract.id,
        clientCompanyId: contract.clientCompanyId,
        before,
        after: {
          endDate,
          holidayRule,
          coverage: describe(contract),
          billingTerms,
          recording: recordingOf(contract),
          waiting: waitingOf(contract),
          serviceLevel: serviceLevelOf(contract),
        },
      });
      return contract;
    });
  }

  /** A plan change from a date on; the history keeps every earlier term. */
  changePlan(ctx: RequestContext, input: ChangePlanInput): Promise<ContractPlanTerm> {
    return this.db.transaction(ctx, async (em) => {
      const contract = await lockedContract(em, input.contractId);
      const plan = await requirePlan(em, input.planCode);
      const last = await em.findOne(ContractPlanTerm, {
        where: { contractId: contract.id },
        order: { effectiveFrom: 'DESC' },
      });
      if (last && input.effectiveFrom <= last.effectiveFrom) {
        throw badField('effectiveFrom', 'afterCurrentTerm', { date: last.effectiveFrom });
      }
      if (contract.endDate && input.effectiveFrom > contract.endDate) {
        throw badField('effectiveFrom', 'afterContractEnd', { date: contract.endDate });
      }
      const enabled = await em.countBy(FaqItem, {
        clientCompanyId: contract.clientCompanyId,
        enabled: true,
      });
      const features = featuresOf(plan);
      if (faqLimitViolation(plan.nameJa, features, enabled))
        throw badField('planCode', 'faqOverPlanLimit', {
          plan: plan.nameJa,
          limit: features.faqLimit ?? 0,
          enabled,
        });
      const term = await em.save(
        em.create(
          ContractPlanTerm,
          termOf(contract, plan.code, input.effectiveFrom, input.overrides),
        ),
      );
      await this.audit.record(em, ctx, {
        action: 'contract.plan_changed',
        entityType: 'Contract',
        entityId: contract.id,
        clientCompanyId: contract.clientCompanyId,
        before: last ? { planCode: last.planCode, effectiveFrom: last.effectiveFrom } : null,
        after: { planCode: plan.code, effectiveFrom: input.effectiveFrom },
      });
      return term;
    });
  }
}

export function describe(contract: Contract): string {
  return describeCoverage({ windows: contract.coverageWindows, holidayRule: contract.holidayRule });
}

function termOf(
  contract: Contract,
  planCode: string,
  effectiveFrom: string,
  o: CreateContractInput['overrides'],
) {
  return {
    contractId: contract.id,
    clientCompanyId: contract.clientCompanyId,
    planCode,
    effectiveFrom,
    monthlyFeeOverride: o?.monthlyFee ?? null,
    includedCallsOverride: o?.includedCalls ?? null,
    overagePerCallOverride: o?.overagePerCall ?? null,
  };
}

function checkDates(startDate: string, endDate: string | null): void {
  if (endDate && endDate < startDate)
    throw badField('endDate', 'notBeforeStart', { start: startDate });
}

function checkCoverage(
  windows: readonly (CoverageWindowInput | CoverageWindowType)[],
  holidayRule: HolidayRule,
): CoverageWindowType[] {
  const coverage = { windows: windows as CoverageWindow[], holidayRule };
  // The domain says "windows"; the API's field is coverageWindows.
  const rename = (text: string) => text.replace(/\bwindows\b/g, 'coverageWindows');
  const problems = validateCoverage(coverage).map((p) => {
    // An overlap names the other window: by the API's name too.
    const window = p.args?.['window'];
    const args = typeof window === 'string' ? { ...p.args, window: rename(window) } : p.args;
    return { ...p, field: rename(p.field), message: rename(p.message), ...(args && { args }) };
  });
  if (problems.length) throw badInput(problems);
  return windows.map((w) => ({
    weekday: w.weekday as CoverageWindow['weekday'],
    start: w.start,
    end: w.end,
  }));
}

/** The contract, locked for the rest of the caller's transaction. */
export async function lockedContract(em: EntityManager, id: string): Promise<Contract> {
  const contract = await em.findOne(Contract, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!contract) throw notFound('Contract');
  return contract;
}

/** A client's latest contract: the one whose terms (coverage, recording) apply now. */
export function latestContract(
  em: EntityManager,
  clientCompanyId: string,
): Promise<Contract | null> {
  return em.findOne(Contract, { where: { clientCompanyId }, order: { startDate: 'DESC' } });
}

const recordingOf = (contract: Contract) => ({
  recordCalls: contract.recordCalls,
  retentionDays: contract.recordingRetentionDays,
  inPortal: contract.recordingsInPortal,
});

/** The fee of a toll-free number as an option: Dengon's price, named by the number. */
const serviceLevelOf = (contract: Contract) => ({
  percent: contract.serviceLevelPercent,
  withinSeconds: contract.serviceLevelSeconds,
});

const waitingOf = (contract: Contract) => ({
  announcementAfterSeconds: contract.waitAnnouncementSeconds,
  voicemailAfterSeconds: contract.maxWaitSeconds,
  callbackCallerId: contract.callbackCallerId,
});

/** Billing terms from the form, checked by the rules of libs/domain. */
function checkBillingTerms(input: BillingTermsInput): BillingTerms {
  const terms: BillingTerms = {
    advanceBilling: true,
    prorate: input.prorate,
    due:
      input.due === 'DAYS_AFTER_ISSUE'
        ? { kind: input.due, days: input.dueDays ?? 0 }
        : { kind: input.due },
  };
  const problems = billingTermsProblems(terms);
  if (problems.length)
    throw badInput(problems.map((p) => ({ ...p, field: `billingTerms.${p.field}` })));
  return terms;
}
