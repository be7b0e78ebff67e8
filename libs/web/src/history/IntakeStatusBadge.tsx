import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntakeStatus } from '../gql/graphql';
import { intakeStatusColor, intakeStatusLabel } from './intake-labels';

export function IntakeStatusBadge({ status }: { status: IntakeStatus }) {
  const { i18n } = useTranslation();
  return (
    <Badge variant="light" color={intakeStatusColor(status)} tt="none">
      {intakeStatusLabel(status, i18n.language)}
    </Badge>
  );
}
