import { Button, Code, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import ja from '../i18n/ja.json';
import { dateTime } from '../format/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyRow } from '../ui/EmptyRow';
import { QueryStatus } from '../ui/QueryStatus';
import { auditLogQuery } from './documents';

const PAGE = 50;

/** The kinds of actions a person filters by: 'intake' is every 'intake.…' action. */
const AUDIT_KINDS = [
  'intake',
  'script',
  'auth',
  'user',
  'export',
  'recording',
  'client',
  'contract',
  'dispatch',
  'invoice',
  'payment',
  'call',
  'operator',
] as const;

type ActionKey = keyof typeof ja.audit.actions;
const isActionKey = (key: string): key is ActionKey => Object.hasOwn(ja.audit.actions, key);

/**
 * 監査ログ: who did what and when, newest first, filtered by kind, day and
 * (for staff, given `clients`) client. A client admin sees their own
 * company's entries; the API holds them to that.
 */
export function AuditLogPage({ clients }: { clients?: readonly { id: string; name: string }[] }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState('');
  const [clientCompanyId, setClientCompanyId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const variables = {
    first: PAGE,
    action: kind ? `${kind}.` : null,
    clientCompanyId: clientCompanyId || null,
    from: from || null,
    to: to || null,
  };
  const { data, error, fetchMore, loading } = useQuery(auditLogQuery, { variables });
  const entries = data?.auditLog ?? [];
  // The filters whose oldest entry has been reached: changing a filter offers "older" again.
  const filtersKey = JSON.stringify(variables);
  const [exhausted, setExhausted] = useState<string | null>(null);

  // 'intake.created' is said by audit.actions['intake-created']; an action without words shows as it is.
  const actionLabel = (action: string) => {
    const key = action.replace('.', '-');
    return isActionKey(key) ? t(`audit.actions.${key}`) : action;
  };

  async function older() {
    const last = entries[entries.length - 1];
    if (!last) return;
    const result = await fetchMore({
      variables: { ...variables, before: last.id },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditLog: [...previous.auditLog, ...fetchMoreResult.auditLog],
      }),
    });
    if ((result.data?.auditLog.length ?? 0) < PAGE) setExhausted(filtersKey);
  }

  return (
    <Stack>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Group align="end" wrap="wrap">
        <NativeSelect
          label={t('audit.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value)}
          data={[
            { value: '', label: t('audit.allKinds') },
            ...AUDIT_KINDS.map((k) => ({ value: k, label: t(`audit.kinds.${k}`) })),
          ]}
        />
        {clients && (
          <NativeSelect
            label={t('audit.client')}
            value={clientCompanyId}
            onChange={(e) => setClientCompanyId(e.currentTarget.value)}
            data={[
              { value: '', label: t('audit.allClients') },
              ...clients.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
        )}
        <TextInput
          type="date"
          label={t('audit.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('audit.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
      </Group>
      {!data ? (
        <QueryStatus error={error} />
      ) : (
        <Table withTableBorder striped aria-label={t('audit.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.at')}</Table.Th>
              <Table.Th>{t('audit.actor')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              {clients && <Table.Th>{t('audit.client')}</Table.Th>}
              <Table.Th>{t('audit.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.length === 0 && <EmptyRow columns={clients ? 5 : 4} text={t('audit.none')} />}
            {entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {dateTime(entry.createdAt, i18n.language)}
                </Table.Td>
                <Table.Td>
                  {entry.actorName ??
                    (entry.actorRole ? t(`roles.${entry.actorRole}`) : t('audit.system'))}
                </Table.Td>
                <Table.Td>{actionLabel(entry.action)}</Table.Td>
                {clients && <Table.Td>{entry.clientName ?? '—'}</Table.Td>}
                <Table.Td>
                  <Details before={entry.before} after={entry.after} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {entries.length >= PAGE && exhausted !== filtersKey && (
        <Group>
          <Button variant="default" loading={loading} onClick={() => void older()}>
            {t('audit.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** What changed, as recorded: the values after, and those before where there were any. */
function Details({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const show = (label: string, value: unknown) =>
    value && typeof value === 'object' && Object.keys(value).length > 0 ? (
      <Text size="xs">
        {label}: <Code>{JSON.stringify(value)}</Code>
      </Text>
    ) : null;
  return (
    <Stack gap={2}>
      {show(t('audit.before'), before)}
      {show(t('audit.after'), after)}
    </Stack>
  );
}
