import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangeRequestStatus } from '../gql/graphql';

const COLORS: Record<ChangeRequestStatus, string> = {
  PENDING: 'yellow',
  APPROVED: 'green',
  REJECTED: 'gray',
};

export function ChangeRequestStatusBadge({ status }: { status: ChangeRequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" tt="none">
      {t(`changeStatus.${status}`)}
    </Badge>
  );
}
