import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallerMarkKind } from '../gql/graphql';

/** VIP in gold, nuisance (迷惑電話) in red: the two marks a caller can carry. */
export function CallerMarkKindBadge({ kind }: { kind: CallerMarkKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kind === 'VIP' ? 'yellow' : 'red'} variant="light" tt="none">
      {t(`callerMarks.kind.${kind}`)}
    </Badge>
  );
}
