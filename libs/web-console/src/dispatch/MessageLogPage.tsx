import { Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime, EmptyRow, PageHeader, QueryStatus, recipientLabel } from '@dengon/web';
import { outboundMessagesQuery, unmatchedDeliveryReportsQuery } from './documents';
import type { MessageStatus } from '../gql/graphql';

const PAGE = 50;

const STATUS_COLORS: Record<MessageStatus, string> = {
  QUEUED: 'gray',
  SENDING: 'blue',
  SENT: 'teal',
  DELIVERED: 'green',
  FAILED: 'red',
  BOUNCED: 'red',
};

/** 送信ログ: every fax and e-mail the platform sent or tried, newest first. */
export function MessageLogPage() {
  const { t, i18n } = useTranslation();
  const [first, setFirst] = useState(PAGE);
  const { data, error, previousData, loading } = useQuery(outboundMessagesQuery, {
    variables: { first },
  });
  const messages = (data ?? previousData)?.outboundMessages;
  if (!messages) return <QueryStatus error={error} />;

  return (
    <>
      <PageHeader title={t('messageLog.title')} description={t('messageLog.description')} />
      <Table withTableBorder striped aria-label={t('messageLog.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('messageLog.createdAt')}</Table.Th>
            <Table.Th>{t('messageLog.purpose')}</Table.Th>
            <Table.Th>{t('dispatch.channel')}</Table.Th>
            <Table.Th>{t('dispatch.recipient')}</Table.Th>
            <Table.Th>{t('messageLog.subject')}</Table.Th>
            <Table.Th>{t('dispatch.messageStatus')}</Table.Th>
            <Table.Th>{t('dispatch.attempts')}</Table.Th>
            <Table.Th>{t('dispatch.lastError')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.length === 0 && <EmptyRow columns={8} text={t('messageLog.empty')} />}
          {messages.map((message) => (
            <Table.Tr key={message.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {dateTime(message.createdAt, i18n.language)}
              </Table.Td>
              <Table.Td>{t(`messagePurpose.${message.purpose}`)}</Table.Td>
              <Table.Td>{t(`dispatchChannel.${message.channel}`)}</Table.Td>
              <Table.Td>{recipientLabel(message.recipient)}</Table.Td>
              <Table.Td>{message.subject}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[message.status]} tt="none">
                  {t(`messageStatus.${message.status}`)}
                </Badge>
                {[message.sentAt, message.reportedAt].map(
                  (at, i) =>
                    at && (
                      <div key={i} style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
                        {i === 1 && `${t('messageLog.reportedAt')} `}
                        {dateTime(at, i18n.language)}
                      </div>
                    ),
                )}
              </Table.Td>
              <Table.Td>{message.attempts}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{message.lastError ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {messages.length >= first && (
        <Group justify="center" mt="md">
          <Button variant="default" loading={loading} onClick={() => setFirst(first + PAGE)}>
            {t('messageLog.loadMore')}
          </Button>
        </Group>
      )}
      <UnmatchedReports />
    </>
  );
}

/** Bounces and fax results that named no message of ours: a person reads them. */
function UnmatchedReports() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(unmatchedDeliveryReportsQuery);
  const reports = data?.deliveryReports;
  if (!reports?.length) return null;
  return (
    <section aria-labelledby="unmatched-reports">
      <Title order={3} size="h4" mt="xl" id="unmatched-reports">
        {t('messageLog.unmatchedTitle')}
      </Title>
      <Text c="dimmed" size="sm" mb="xs">
        {t('messageLog.unmatchedDescription')}
      </Text>
      <Table withTableBorder aria-labelledby="unmatched-reports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('messageLog.receivedAt')}</Table.Th>
            <Table.Th>{t('messageLog.source')}</Table.Th>
            <Table.Th>{t('messageLog.subject')}</Table.Th>
            <Table.Th>{t('messageLog.detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((report) => (
            <Table.Tr key={report.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {dateTime(report.receivedAt, i18n.language)}
              </Table.Td>
              <Table.Td>{t(`deliveryReportSource.${report.source}`)}</Table.Td>
              <Table.Td>{report.subject ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{report.detail ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
