import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  EmptyRow,
  invoicesQuery,
  InvoiceStatusBadge,
  PageHeader,
  paymentsQuery,
  PdfButton,
  QueryStatus,
  usePhone,
  yearMonth,
  yen,
} from '@dengon/web';

/** Invoices on a phone: a card each, every figure on its own line, the PDF a finger's width tall. */
interface InvoiceSummary {
  id: string;
  month: string;
  number?: string | null;
  status: Parameters<typeof InvoiceStatusBadge>[0]['status'];
  total: number;
  balance: number;
  dueDate?: string | null;
}

function InvoiceCards({ invoices }: { invoices: readonly InvoiceSummary[] }) {
  const { t, i18n } = useTranslation();
  if (invoices.length === 0)
    return (
      <Text c="dimmed" ta="center" py="md">
        {t('billing.none')}
      </Text>
    );
  return (
    <Stack gap="xs" role="list" aria-label={t('billing.portalTitle')}>
      {invoices.map((invoice) => (
        <Paper key={invoice.id} withBorder p="sm" role="listitem">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={700}>{yearMonth(invoice.month, i18n.language)}</Text>
            <InvoiceStatusBadge status={invoice.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {invoice.number}
          </Text>
          <SimpleGrid cols={2} spacing={4} mt="xs">
            <Text size="sm">{t('billing.total')}</Text>
            <Text size="sm" ta="right" fw={600}>
              {yen(invoice.total)}
            </Text>
            <Text size="sm">{t('billing.balance')}</Text>
            <Text size="sm" ta="right">
              {yen(invoice.balance)}
            </Text>
            <Text size="sm">{t('billing.dueDate')}</Text>
            <Text size="sm" ta="right">
              {invoice.dueDate ?? '—'}
            </Text>
          </SimpleGrid>
          <Group mt="xs">
            <PdfButton
              path={`/invoices/${encodeURIComponent(invoice.id)}/pdf`}
              label={t('billing.pdf')}
            />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** The client's invoices with what is paid, each PDF as issued, and the payments received. */
export function MyInvoicesPage() {
  const { t, i18n } = useTranslation();
  const invoices = useQuery(invoicesQuery, { variables: {} });
  const payments = useQuery(paymentsQuery, { variables: {} });
  const phone = usePhone();
  if (!invoices.data) return <QueryStatus error={invoices.error} />;
  return (
    <Stack>
      <PageHeader title={t('billing.portalTitle')} description={t('billing.portalDescription')} />
      {phone ? (
        <InvoiceCards invoices={invoices.data.invoices} />
      ) : (
        <Table withTableBorder striped aria-label={t('billing.portalTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('billing.month')}</Table.Th>
              <Table.Th>{t('billing.number')}</Table.Th>
              <Table.Th>{t('billing.status')}</Table.Th>
              <Table.Th ta="right">{t('billing.total')}</Table.Th>
              <Table.Th ta="right">{t('billing.balance')}</Table.Th>
              <Table.Th>{t('billing.dueDate')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.data.invoices.length === 0 && (
              <EmptyRow columns={7} text={t('billing.none')} />
            )}
            {invoices.data.invoices.map((invoice) => (
              <Table.Tr key={invoice.id}>
                <Table.Td>{yearMonth(invoice.month, i18n.language)}</Table.Td>
                <Table.Td>{invoice.number}</Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge status={invoice.status} />
                </Table.Td>
                <Table.Td ta="right">{yen(invoice.total)}</Table.Td>
                <Table.Td ta="right">{yen(invoice.balance)}</Table.Td>
                <Table.Td>{invoice.dueDate ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <PdfButton
                      path={`/invoices/${encodeURIComponent(invoice.id)}/pdf`}
                      label={t('billing.pdf')}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3} size="h4">
        {t('billing.payments')}
      </Title>
      <Table withTableBorder aria-label={t('billing.payments')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('billing.receivedOn')}</Table.Th>
            <Table.Th>{t('billing.method')}</Table.Th>
            <Table.Th ta="right">{t('billing.paymentAmount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(payments.data?.payments ?? []).length === 0 && (
            <EmptyRow columns={3} text={t('billing.paymentsNone')} />
          )}
          {(payments.data?.payments ?? []).map((payment) => (
            <Table.Tr key={payment.id}>
              <Table.Td>{payment.receivedOn}</Table.Td>
              <Table.Td>{t(`paymentMethod.${payment.method}`)}</Table.Td>
              <Table.Td ta="right">{yen(payment.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
