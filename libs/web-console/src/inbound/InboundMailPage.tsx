import { Badge, Button, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dateTime,
  EmptyRow,
  PageHeader,
  PdfButton,
  QueryStatus,
  SenderTrustBadge,
} from '@dengon/web';
import { inboundMailsQuery } from './documents';
import type { InboundMailStatus } from '../gql/graphql';

const PAGE = 50;
const STATUSES: readonly InboundMailStatus[] = ['OFFERED', 'HELD', 'REFUSED'];
const STATUS_COLORS: Record<InboundMailStatus, string> = {
  OFFERED: 'teal',
  HELD: 'orange',
  REFUSED: 'red',
};

/** 受信メール: every mail and fax-to-mail that came in, offered, held or refused, and why. */
export function InboundMailPage() {
  const { t, i18n } = useTranslation();
  const [first, setFirst] = useState(PAGE);
  const [status, setStatus] = useState<InboundMailStatus | 'ALL'>('ALL');
  const { data, error, previousData, loading } = useQuery(inboundMailsQuery, {
    variables: { first, status: status === 'ALL' ? null : status },
  });
  const mails = (data ?? previousData)?.inboundMails;
  if (!mails) return <QueryStatus error={error} />;

  return (
    <>
      <PageHeader title={t('inboundMail.title')} description={t('inboundMail.description')} />
      <SegmentedControl
        mb="md"
        aria-label={t('inboundMail.status')}
        value={status}
        onChange={(value) => setStatus(value)}
        data={[
          { value: 'ALL', label: t('common.all') },
          ...STATUSES.map((s) => ({ value: s, label: t(`inboundMailStatus.${s}`) })),
        ]}
      />
      <Table withTableBorder striped aria-label={t('inboundMail.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('inboundMail.receivedAt')}</Table.Th>
            <Table.Th>{t('inboundMail.client')}</Table.Th>
            <Table.Th>{t('inboundMail.address')}</Table.Th>
            <Table.Th>{t('inboundMail.from')}</Table.Th>
            <Table.Th>{t('inboundMail.subject')}</Table.Th>
            <Table.Th>{t('inboundMail.status')}</Table.Th>
            <Table.Th>{t('inboundMail.attachments')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mails.length === 0 && <EmptyRow columns={7} text={t('inboundMail.empty')} />}
          {mails.map((mail) => (
            <Table.Tr key={mail.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {dateTime(mail.receivedAt, i18n.language)}
              </Table.Td>
              <Table.Td>{mail.clientCompany?.name ?? '—'}</Table.Td>
              <Table.Td>
                {mail.address}
                <Text size="xs" c="dimmed">
                  {t(`inboundAddressKind.${mail.kind}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                {mail.fromText || mail.mailFrom || '—'}
                <div>
                  <SenderTrustBadge mail={mail} />
                </div>
              </Table.Td>
              <Table.Td>{mail.subject || '—'}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[mail.status]} tt="none">
                  {t(`inboundMailStatus.${mail.status}`)}
                </Badge>
                {mail.reason && (
                  <Text size="xs" c="dimmed">
                    {t(`inboundMailReason.${mail.reason}`)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {mail.attachments.map((attachment, i) => (
                    <PdfButton
                      key={i}
                      path={`/inbound-mails/${encodeURIComponent(mail.id)}/attachments/${i}`}
                      label={attachment.fileName}
                    />
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {mails.length >= first && (
        <Group justify="center" mt="md">
          <Button variant="default" loading={loading} onClick={() => setFirst(first + PAGE)}>
            {t('inboundMail.loadMore')}
          </Button>
        </Group>
      )}
    </>
  );
}
