import { Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../format/format';
import { QueryStatus } from '../ui/QueryStatus';
import { publishedScriptQuery } from './documents';
import type { ScriptVariant } from '../gql/graphql';
import { ScriptPreview } from './ScriptPreview';

/** The latest published script, read-only; a client user's own when no company is given. */
export function PublishedScriptView({
  clientCompanyId,
  clientName,
  operatorName,
  variant = 'DEFAULT',
}: {
  clientCompanyId?: string;
  clientName: string;
  operatorName?: string;
  /** One of the scripts by time; the usual one by default. */
  variant?: ScriptVariant;
}) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(publishedScriptQuery, {
    variables: { clientCompanyId, variant },
  });

  if (!data) return <QueryStatus error={error} />;
  const script = data.publishedScript;
  if (!script)
    return (
      <Text c="dimmed">
        {t(variant === 'DEFAULT' ? 'script.nonePublished' : 'script.noneForVariant')}
      </Text>
    );
  return (
    <ScriptPreview
      content={script}
      clientName={clientName}
      operatorName={operatorName}
      title={t('script.publishedTitle', {
        version: script.versionNo,
        date: dateTime(script.publishedAt, i18n.language),
      })}
    />
  );
}
