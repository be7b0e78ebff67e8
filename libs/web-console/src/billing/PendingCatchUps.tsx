import { Alert, List, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { yearMonth, yen } from '@dengon/web';
import { pendingCatchUpsQuery } from './documents';

/**
 * Charges of months already invoiced that changed since (a return, a fee or
 * a plan change recorded late): the month's run settles them as their own
 * lines, and the back office sees them before it runs.
 */
export function PendingCatchUps({ month }: { month: string }) {
  const { t, i18n } = useTranslation();
  const pending = useQuery(pendingCatchUpsQuery, { variables: { month } });
  const clients = pending.data?.pendingCatchUps ?? [];
  if (clients.length === 0) return null;
  return (
    <Alert
      color="yellow"
      title={t('billing.catchUps.title', { month: yearMonth(month, i18n.language) })}
    >
      <Text size="sm" mb="xs">
        {t('billing.catchUps.lead')}
      </Text>
      <Table aria-label={t('billing.catchUps.title', { month: yearMonth(month, i18n.language) })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('billing.client')}</Table.Th>
            <Table.Th>{t('billing.catchUps.lines')}</Table.Th>
            <Table.Th ta="right">{t('billing.catchUps.subtotal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.clientCompanyId}>
              <Table.Td>{client.clientName}</Table.Td>
              <Table.Td>
                <List size="sm">
                  {(client.lines as { description: string; amount: number }[]).map((line, i) => (
                    <List.Item key={i}>
                      {line.description} {yen(line.amount)}
                    </List.Item>
                  ))}
                </List>
              </Table.Td>
              <Table.Td ta="right">{yen(client.subtotal)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
