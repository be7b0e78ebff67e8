import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { recipientLabel } from '../format/format';
import type { ContractorDetailsFragment } from '../gql/graphql';
import { EmptyRow } from '../ui/EmptyRow';

/** The client's contractors in priority order; with `onEdit`, each row can be edited. */
export function ContractorTable({
  contractors,
  onEdit,
}: {
  contractors: readonly ContractorDetailsFragment[];
  onEdit?: (contractor: ContractorDetailsFragment) => void;
}) {
  const { t } = useTranslation();
  const columns = onEdit ? 7 : 6;
  return (
    <Table withTableBorder striped aria-label={t('contractors.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('contractors.priority')}</Table.Th>
          <Table.Th>{t('contractors.name')}</Table.Th>
          <Table.Th>{t('contractors.areas')}</Table.Th>
          <Table.Th>{t('contractors.categories')}</Table.Th>
          <Table.Th>{t('contractors.channels')}</Table.Th>
          <Table.Th>{t('contractors.active')}</Table.Th>
          {onEdit && <Table.Th>{t('common.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contractors.length === 0 && <EmptyRow columns={columns} text={t('contractors.empty')} />}
        {contractors.map((contractor) => (
          <Table.Tr key={contractor.id}>
            <Table.Td>{contractor.priority}</Table.Td>
            <Table.Td>
              {contractor.name}
              {contractor.note && (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {contractor.note}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {contractor.areas.map((area) => `${area.prefecture}${area.city ?? ''}`).join('、')}
            </Table.Td>
            <Table.Td>{contractor.categories.join('、')}</Table.Td>
            <Table.Td>
              {contractor.channels.map((channel, index) => (
                <Text key={index} size="sm">
                  {index + 1}. {t(`dispatchChannel.${channel.kind}`)}{' '}
                  {recipientLabel(channel.address)}
                  {channel.hours ? ` (${channel.hours.start}〜${channel.hours.end})` : ''}
                </Text>
              ))}
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={contractor.active ? 'green' : 'gray'} tt="none">
                {t(contractor.active ? 'contractors.isActive' : 'contractors.inactive')}
              </Badge>
            </Table.Td>
            {onEdit && (
              <Table.Td>
                <Button size="xs" variant="default" onClick={() => onEdit(contractor)}>
                  {t('common.edit')}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
