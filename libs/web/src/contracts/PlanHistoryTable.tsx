import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractDetailsFragment } from '../gql/graphql';
import { yen } from '../format/format';
import { usePlanName } from '../plans/usePlanName';

/** Every plan term of the contract, oldest first, with the price each carries. */
export function PlanHistoryTable({ contract }: { contract: ContractDetailsFragment }) {
  const { t } = useTranslation();
  const planName = usePlanName();
  return (
    <Table withTableBorder striped aria-label={t('contract.history')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('contract.effectiveFrom')}</Table.Th>
          <Table.Th>{t('contract.plan')}</Table.Th>
          <Table.Th>{t('contract.monthlyFee')}</Table.Th>
          <Table.Th>{t('contract.includedCalls')}</Table.Th>
          <Table.Th>{t('contract.overagePerCall')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contract.planTerms.map((term) => {
          const overridden =
            term.monthlyFeeOverride !== null ||
            term.includedCallsOverride !== null ||
            term.overagePerCallOverride !== null;
          return (
            <Table.Tr key={term.id}>
              <Table.Td>{term.effectiveFrom}</Table.Td>
              <Table.Td>
                {planName(term.plan)}{' '}
                {term.id === contract.currentTerm?.id && (
                  <Badge size="xs" tt="none">
                    {t('contract.current')}
                  </Badge>
                )}
                {overridden && (
                  <Badge size="xs" tt="none" color="grape" variant="light" ml={4}>
                    {t('contract.overridden')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{term.price ? yen(term.price.monthlyFee) : '—'}</Table.Td>
              <Table.Td>
                {term.price ? t('plans.calls', { count: term.price.includedCalls }) : '—'}
              </Table.Td>
              <Table.Td>{term.price ? yen(term.price.overagePerCall) : '—'}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
