import type { InvoiceLine, InvoiceTotals } from '@dengon/domain';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { yen } from '@dengon/web';

/** An invoice's lines and, per tax rate, the subtotal and the tax computed once on it. */
export function InvoiceLines({ lines, totals }: { lines: unknown; totals: unknown }) {
  const { t } = useTranslation();
  const rows = lines as InvoiceLine[];
  const sums = totals as InvoiceTotals;
  const rate = (r: number) => (r === 0 ? t('billing.outsideTax') : `${r}%`);
  return (
    <Table withTableBorder fz="sm" aria-label={t('billing.lines')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('billing.item')}</Table.Th>
          <Table.Th ta="right">{t('billing.quantity')}</Table.Th>
          <Table.Th ta="right">{t('billing.unitPrice')}</Table.Th>
          <Table.Th ta="right">{t('billing.amount')}</Table.Th>
          <Table.Th ta="right">{t('billing.taxRate')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((line, i) => (
          <Table.Tr key={i}>
            <Table.Td>{line.description}</Table.Td>
            <Table.Td ta="right">{line.quantity}</Table.Td>
            <Table.Td ta="right">{yen(line.unitPrice)}</Table.Td>
            <Table.Td ta="right">{yen(line.amount)}</Table.Td>
            <Table.Td ta="right">{rate(line.taxRate)}</Table.Td>
          </Table.Tr>
        ))}
        {sums.byRate.map((r) => [
          <Table.Tr key={`s${r.taxRate}`}>
            <Table.Td colSpan={3} ta="right">
              {r.taxRate === 0
                ? t('billing.outsideTax')
                : t('billing.rateSubtotal', { rate: r.taxRate })}
            </Table.Td>
            <Table.Td ta="right">{yen(r.subtotal)}</Table.Td>
            <Table.Td />
          </Table.Tr>,
          r.taxRate !== 0 && (
            <Table.Tr key={`t${r.taxRate}`}>
              <Table.Td colSpan={3} ta="right">
                {t('billing.rateTax', { rate: r.taxRate })}
              </Table.Td>
              <Table.Td ta="right">{yen(r.tax)}</Table.Td>
              <Table.Td />
            </Table.Tr>
          ),
        ])}
        <Table.Tr fw={700}>
          <Table.Td colSpan={3} ta="right">
            {t('billing.grandTotal')}
          </Table.Td>
          <Table.Td ta="right">{yen(sums.total)}</Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
