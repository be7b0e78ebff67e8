import { Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../format/format';
import { QueryStatus } from '../ui/QueryStatus';
import { publishedScriptQuery } from './documents';
import { ScriptPreview } from './ScriptPreview';

/** The latest published script, read-only; a client user's own when no company is given. */
export function PublishedScriptView({
  clientCompanyId,
  clientName,
  operatorName,
}: {
  clientCompanyId?: string;
  clientName: string;
  operatorName?: string;
}) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(publishedScriptQuery, { variables: { clientCompanyId } });

  if (!data) return <QueryStatus error={error} />;
  const script = data.publishedScript;
  if (!script) return <Text c="dimmed">{t('script.nonePublished')}</Text>;
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
