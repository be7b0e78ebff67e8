import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractOptionDetailsFragment } from '../gql/graphql';
import { yen } from '../format/format';
import { EmptyRow } from '../ui/EmptyRow';

/** The contract's options; with `onEnd`, running ones can be ended. */
export function OptionsTable({
  options,
  onEnd,
}: {
  options: readonly ContractOptionDetailsFragment[];
  onEnd?: (option: ContractOptionDetailsFragment) => void;
}) {
  const { t } = useTranslation();
  const columns = onEnd ? 9 : 8;
  return (
    <Table withTableBorder striped aria-label={t('contract.options')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('options.kind')}</Table.Th>
          <Table.Th>{t('options.description')}</Table.Th>
          <Table.Th>{t('options.quantity')}</Table.Th>
          <Table.Th>{t('options.monthlyFee')}</Table.Th>
          <Table.Th>{t('options.oneOffFee')}</Table.Th>
          <Table.Th>{t('options.startDate')}</Table.Th>
          <Table.Th>{t('options.endDate')}</Table.Th>
          <Table.Th>{t('options.earlyTerminationFee')}</Table.Th>
          {onEnd && <Table.Th>{t('common.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {options.length === 0 && <EmptyRow columns={columns} text={t('options.none')} />}
        {options.map((option) => (
          <Table.Tr key={option.id}>
            <Table.Td>{t(`optionKind.${option.kind}`)}</Table.Td>
            <Table.Td>{option.description}</Table.Td>
            <Table.Td>{option.quantity}</Table.Td>
            <Table.Td>{yen(option.monthlyFee)}</Table.Td>
            <Table.Td>{yen(option.oneOffFee)}</Table.Td>
            <Table.Td>{option.startDate}</Table.Td>
            <Table.Td>{option.endDate ?? '—'}</Table.Td>
            <Table.Td>{option.endDate ? yen(option.earlyTerminationFee) : '—'}</Table.Td>
            {onEnd && (
              <Table.Td>
                {!option.endDate && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onEnd(option)}
                    aria-label={t('options.endOf', { name: option.description })}
                  >
                    {t('options.end')}
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
