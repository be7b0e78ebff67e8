import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DispatchStatus } from '../gql/graphql';
import { DISPATCH_STATUS_COLORS } from './dispatch-labels';

export function DispatchStatusBadge({ status }: { status: DispatchStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={DISPATCH_STATUS_COLORS[status]} tt="none">
      {t(`dispatchStatus.${status}`)}
    </Badge>
  );
}
