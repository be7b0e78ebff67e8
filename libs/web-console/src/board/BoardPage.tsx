import {
  Alert,
  Anchor,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link } from 'react-router';
import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clock, EmptyRow, nationalPhone, PageHeader, QueryStatus, useNow } from '@dengon/web';
import type { CallCenterBoardDetailsFragment } from '../gql/graphql';
import { OperatorStateBadge } from '../calls/OperatorStateBadge';
import { callCenterBoardChangedSubscription, callCenterBoardQuery } from './documents';
import { CallerMarkKindBadge } from '../callers/CallerMarkKindBadge';
import { ProposedCallerMarks } from '../callers/ProposedCallerMarks';
import { AssignCallButton } from './AssignCallButton';
import { SetOperatorStateButton } from './SetOperatorStateButton';

/**
 * The supervisor board: today's service level, the calls waiting (an
 * unassigned one needs a supervisor), and every signed-in operator's state.
 * Live: the API sends the whole board again whenever it changes; the clocks
 * tick here in between.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(callCenterBoardQuery);
  const live = useSubscription(callCenterBoardChangedSubscription, {
    // The board has no id: put each new one where the query reads it.
    onData: ({ client, data: result }) => {
      const board = result.data?.callCenterBoardChanged;
      if (board)
        client.cache.writeQuery({ query: callCenterBoardQuery, data: { callCenterBoard: board } });
    },
  });

  const board = data?.callCenterBoard;
  if (!board) return <QueryStatus error={error} />;
  const unassigned = board.queue.filter((queued) => queued.call.state === 'UNASSIGNED').length;

  return (
    <>
      <PageHeader title={t('board.title')} description={t('board.description')} />
      <Stack gap="md">
        <ProposedCallerMarks />
        {live.error && (
          <Alert color="yellow" variant="light" role="alert">
            {t('board.notLive')}
          </Alert>
        )}
        {unassigned > 0 && (
          <Alert color="red" variant="filled" role="alert" title={t('board.unassignedTitle')}>
            {t('board.unassigned', { count: unassigned })}
          </Alert>
        )}
        <ServiceLevel board={board} />
        <ClientServiceLevels board={board} />
        <Queue board={board} />
        <Operators board={board} />
      </Stack>
    </>
  );
}

/** A share as a percentage, or a dash before the first counted call. */
function usePercent(): (share: number | null) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  return (share) => (share == null ? '—' : format.format(share));
}

function ServiceLevel({ board }: { board: CallCenterBoardDetailsFragment }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const { serviceLevel: level } = board;
  const counts = [
    { label: t('board.answeredWithinTarget'), value: level.answeredWithinTarget },
    { label: t('board.answeredLate'), value: level.answeredLate },
    { label: t('board.abandoned'), value: level.abandoned },
    { label: t('board.waitingOverTarget'), value: level.waitingOverTarget },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="service-level">
      <Group align="flex-end" gap="xl">
        <div>
          <Title order={3} size="h5" id="service-level">
            {t('board.serviceLevel')}
          </Title>
          <Text fz={56} fw={700} lh={1.1} data-testid="service-level">
            {percent(level.share)}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="lg" component="dl" m={0}>
          {counts.map((count) => (
            <div key={count.label}>
              <Text component="dt" size="xs" c="dimmed">
                {count.label}
              </Text>
              <Text component="dd" m={0} fz="xl" fw={600}>
                {t('board.calls', { count: count.value })}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Group>
    </Paper>
  );
}

/** Each client's calls today against the target of its contract, those short of it first. */
function ClientServiceLevels({ board }: { board: CallCenterBoardDetailsFragment }) {
  const { t } = useTranslation();
  const percent = usePercent();
  if (board.clients.length === 0) return null;
  return (
    <section aria-labelledby="board-clients">
      <Title order={3} size="h5" id="board-clients" mb="xs">
        {t('board.byClient')}
      </Title>
      <Table withTableBorder aria-labelledby="board-clients">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('board.client')}</Table.Th>
            <Table.Th>{t('board.target')}</Table.Th>
            <Table.Th>{t('board.actual')}</Table.Th>
            <Table.Th>{t('board.answeredWithinTarget')}</Table.Th>
            <Table.Th>{t('board.answeredLate')}</Table.Th>
            <Table.Th>{t('board.abandoned')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {board.clients.map((client) => (
            <Table.Tr
              key={client.clientCompanyId}
              bg={client.belowTarget ? 'var(--mantine-color-red-light)' : undefined}
            >
              <Table.Td>{client.clientName}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {t('board.targetTerms', {
                  percent: client.targetPercent,
                  seconds: client.targetSeconds,
                })}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text span fw={700}>
                    {percent(client.share)}
                  </Text>
                  {client.belowTarget && (
                    <Badge color="red" variant="filled" tt="none">
                      {t('board.belowTarget')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{t('board.calls', { count: client.answeredWithinTarget })}</Table.Td>
              <Table.Td>{t('board.calls', { count: client.answeredLate })}</Table.Td>
              <Table.Td>{t('board.calls', { count: client.abandoned })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** Seconds counting on from a snapshot's value since it arrived; keyed by that value, it starts again with each snapshot. */
function CountingUp({ seconds, over }: { seconds: number; over: number }) {
  const [arrived] = useState(Date.now);
  const now = useNow();
  const value = seconds + (now - arrived) / 1000;
  return (
    <Text
      span
      ff="monospace"
      fw={value > over ? 700 : undefined}
      c={value > over ? 'red' : undefined}
    >
      {clock(value)}
    </Text>
  );
}

function Queue({ board }: { board: CallCenterBoardDetailsFragment }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="board-queue">
      <Title order={3} size="h5" id="board-queue" mb="xs">
        {t('board.queue', { count: board.queue.length })}
      </Title>
      <Table withTableBorder aria-labelledby="board-queue">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('board.waiting')}</Table.Th>
            <Table.Th>{t('board.client')}</Table.Th>
            <Table.Th>{t('board.dialed')}</Table.Th>
            <Table.Th>{t('board.calling')}</Table.Th>
            <Table.Th>{t('board.state')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {board.queue.length === 0 && <EmptyRow columns={6} text={t('board.noQueue')} />}
          {board.queue.map((queued) => {
            const { call, clientName, waitingSeconds, targetSeconds } = queued;
            const unassigned = call.state === 'UNASSIGNED';
            return (
              <Table.Tr
                key={call.id}
                bg={unassigned ? 'var(--mantine-color-red-light)' : undefined}
              >
                <Table.Td>
                  <CountingUp key={waitingSeconds} seconds={waitingSeconds} over={targetSeconds} />
                </Table.Td>
                <Table.Td>{clientName ?? t('board.unknownClient')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {call.dialedE164 ? nationalPhone(call.dialedE164) : '—'}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {call.callingE164 ? nationalPhone(call.callingE164) : t('calls.withheld')}
                  {call.callerMark && (
                    <>
                      {' '}
                      <CallerMarkKindBadge kind={call.callerMark} />
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={unassigned ? 'red' : 'blue'}
                    variant={unassigned ? 'filled' : 'light'}
                    tt="none"
                  >
                    {t(`callState.${call.state}`)}
                  </Badge>
                  <WhyWaiting queued={queued} />
                </Table.Td>
                <Table.Td>
                  {(call.state === 'QUEUED' || unassigned) && (
                    <AssignCallButton queued={queued} board={board} />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** Whom a waiting call rings for, or why it rings for nobody. */
function WhyWaiting({ queued }: { queued: CallCenterBoardDetailsFragment['queue'][number] }) {
  const { t } = useTranslation();
  const text = queued.offeredTo
    ? t('board.offeredTo', { name: queued.offeredTo })
    : queued.notOffered
      ? [
          t(`board.notOffered.${queued.notOffered}`),
          queued.trainedOnBreak > 0
            ? t('board.trainedOnBreak', { count: queued.trainedOnBreak })
            : '',
        ].join('')
      : null;
  if (!text) return null;
  return (
    <Text size="sm" c={queued.notOffered ? 'orange.8' : 'dimmed'} mt={4}>
      {text}
    </Text>
  );
}

function Operators({ board }: { board: CallCenterBoardDetailsFragment }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <section aria-labelledby="board-operators">
      <Title order={3} size="h5" id="board-operators" mb="xs">
        {t('board.operators', { count: board.operators.length })}
      </Title>
      <Table withTableBorder striped aria-labelledby="board-operators">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('board.operator')}</Table.Th>
            <Table.Th>{t('board.state')}</Table.Th>
            <Table.Th>{t('board.inState')}</Table.Th>
            <Table.Th>{t('board.reason')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {board.operators.length === 0 && <EmptyRow columns={5} text={t('board.noOperators')} />}
          {board.operators.map((operator) => (
            <Table.Tr key={operator.userId}>
              <Table.Td>{operator.name}</Table.Td>
              <Table.Td>
                <OperatorStateBadge state={operator.state} />
              </Table.Td>
              <Table.Td>
                <Text span ff="monospace">
                  {clock((now - Date.parse(operator.since)) / 1000)}
                </Text>
                {operator.state === 'AFTER_CALL_WORK' && operator.afterCallWorkUntil && (
                  <Text span size="sm" c="dimmed" ml="sm">
                    {t('board.afterCallWorkLeft', {
                      time: clock((Date.parse(operator.afterCallWorkUntil) - now) / 1000),
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {operator.reason && operator.reason !== 'CHOSEN' && (
                  <Text span size="sm">
                    {t(`operatorStateReason.${operator.reason}`)}
                  </Text>
                )}
                {operator.note && (
                  <Text span size="sm" c="dimmed" ml="xs">
                    「{operator.note}」
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {operator.state !== 'ON_CALL' && operator.state !== 'OFFLINE' && (
                  <SetOperatorStateButton operator={operator} />
                )}
                {operator.state === 'ON_CALL' &&
                  (operator.callRecordId ? (
                    <Anchor component={Link} to={`/history/${operator.callRecordId}`} size="sm">
                      {t('board.openRecord')}
                    </Anchor>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {t('board.recordNotSaved')}
                    </Text>
                  ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
