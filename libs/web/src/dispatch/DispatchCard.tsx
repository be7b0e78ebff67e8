import { Alert, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime, recipientLabel } from '../format/format';
import type { DispatchDetailsFragment, DispatchStatus } from '../gql/graphql';
import { PdfButton } from '../ui/PdfButton';
import { DispatchStatusBadge } from './DispatchStatusBadge';

/** The statuses in which the contractor's answer is still awaited. */
const REPLY_STATUSES: readonly DispatchStatus[] = ['SENDING', 'SENT', 'CALL_CONTRACTOR'];

/**
 * One dispatch of an intake: status, contractor, what went wrong, every message
 * sent, the sheet, and, while the contractor's answer is awaited, the actions
 * the console adds (sending it again, recording the reply). Client users get it
 * read-only (`detailed` off: no messages, no actions).
 */
export function DispatchCard({
  dispatch,
  detailed,
  actions,
}: {
  dispatch: DispatchDetailsFragment;
  detailed: boolean;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const waiting = REPLY_STATUSES.includes(dispatch.status);
  const headingId = `dispatch-${dispatch.id}`;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Text fw={700} id={headingId}>
              {t('dispatch.dispatchNo', { dispatchNo: dispatch.dispatchNo })}
            </Text>
            <DispatchStatusBadge status={dispatch.status} />
            {dispatch.urgent && (
              <Text size="sm" c="red" fw={700}>
                {t('history.urgent')}
              </Text>
            )}
          </Group>
          <PdfButton
            path={`/dispatches/${encodeURIComponent(dispatch.id)}/sheet.pdf`}
            label={t('dispatch.showSheet')}
          />
        </Group>
        <Text size="sm">
          {t('dispatch.contractor')}: {dispatch.contractor?.name ?? '—'} ・ {dispatch.category} ・{' '}
          {dispatch.siteAddress}
        </Text>
        <Text size="xs" c="dimmed">
          {t('dispatch.createdAt')}: {dateTime(dispatch.createdAt, i18n.language)}
        </Text>
        {dispatch.acknowledgedAt && (
          <Text size="sm">
            {t('dispatch.acknowledged', {
              at: dateTime(dispatch.acknowledgedAt, i18n.language),
              via: dispatch.acknowledgedVia ? t(`ackVia.${dispatch.acknowledgedVia}`) : '—',
            })}
          </Text>
        )}
        {dispatch.replyNote && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {t('dispatch.replyNote')}: {dispatch.replyNote}
          </Text>
        )}
        {detailed && dispatch.overrideReason && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {t('dispatch.overrideReason')}: {dispatch.overrideReason}
          </Text>
        )}
        {detailed && dispatch.alert && (
          <Alert
            color={
              dispatch.status === 'FAILED' || dispatch.status === 'DECLINED' ? 'red' : 'yellow'
            }
            variant="light"
            role="alert"
            title={t('dispatch.alertTitle')}
          >
            {dispatch.alert}
          </Alert>
        )}
        {detailed && dispatch.messages.length > 0 && (
          <Table withTableBorder fz="sm" aria-label={t('dispatch.messages')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dispatch.channel')}</Table.Th>
                <Table.Th>{t('dispatch.recipient')}</Table.Th>
                <Table.Th>{t('dispatch.messageStatus')}</Table.Th>
                <Table.Th>{t('dispatch.attempts')}</Table.Th>
                <Table.Th>{t('dispatch.lastError')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dispatch.messages.map((message) => (
                <Table.Tr key={message.id}>
                  <Table.Td>{t(`dispatchChannel.${message.channel}`)}</Table.Td>
                  <Table.Td>{recipientLabel(message.recipient)}</Table.Td>
                  <Table.Td>
                    {t(`messageStatus.${message.status}`)}
                    {message.reportedAt && ` (${dateTime(message.reportedAt, i18n.language)})`}
                  </Table.Td>
                  <Table.Td>{message.attempts}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{message.lastError ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {waiting && actions}
      </Stack>
    </Paper>
  );
}
