import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NumberStatus } from '../gql/graphql';

const COLORS: Record<NumberStatus, string> = {
  REQUESTED: 'gray',
  PROVISIONING: 'yellow',
  ACTIVE: 'green',
  MOVING: 'orange',
  RELEASED: 'dark',
};

export function NumberStatusBadge({ status }: { status: NumberStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" tt="none">
      {t(`numberStatus.${status}`)}
    </Badge>
  );
}
