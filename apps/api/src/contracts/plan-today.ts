import { tokyoDate } from '@dengon/domain';
import type { EntityManager } from 'typeorm';
import { badField } from '../common/errors';
import { Plan } from '../plans/plan.entity';
import { Contract, ContractOption, ContractPlanTerm, OptionKind } from './contract.entity';

export interface PlanToday {
  contract: Contract;
  plan: Plan;
  term: ContractPlanTerm;
  extraFieldsOption: boolean;
  /** E-mail and fax-to-mail are offered to operators: by the plan, or a MAIL_HANDLING option. */
  mailHandling: boolean;
}

/** The plan a client is on today, and the options it bought that change what operators do. */
export async function planToday(em: EntityManager, clientCompanyId: string): Promise<PlanToday> {
  const found = await inForce(em, clientCompanyId);
  if (found === 'NO_CONTRACT') throw badField('clientCompanyId', 'noContractToday');
  if (found === 'NO_PLAN') throw badField('clientCompanyId', 'noPlanToday');
  return found;
}

/** As planToday, or null for a client with no contract or no plan in force today. */
export async function planTodayIfAny(
  em: EntityManager,
  clientCompanyId: string,
): Promise<PlanToday | null> {
  const found = await inForce(em, clientCompanyId);
  return typeof found === 'string' ? null : found;
}

async function inForce(
  em: EntityManager,
  clientCompanyId: string,
): Promise<PlanToday | 'NO_CONTRACT' | 'NO_PLAN'> {
  const today = tokyoDate(new Date());
  const contract = await em
    .createQueryBuilder(Contract, 'c')
    .where('c.client_company_id = :clientCompanyId', { clientCompanyId })
    .andWhere('c.start_date <= :today AND (c.end_date IS NULL OR c.end_date >= :today)', { today })
    .orderBy('c.start_date', 'DESC')
    .getOne();
  if (!contract) return 'NO_CONTRACT';
  const term = await em
    .createQueryBuilder(ContractPlanTerm, 't')
    .where('t.contract_id = :id AND t.effective_from <= :today', { id: contract.id, today })
    .orderBy('t.effective_from', 'DESC')
    .getOne();
  const plan = term ? await em.findOneBy(Plan, { code: term.planCode }) : null;
  if (!term || !plan) return 'NO_PLAN';
  const options = await em
    .createQueryBuilder(ContractOption, 'o')
    .select('DISTINCT o.kind', 'kind')
    .where('o.contract_id = :id AND o.kind IN (:...kinds)', {
      id: contract.id,
      kinds: [OptionKind.EXTRA_FIELDS, OptionKind.MAIL_HANDLING],
    })
    .andWhere('o.start_date <= :today AND (o.end_date IS NULL OR o.end_date >= :today)', { today })
    .getRawMany<{ kind: OptionKind }>();
  const held = (kind: OptionKind) => options.some((o) => o.kind === kind);
  return {
    contract,
    plan,
    term,
    extraFieldsOption: held(OptionKind.EXTRA_FIELDS),
    mailHandling: plan.emailHandling || held(OptionKind.MAIL_HANDLING),
  };
}
