import { tokyoDate } from '@dengon/domain';
import type { EntityManager } from 'typeorm';
import { badField } from '../common/errors';
import { Plan } from '../plans/plan.entity';
import { Contract, ContractOption, ContractPlanTerm, OptionKind } from './contract.entity';

/** The plan a client is on today, and whether it bought the extra-fields option. */
export async function planToday(
  em: EntityManager,
  clientCompanyId: string,
): Promise<{
  plan: Plan;
  term: ContractPlanTerm;
  extraFieldsOption: boolean;
  /** E-mail and fax-to-mail are offered to operators: by the plan, or a MAIL_HANDLING option. */
  mailHandling: boolean;
}> {
  const today = tokyoDate(new Date());
  const contract = await em
    .createQueryBuilder(Contract, 'c')
    .where('c.client_company_id = :clientCompanyId', { clientCompanyId })
    .andWhere('c.start_date <= :today AND (c.end_date IS NULL OR c.end_date >= :today)', { today })
    .orderBy('c.start_date', 'DESC')
    .getOne();
  if (!contract) throw badField('clientCompanyId', 'has no contract in force today');
  const term = await em
    .createQueryBuilder(ContractPlanTerm, 't')
    .where('t.contract_id = :id AND t.effective_from <= :today', { id: contract.id, today })
    .orderBy('t.effective_from', 'DESC')
    .getOne();
  const plan = term ? await em.findOneBy(Plan, { code: term.planCode }) : null;
  if (!term || !plan) throw badField('clientCompanyId', 'has no plan in force today');
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
    plan,
    term,
    extraFieldsOption: held(OptionKind.EXTRA_FIELDS),
    mailHandling: plan.emailHandling || held(OptionKind.MAIL_HANDLING),
  };
}
