import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  clock,
  dispatchChangedSubscription,
  dispatchesQuery,
  DispatchStatusBadge,
  EmptyRow,
  PageHeader,
  QueryStatus,
  tokyoMinute,
  useNow,
} from '@dengon/web';
import { clientCompaniesQuery } from '../clients/documents';
import type { DispatchDetailsFragment, DispatchStatus } from '../gql/graphql';

/** Not yet acknowledged: what operators still have to see through. */
const OPEN_STATUSES: DispatchStatus[] = [
  'SENDING',
  'SENT',
  'CALL_CONTRACTOR',
  'FAILED',
  'DECLINED',
];
/** Sent and not acknowledged after this long: someone should call. */
const OVERDUE_MS = 30 * 60 * 1000;

function rowColor(dispatch: DispatchDetailsFragment, overdue: boolean): string | undefined {
  if (dispatch.status === 'FAILED' || dispatch.status === 'DECLINED')
    return 'var(--mantine-color-red-light)';
  return overdue ? 'var(--mantine-color-yellow-light)' : undefined;
}

/** 手配状況: every dispatch not yet acknowledged, live, with how long it has waited. */
export function DispatchBoardPage() {
  const { t } = useTranslation();
  const now = useNow();
  const { data, error, updateQuery } = useQuery(dispatchesQuery, {
    variables: { statuses: OPEN_STATUSES },
  });
  const { data: clients } = useQuery(clientCompaniesQuery, { variables: {} });
  const clientNames = new Map(clients?.clientCompanies.map((c) => [c.id, c.name]));

  // A changed dispatch updates itself in the cache; a new open one goes on top, an acknowledged one leaves.
  useSubscription(dispatchChangedSubscription, {
    variables: {},
    onData: ({ data: result }) => {
      const changed = result.data?.dispatchChanged;
      if (!changed) return;
      const open = OPEN_STATUSES.includes(changed.status);
      updateQuery((_, { complete, previousData }) => {
        if (!complete) return;
        const listed = previousData.dispatches.some((item) => item.id === changed.id);
        if (open && !listed) return { dispatches: [changed, ...previousData.dispatches] };
        if (!open && listed)
          return { dispatches: previousData.dispatches.filter((item) => item.id !== changed.id) };
        return undefined;
      });
    },
  });

  if (!data) return <QueryStatus error={error} />;
  const open = data.dispatches.filter((dispatch) => OPEN_STATUSES.includes(dispatch.status));

  return (
    <>
      <PageHeader title={t('dispatchBoard.title')} description={t('dispatchBoard.description')} />
      <Table withTableBorder aria-label={t('dispatchBoard.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dispatchBoard.age')}</Table.Th>
            <Table.Th>{t('dispatchBoard.status')}</Table.Th>
            <Table.Th>{t('dispatchBoard.client')}</Table.Th>
            <Table.Th>{t('dispatch.contractor')}</Table.Th>
            <Table.Th>{t('dispatch.category')}</Table.Th>
            <Table.Th>{t('dispatch.siteAddress')}</Table.Th>
            <Table.Th>{t('dispatchBoard.intake')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {open.length === 0 && <EmptyRow columns={7} text={t('dispatchBoard.empty')} />}
          {open.map((dispatch) => {
            const age = Math.max(0, now - new Date(dispatch.createdAt).getTime());
            const overdue = dispatch.status === 'SENT' && age > OVERDUE_MS;
            return (
              <Table.Tr key={dispatch.id} bg={rowColor(dispatch, overdue)}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text
                    size="sm"
                    fw={overdue ? 700 : undefined}
                    c={overdue ? 'orange.9' : undefined}
                  >
                    {clock(Math.floor(age / 1000))}
                  </Text>
                  {overdue && (
                    <Text size="xs" c="orange.9">
                      {t('dispatchBoard.overdue')}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {tokyoMinute(dispatch.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <DispatchStatusBadge status={dispatch.status} />
                    {dispatch.urgent && (
                      <Text size="xs" c="red" fw={700}>
                        {t('history.urgent')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>{clientNames.get(dispatch.clientCompanyId) ?? '—'}</Table.Td>
                <Table.Td>
                  {dispatch.contractor?.name ?? '—'}
                  {dispatch.alert && (
                    <Alert
                      color={
                        dispatch.status === 'FAILED' || dispatch.status === 'DECLINED'
                          ? 'red'
                          : 'yellow'
                      }
                      variant="light"
                      p={6}
                      mt={4}
                    >
                      <Text size="xs">{dispatch.alert}</Text>
                    </Alert>
                  )}
                </Table.Td>
                <Table.Td>{dispatch.category}</Table.Td>
                <Table.Td>{dispatch.siteAddress}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/history/${dispatch.intakeId}`} size="sm">
                    {t('dispatch.dispatchNo', { dispatchNo: dispatch.dispatchNo })}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
