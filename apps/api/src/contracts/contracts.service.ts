import {
  type BillingTerms,
  billingTermsProblems,
  type CoverageWindow,
  describeCoverage,
  EQUIPMENT,
  type EquipmentModel,
  earlyTerminationFee,
  faqLimitViolation,
  formatNational,
  validateCoverage,
  wholeMonthsRented,
  DEFAULT_BILLING_TERMS,
} from '@dengon/domain';
import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ClientCompany } from '../clients/client-company.entity';
import { companyInScope } from '../common/company-scope';
import { badField, badInput, checkVersion, notFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { Db } from '../database/db.service';
import { FaqItem } from '../faq/faq-item.entity';
import { PhoneNumber } from '../numbers/phone-number.entity';
import { featuresOf, requirePlan } from '../plans/plans.service';
import {
  Contract,
  type CoverageWindowType,
  EquipmentAcquisition,
  type HolidayRule,
  ContractOption,
  ContractPlanTerm,
  OptionKind,
} from './contract.entity';
import type {
  AddContractOptionInput,
  BillingTermsInput,
  ChangePlanInput,
  CoverageWindowInput,
  CreateContractInput,
  EndContractOptionInput,
  UpdateContractInput,
} from './contract.inputs';

export const TOLL_FREE_NUMBER_FEE = 1_000;

/** Contracts: the plan history, coverage hours and billable options of a client. */
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
        throw badField('clientCompanyId', 'no such client company');
      }
      await requirePlan(em, input.planCode);
      const overlapping = await em
        .createQueryBuilder(Contract, 'c')
        .where('c.client_company_id = :id', { id: input.clientCompanyId })
        .andWhere('(c.end_date IS NULL OR c.end_date >= :start)', { start: input.startDate })
        .andWhere(input.endDate ? 'c.start_date <= :end' : 'TRUE', { end: input.endDate })
        .getExists();
      if (overlapping)
        throw badField('startDate', 'the client already has a contract for these dates');
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
        throw badField(
          'effectiveFrom',
          `must be after the current term, which starts ${last.effectiveFrom}`,
        );
      }
      if (contract.endDate && input.effectiveFrom > contract.endDate) {
        throw badField('effectiveFrom', `is after the contract ends (${contract.endDate})`);
      }
      const enabled = await em.countBy(FaqItem, {
        clientCompanyId: contract.clientCompanyId,
        enabled: true,
      });
      const faqProblem = faqLimitViolation(plan.nameJa, featuresOf(plan), enabled);
      if (faqProblem)
        throw badField('planCode', `${faqProblem}; ${enabled} are enabled: disable some first`);
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

  addOption(ctx: RequestContext, input: AddContractOptionInput): Promise<ContractOption> {
    return this.db.transaction(ctx, async (em) => {
      const contract = await lockedContract(em, input.contractId);
      if (
        input.startDate < contract.startDate ||
        (contract.endDate && input.startDate > contract.endDate)
      ) {
        throw badField(
          'startDate',
          `must fall within the contract (${contract.startDate}–${contract.endDate ?? ''})`,
        );
      }
      return this.saveOption(em, ctx, contract, {
        kind: input.kind,
        quantity: input.quantity,
        startDate: input.startDate,
        ...(await this.priced(em, contract, input)),
      });
    });
  }

  /** A new option of the contract, audited (with why, when Dengon added it itself). */
  private async saveOption(
    em: EntityManager,
    ctx: RequestContext,
    contract: Contract,
    fields: Partial<ContractOption>,
    because?: string,
  ): Promise<ContractOption> {
    const option = em.create(ContractOption, {
      contractId: contract.id,
      clientCompanyId: contract.clientCompanyId,
      endDate: null,
      equipmentModel: null,
      acquisition: null,
      phoneNumberId: null,
      ...fields,
    });
    await em.save(option);
    await this.audit.record(em, ctx, {
      action: 'contract.option_added',
      entityType: 'Contract',
      entityId: contract.id,
      clientCompanyId: contract.clientCompanyId,
      after: {
        kind: option.kind,
        description: option.description,
        monthlyFee: option.monthlyFee,
        oneOffFee: option.oneOffFee,
        startDate: option.startDate,
        ...(because ? { because } : {}),
      },
    });
    return option;
  }

  /**
   * The toll-free number fee follows its number, in the number's transaction:
   * charged on the client's contract from the day the number is ACTIVE, ended
   * the day it is RELEASED, without a person adding or ending the option.
   * Nothing to do for other numbers, a number of no client, or a client
   * without a contract in force that day.
   */
  async followTollFreeNumber(
    em: EntityManager,
    ctx: RequestContext,
    number: PhoneNumber,
    day: string,
  ): Promise<void> {
    if (number.kind !== 'TOLL_FREE' || !number.clientCompanyId) return;
    const open = await openTollFreeFee(em, number.id);
    if (number.status === 'ACTIVE' && !open) {
      const contract = await latestContract(em, number.clientCompanyId);
      if (!contract || (contract.endDate && contract.endDate < day)) return;
      await this.saveOption(
        em,
        ctx,
        contract,
        {
          kind: OptionKind.TOLL_FREE_NUMBER,
          quantity: 1,
          startDate: day < contract.startDate ? contract.startDate : day,
          ...tollFreeFee(number),
        },
        'number.activated',
      );
    }
    if (number.status === 'RELEASED' && open) {
      open.endDate = day < open.startDate ? open.startDate : day;
      await em.save(open);
      await this.audit.record(em, ctx, {
        action: 'contract.option_ended',
        entityType: 'Contract',
        entityId: open.contractId,
        clientCompanyId: open.clientCompanyId,
        after: { option: open.description, endDate: open.endDate, because: 'number.released' },
      });
    }
  }

  endOption(ctx: RequestContext, input: EndContractOptionInput): Promise<ContractOption> {
    return this.db.transaction(ctx, async (em) => {
      const option = await em.findOne(ContractOption, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!option) throw notFound('Contract option');
      if (option.endDate) throw badField('id', `the option already ended on ${option.endDate}`);
      if (input.endDate < option.startDate)
        throw badField('endDate', `is before the option starts (${option.startDate})`);
      option.endDate = input.endDate;
      await em.save(option);
      await this.audit.record(em, ctx, {
        action: 'contract.option_ended',
        entityType: 'Contract',
        entityId: option.contractId,
        clientCompanyId: option.clientCompanyId,
        after: {
          option: option.description,
          endDate: option.endDate,
          earlyTerminationFee: earlyTerminationFeeOf(option),
        },
      });
      return option;
    });
  }

  /** Description and fees of a new option: Dengon's prices for numbers and equipment, the input's for the rest. */
  private async priced(
    em: EntityManager,
    contract: Contract,
    input: AddContractOptionInput,
  ): Promise<Partial<ContractOption>> {
    switch (input.kind) {
      case OptionKind.TOLL_FREE_NUMBER: {
        if (!input.phoneNumberId)
          throw badField('phoneNumberId', 'is required for a toll-free number fee');
        const number = await em.findOneBy(PhoneNumber, {
          id: input.phoneNumberId,
          clientCompanyId: contract.clientCompanyId,
        });
        if (!number || number.kind !== 'TOLL_FREE')
          throw badField('phoneNumberId', "is not one of this client's toll-free numbers");
        const charged = await openTollFreeFee(em, number.id);
        if (charged)
          throw badField('phoneNumberId', `is already charged from ${charged.startDate}`);
        return tollFreeFee(number);
      }
      case OptionKind.EQUIPMENT: {
        const model = input.equipmentModel as EquipmentModel | undefined;
        if (!model || !(model in EQUIPMENT))
          throw badField('equipmentModel', `must be one of ${Object.keys(EQUIPMENT).join(', ')}`);
        if (!input.acquisition) throw badField('acquisition', 'is required for equipment');
        const terms = EQUIPMENT[model];
        if (input.acquisition === EquipmentAcquisition.RENTAL && terms.monthlyRent === null) {
          throw badField('acquisition', `${terms.name} is not rented, only sold`);
        }
        const rental = input.acquisition === EquipmentAcquisition.RENTAL;
        return {
          equipmentModel: model,
          acquisition: input.acquisition,
          description: input.description ?? `${terms.name}（${rental ? 'レンタル' : '買取'}）`,
          monthlyFee: (rental ? (terms.monthlyRent ?? 0) : 0) + terms.monthlyUseFee,
          oneOffFee: rental ? 0 : terms.purchasePrice,
        };
      }
      case OptionKind.EXTRA_FIELDS:
      case OptionKind.ONE_OFF: {
        const problems = [];
        if (!input.description) problems.push({ field: 'description', message: 'is required' });
        if (input.kind === OptionKind.ONE_OFF && !input.oneOffFee)
          problems.push({ field: 'oneOffFee', message: 'is required for a one-off fee' });
        if (input.kind === OptionKind.EXTRA_FIELDS && input.monthlyFee == null) {
          problems.push({ field: 'monthlyFee', message: 'is required for extra intake fields' });
        }
        if (problems.length) throw badInput(problems);
        return {
          description: input.description,
          monthlyFee: input.monthlyFee ?? 0,
          oneOffFee: input.oneOffFee ?? 0,
        };
      }
    }
  }
}

/** The fee for returning rented equipment before its minimum term, 0 otherwise. */
export function earlyTerminationFeeOf(option: ContractOption): number {
  if (
    option.acquisition !== EquipmentAcquisition.RENTAL ||
    !option.endDate ||
    !option.equipmentModel
  )
    return 0;
  const months = wholeMonthsRented(option.startDate, option.endDate);
  return earlyTerminationFee(option.equipmentModel as EquipmentModel, months) * option.quantity;
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
    throw badField('endDate', `ends before the contract starts (${startDate})`);
}

function checkCoverage(
  windows: readonly (CoverageWindowInput | CoverageWindowType)[],
  holidayRule: HolidayRule,
): CoverageWindowType[] {
  const coverage = { windows: windows as CoverageWindow[], holidayRule };
  // The domain says "windows"; the API's field is coverageWindows.
  const rename = (text: string) => text.replace(/\bwindows\b/g, 'coverageWindows');
  const problems = validateCoverage(coverage).map((p) => ({
    field: rename(p.field),
    message: rename(p.message),
  }));
  if (problems.length) throw badInput(problems);
  return windows.map((w) => ({
    weekday: w.weekday as CoverageWindow['weekday'],
    start: w.start,
    end: w.end,
  }));
}

async function lockedContract(em: EntityManager, id: string): Promise<Contract> {
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
const tollFreeFee = (number: PhoneNumber): Partial<ContractOption> => ({
  phoneNumberId: number.id,
  description: `着信課金番号 ${formatNational(number.e164)}`,
  monthlyFee: TOLL_FREE_NUMBER_FEE,
  oneOffFee: 0,
});

/** The number's fee still being charged, if any. */
const openTollFreeFee = (em: EntityManager, phoneNumberId: string) =>
  em.findOne(ContractOption, {
    where: { phoneNumberId, kind: OptionKind.TOLL_FREE_NUMBER, endDate: IsNull() },
    lock: { mode: 'pessimistic_write' },
  });

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
    throw badInput(problems.map((p) => ({ field: `billingTerms.${p.field}`, message: p.message })));
  return terms;
}
