import { Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryStatus, tokyoDate, yen } from '@dengon/web';
import { agingReportQuery } from './documents';

const COLORS: Record<string, string> = {
  CURRENT: 'blue',
  '1-30': 'yellow',
  '31-60': 'orange',
  '61-90': 'red',
  '90+': 'grape',
};

/** 売掛金年齢表: what is owed by days past due, as a table and as bars. */
export function AgingPanel() {
  const { t } = useTranslation();
  const { data, error } = useQuery(agingReportQuery, { fetchPolicy: 'network-only' });
  if (!data) return <QueryStatus error={error} />;
  const rows = data.agingReport;
  const largest = Math.max(1, ...rows.map((r) => r.amount));
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('billing.asOf', { date: tokyoDate() })}
      </Text>
      <Table withTableBorder aria-label={t('billing.tabs.aging')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('billing.bucket')}</Table.Th>
            <Table.Th ta="right">{t('billing.invoices')}</Table.Th>
            <Table.Th ta="right">{t('billing.owed')}</Table.Th>
            <Table.Th w="40%" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.bucket}>
              <Table.Td>
                {t(`billing.buckets.${row.bucket}`, { defaultValue: row.bucket })}
              </Table.Td>
              <Table.Td ta="right">{row.invoices}</Table.Td>
              <Table.Td ta="right">{yen(row.amount)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Progress
                    value={(100 * row.amount) / largest}
                    color={COLORS[row.bucket] ?? 'gray'}
                    size="lg"
                    w="100%"
                    aria-hidden
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
