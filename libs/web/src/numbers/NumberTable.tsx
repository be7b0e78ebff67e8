import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneNumberDetailsFragment } from '../gql/graphql';
import { EmptyRow } from '../ui/EmptyRow';
import { NumberStatusBadge } from './NumberStatusBadge';

/** A client's numbers in national format; `actions` adds a column of buttons per number. */
export function NumberTable({
  numbers,
  actions,
}: {
  numbers: readonly PhoneNumberDetailsFragment[];
  actions?: (number: PhoneNumberDetailsFragment) => ReactNode;
}) {
  const { t } = useTranslation();
  const columns = actions ? 6 : 5;
  return (
    <Table withTableBorder striped aria-label={t('numbers.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('numbers.number')}</Table.Th>
          <Table.Th>{t('numbers.kind')}</Table.Th>
          <Table.Th>{t('numbers.status')}</Table.Th>
          <Table.Th>{t('numbers.forwardTo')}</Table.Th>
          <Table.Th>{t('numbers.schedule')}</Table.Th>
          {actions && <Table.Th>{t('common.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {numbers.length === 0 && <EmptyRow columns={columns} text={t('numbers.none')} />}
        {numbers.map((number) => (
          <Table.Tr key={number.id}>
            <Table.Th scope="row">
              <Text ff="monospace" fw={600}>
                {number.national}
              </Text>
              {number.label && (
                <Text size="xs" c="dimmed">
                  {number.label}
                </Text>
              )}
            </Table.Th>
            <Table.Td>{t(`numberKind.${number.kind}`)}</Table.Td>
            <Table.Td>
              <NumberStatusBadge status={number.status} />
            </Table.Td>
            <Table.Td>
              <Text ff="monospace">{number.forwardToNational ?? '—'}</Text>
            </Table.Td>
            <Table.Td>
              {number.status === 'PROVISIONING' && number.expectedOpenDate
                ? t('numbers.expectedOpen', { date: number.expectedOpenDate })
                : number.status === 'MOVING' && number.movingUntil
                  ? t('numbers.movingUntil', { date: number.movingUntil })
                  : '—'}
            </Table.Td>
            {actions && <Table.Td>{actions(number)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
