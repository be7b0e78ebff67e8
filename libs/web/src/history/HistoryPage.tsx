import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { tokyoDate, tokyoMinute } from '../format/format';
import type { IntakeRowFragment, IntakeStatus } from '../gql/graphql';
import { useSession } from '../session/SessionProvider';
import { PageHeader } from '../ui/PageHeader';
import { QueryStatus } from '../ui/QueryStatus';
import { EmptyRow } from '../ui/EmptyRow';
import { usePhone } from '../ui/usePhone';
import { intakeRecordChangedSubscription, intakeRecordsQuery } from './documents';
import { NameWithReading } from './NameWithReading';
import { IntakeDetailDrawer, type RecordAdditions } from './IntakeDetailDrawer';
import { IntakeStatusBadge } from './IntakeStatusBadge';
import { INTAKE_STATUSES, intakeStatusLabel } from './intake-labels';

const PAGE_SIZE = 50;

interface Filters {
  /** Staff only: one client, or '' for all; a client user always gets their own. */
  clientCompanyId: string;
  from: string;
  to: string;
  statuses: IntakeStatus[];
  callingNumber: string;
  text: string;
}

const NO_FILTERS: Filters = {
  clientCompanyId: '',
  from: '',
  to: '',
  statuses: [],
  callingNumber: '',
  text: '',
};

/** The filters as the API takes them: empty ones left out. */
function toVariables(filters: Filters) {
  return {
    clientCompanyId: filters.clientCompanyId || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    statuses: filters.statuses.length ? filters.statuses : undefined,
    callingNumber: filters.callingNumber.trim() || undefined,
    text: filters.text.trim() || undefined,
  };
}

const digits = (value: string | null | undefined) => (value ?? '').replace(/\D/g, '');

/** Whether a record that arrived live belongs in the list the filters ask for. */
function matches(record: IntakeRowFragment, filters: Filters): boolean {
  if (filters.clientCompanyId && record.clientCompanyId !== filters.clientCompanyId) return false;
  const day = tokyoDate(new Date(record.receivedAt));
  if (filters.from && day < filters.from) return false;
  if (filters.to && day > filters.to) return false;
  if (filters.statuses.length && !filters.statuses.includes(record.status)) return false;
  const number = digits(filters.callingNumber);
  if (number && !digits(record.callingNational).includes(number)) return false;
  const words = filters.text.trim().split(/\s+/).filter(Boolean);
  const haystack = Object.values(record.fields).map(String).join('\n');
  return words.every((word) => haystack.includes(word));
}

const field = (record: IntakeRowFragment, key: string): string => {
  const value = record.fields[key];
  return typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value);
};

/**
 * The history on a phone: one card per record, the whole card a link to it
 * (a finger's width tall at least), with its number, time, status, caller and
 * message, so nothing scrolls sideways.
 */
function RecordCards({
  records,
  fresh,
  clientNames,
}: {
  records: readonly IntakeRowFragment[];
  fresh: ReadonlySet<string>;
  clientNames: ReadonlyMap<string, string> | null;
}) {
  const { t } = useTranslation();
  if (records.length === 0)
    return (
      <Text c="dimmed" ta="center" py="md">
        {t('history.none')}
      </Text>
    );
  return (
    <Stack gap="xs" role="list" aria-label={t('history.title')}>
      {records.map((record) => (
        <Paper
          key={record.id}
          role="listitem"
          withBorder
          p="sm"
          bg={fresh.has(record.id) ? 'var(--mantine-color-yellow-light)' : undefined}
        >
          <Anchor
            component={Link}
            to={`/history/${record.id}`}
            aria-label={t('history.open', { recordNo: record.recordNumber })}
            underline="never"
            c="inherit"
            display="block"
            mih={44}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={700} c="blue">
                {record.recordNumber}
              </Text>
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {tokyoMinute(record.receivedAt)}
              </Text>
            </Group>
            <Group gap={6} mt={4}>
              <IntakeStatusBadge status={record.status} />
              {record.urgent && (
                <Badge color="red" variant="filled">
                  {t('history.urgent')}
                </Badge>
              )}
              {fresh.has(record.id) && (
                <Badge color="yellow" variant="filled">
                  {t('history.new')}
                </Badge>
              )}
              <Text size="sm">{t(`intakeChannel.${record.channel}`)}</Text>
            </Group>
            {clientNames && (
              <Text size="sm" c="dimmed" mt={4}>
                {clientNames.get(record.clientCompanyId) ?? '—'}
              </Text>
            )}
            <Text fw={600} mt={4}>
              <NameWithReading fields={record.fields} />
              {record.callingNational && (
                <Text span size="sm" c="dimmed" ml="xs">
                  {record.callingNational}
                </Text>
              )}
            </Text>
            <Text size="sm" lineClamp={2}>
              {field(record, 'message') || '—'}
            </Text>
          </Anchor>
        </Paper>
      ))}
    </Stack>
  );
}

const truncate = (text: string, length = 40) =>
  text.length > length ? `${text.slice(0, length)}…` : text;

/**
 * The call history (受付履歴): filtered, paged, downloadable as CSV, and live:
 * records taken or changed while the page is open show up at once. A client
 * user sees their own company's; staff, given `clients`, see every client's,
 * with a client column and filter. Each audience adds to a record what it may
 * do there (`additions`).
 */
export function HistoryPage({
  clients,
  additions,
}: {
  clients?: readonly { id: string; name: string }[];
  additions: RecordAdditions;
}) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const staff = clients !== undefined;
  const clientNames = new Map(clients?.map((c) => [c.id, c.name]));
  const phone = usePhone();
  const navigate = useNavigate();
  const { id: openId } = useParams();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [loadingMore, setLoadingMore] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const { data, error, fetchMore, updateQuery } = useQuery(intakeRecordsQuery, {
    variables: { ...toVariables(filters), first: PAGE_SIZE },
  });

  useSubscription(intakeRecordChangedSubscription, {
    onData: ({ data: result }) => {
      const record = result.data?.intakeRecordChanged;
      // A changed record already listed is updated in the cache by its id; a new one goes on top.
      if (!record || !matches(record, filters)) return;
      let added = false;
      updateQuery((_, { complete, previousData }) => {
        if (!complete) return;
        const page = previousData.intakeRecords;
        if (page.items.some((item) => item.id === record.id)) return;
        added = true;
        return { ...previousData, intakeRecords: { ...page, items: [record, ...page.items] } };
      });
      if (added) setFresh((ids) => new Set(ids).add(record.id));
    },
  });

  const page = data?.intakeRecords;

  function search(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
  }

  function clear() {
    setDraft(NO_FILTERS);
    setFilters(NO_FILTERS);
  }

  async function more() {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: page.nextCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const seen = new Set(previous.intakeRecords.items.map((item) => item.id));
          return {
            ...previous,
            intakeRecords: {
              ...fetchMoreResult.intakeRecords,
              items: [
                ...previous.intakeRecords.items,
                ...fetchMoreResult.intakeRecords.items.filter((item) => !seen.has(item.id)),
              ],
            },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  async function download() {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(toVariables(filters))) {
      if (value !== undefined) params.set(key, Array.isArray(value) ? value.join(',') : value);
    }
    setDownloading(true);
    setDownloadError(null);
    try {
      const response = await session.authorizedFetch(`/exports/intake-records.csv?${params}`);
      if (!response.ok) {
        setDownloadError(t('history.downloadFailed', { status: response.status }));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = '受付履歴.csv';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch {
      setDownloadError(t('errors.network'));
    } finally {
      setDownloading(false);
    }
  }

  const columns = staff ? 8 : 7;
  const statusOptions = INTAKE_STATUSES.map((status) => ({
    value: status,
    label: intakeStatusLabel(status, i18n.language),
  }));

  return (
    <>
      <PageHeader
        title={t('history.title')}
        description={t(staff ? 'history.staffDescription' : 'history.description')}
        actions={
          <Button variant="default" onClick={() => void download()} loading={downloading}>
            {t('history.download')}
          </Button>
        }
      />
      <Stack gap="md">
        {downloadError && (
          <Alert color="red" variant="light" role="alert">
            {downloadError}
          </Alert>
        )}
        <Paper
          withBorder
          p="sm"
          component="form"
          onSubmit={search}
          aria-label={t('history.filters')}
        >
          <Group align="flex-end" gap="sm">
            {staff && (
              <Select
                label={t('history.client')}
                placeholder={t('history.allClients')}
                data={(clients ?? []).map((c) => ({
                  value: c.id,
                  label: c.name,
                }))}
                value={draft.clientCompanyId || null}
                onChange={(id) => setDraft({ ...draft, clientCompanyId: id ?? '' })}
                searchable
                clearable
                miw={220}
              />
            )}
            <TextInput
              type="date"
              label={t('history.from')}
              value={draft.from}
              onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('history.to')}
              value={draft.to}
              onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
            />
            <MultiSelect
              label={t('history.statuses')}
              placeholder={draft.statuses.length ? undefined : t('history.statusesPlaceholder')}
              data={statusOptions}
              value={draft.statuses}
              onChange={(statuses) => setDraft({ ...draft, statuses })}
              clearable
              miw={220}
              maw={420}
            />
            <TextInput
              label={t('history.callingNumber')}
              value={draft.callingNumber}
              inputMode="tel"
              onChange={(event) => setDraft({ ...draft, callingNumber: event.currentTarget.value })}
            />
            <TextInput
              label={t('history.text')}
              placeholder={t('history.textPlaceholder')}
              value={draft.text}
              onChange={(event) => setDraft({ ...draft, text: event.currentTarget.value })}
            />
            <Button type="submit">{t('history.search')}</Button>
            <Button variant="subtle" onClick={clear}>
              {t('history.clear')}
            </Button>
          </Group>
        </Paper>
        {!page ? (
          <QueryStatus error={error} />
        ) : (
          <>
            {phone ? (
              <RecordCards
                records={page.items}
                fresh={fresh}
                clientNames={staff ? clientNames : null}
              />
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table withTableBorder striped highlightOnHover aria-label={t('history.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('history.recordNo')}</Table.Th>
                      <Table.Th>{t('history.receivedAt')}</Table.Th>
                      {staff && <Table.Th>{t('history.client')}</Table.Th>}
                      <Table.Th>{t('history.channel')}</Table.Th>
                      <Table.Th>{t('history.callingNumber')}</Table.Th>
                      <Table.Th>{t('history.callerName')}</Table.Th>
                      <Table.Th>{t('history.message')}</Table.Th>
                      <Table.Th>{t('history.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.length === 0 && (
                      <EmptyRow columns={columns} text={t('history.none')} />
                    )}
                    {page.items.map((record) => {
                      const isFresh = fresh.has(record.id);
                      return (
                        <Table.Tr
                          key={record.id}
                          bg={isFresh ? 'var(--mantine-color-yellow-light)' : undefined}
                        >
                          <Table.Td>
                            <Group gap={6} wrap="nowrap">
                              <Anchor
                                component={Link}
                                to={`/history/${record.id}`}
                                aria-label={t('history.open', { recordNo: record.recordNumber })}
                              >
                                {record.recordNumber}
                              </Anchor>
                              {isFresh && (
                                <Badge size="xs" color="yellow" variant="filled">
                                  {t('history.new')}
                                </Badge>
                              )}
                            </Group>
                          </Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {tokyoMinute(record.receivedAt)}
                          </Table.Td>
                          {staff && (
                            <Table.Td>{clientNames.get(record.clientCompanyId) ?? '—'}</Table.Td>
                          )}
                          <Table.Td>{t(`intakeChannel.${record.channel}`)}</Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {record.callingNational ?? '—'}
                          </Table.Td>
                          <Table.Td>
                            <NameWithReading fields={record.fields} />
                          </Table.Td>
                          <Table.Td title={field(record, 'message')}>
                            {truncate(field(record, 'message')) || '—'}
                          </Table.Td>
                          <Table.Td>
                            <Group gap={6} wrap="nowrap">
                              <IntakeStatusBadge status={record.status} />
                              {record.urgent && (
                                <Badge color="red" variant="filled">
                                  {t('history.urgent')}
                                </Badge>
                              )}
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {page.nextCursor && (
              <Center>
                <Button variant="default" onClick={() => void more()} loading={loadingMore}>
                  {t('history.more')}
                </Button>
              </Center>
            )}
          </>
        )}
      </Stack>
      <IntakeDetailDrawer
        id={openId ?? null}
        onClose={() => void navigate('/history')}
        additions={additions}
      />
    </>
  );
}
