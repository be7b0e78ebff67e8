import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePlanName, yen } from '@dengon/web';
import type { ContractDetailsFragment } from '../gql/graphql';

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
          const { price } = term;
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
              <Table.Td>
                <TermValue
                  text={price ? yen(price.monthlyFee) : null}
                  overridden={term.monthlyFeeOverride !== null}
                />
              </Table.Td>
              <Table.Td>
                <TermValue
                  text={price ? t('plans.calls', { count: price.includedCalls }) : null}
                  overridden={term.includedCallsOverride !== null}
                />
              </Table.Td>
              <Table.Td>
                <TermValue
                  text={price ? yen(price.overagePerCall) : null}
                  overridden={term.overagePerCallOverride !== null}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** One price term; the contract's own price instead of the catalogue's is marked. */
function TermValue({ text, overridden }: { text: string | null; overridden: boolean }) {
  const { t } = useTranslation();
  if (!overridden) return text ?? '—';
  return (
    <Group gap={6} wrap="nowrap">
      {text ?? '—'}
      <Badge size="xs" tt="none" color="grape" variant="light">
        {t('contract.overriddenValue')}
      </Badge>
    </Group>
  );
}
