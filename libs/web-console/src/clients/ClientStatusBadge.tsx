import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientStatus } from '../gql/graphql';

const COLORS: Record<ClientStatus, string> = {
  TRIAL: 'yellow',
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  TERMINATED: 'gray',
};

export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" tt="none">
      {t(`clientStatus.${status}`)}
    </Badge>
  );
}
