import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OperatorState } from '../gql/graphql';
import { operatorStateColor } from './operator-state';

export function OperatorStateBadge({
  state,
  size,
}: {
  state: OperatorState;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation();
  return (
    <Badge color={operatorStateColor(state)} variant="filled" tt="none" size={size}>
      {t(`operatorState.${state}`)}
    </Badge>
  );
}
