import { useTranslation } from 'react-i18next';
import type { ContractDetailsFragment } from '../gql/graphql';
import { yen } from '../format/format';
import { usePlanName } from '../plans/usePlanName';
import { DetailTable } from '../ui/DetailTable';

/** The contract as it stands today: plan, price, period and coverage. Read by staff and the client alike. */
export function ContractOverview({ contract }: { contract: ContractDetailsFragment }) {
  const { t } = useTranslation();
  const planName = usePlanName();
  const term = contract.currentTerm;
  const price = term?.price;

  return (
    <DetailTable
      rows={[
        { label: t('contract.plan'), value: term ? planName(term.plan) : null },
        {
          label: t('contract.monthlyFee'),
          value: price ? t('contract.exclTax', { price: yen(price.monthlyFee) }) : null,
        },
        {
          label: t('contract.includedCalls'),
          value: price ? t('plans.calls', { count: price.includedCalls }) : null,
        },
        {
          label: t('contract.overagePerCall'),
          value: price ? t('contract.exclTax', { price: yen(price.overagePerCall) }) : null,
        },
        {
          label: t('contract.period'),
          value: t('contract.periodValue', {
            start: contract.startDate,
            end: contract.endDate ?? t('contract.noEnd'),
          }),
        },
        { label: t('contract.coverage'), value: contract.coverageSummary },
        { label: t('coverage.holidayRule'), value: t(`holidayRule.${contract.holidayRule}`) },
        {
          label: t('contract.serviceLevel'),
          value: t('board.targetTerms', {
            percent: contract.serviceLevelPercent,
            seconds: contract.serviceLevelSeconds,
          }),
        },
      ]}
    />
  );
}
