import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../gql/graphql';

const COLORS: Record<InvoiceStatus, string> = {
  DRAFT: 'gray',
  ISSUED: 'blue',
  PARTIALLY_PAID: 'yellow',
  PAID: 'green',
  OVERDUE: 'red',
  VOID: 'dark',
};

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} tt="none">
      {t(`invoiceStatus.${status}`)}
    </Badge>
  );
}
