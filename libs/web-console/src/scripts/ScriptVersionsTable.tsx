import { Table, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '@dengon/web';
import { scriptVersionsQuery } from './documents';
import type { ScriptVariant } from '../gql/graphql';

/** The published versions, newest first: what calls on each day were answered with. */
export function ScriptVersionsTable({
  clientCompanyId,
  variant,
}: {
  clientCompanyId: string;
  variant: ScriptVariant;
}) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(scriptVersionsQuery, { variables: { clientCompanyId, variant } });
  const versions = data?.scriptVersions ?? [];
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="script-versions">
      <Title order={3} size="h5" id="script-versions" mb="xs">
        {t('script.versions')}
      </Title>
      <Table withTableBorder striped fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('script.versionNo')}</Table.Th>
            <Table.Th>{t('script.publishedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>{t('script.versionLabel', { version: v.versionNo })}</Table.Td>
              <Table.Td>{dateTime(v.publishedAt, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
