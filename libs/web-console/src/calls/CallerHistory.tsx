import { Anchor, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EmptyRow,
  IntakeDetailDrawer,
  IntakeStatusBadge,
  NameWithReading,
  tokyoMinute,
} from '@dengon/web';
import type { OfferDetailsFragment } from '../gql/graphql';
import { STAFF_RECORD_ADDITIONS } from '../history/staff-additions';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The caller's earlier intakes for this client, newest first; a number opens the record beside the call. */
export function CallerHistory({ records }: { records: OfferDetailsFragment['callerHistory'] }) {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <section aria-labelledby="caller-history">
      <Title order={3} size="h5" id="caller-history" mb="xs">
        {t('calls.callerHistory')}
      </Title>
      <Table withTableBorder striped aria-labelledby="caller-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.recordNo')}</Table.Th>
            <Table.Th>{t('history.receivedAt')}</Table.Th>
            <Table.Th>{t('history.callerName')}</Table.Th>
            <Table.Th>{t('history.message')}</Table.Th>
            <Table.Th>{t('history.memo')}</Table.Th>
            <Table.Th>{t('history.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.length === 0 && <EmptyRow columns={6} text={t('calls.noCallerHistory')} />}
          {records.map((record) => (
            <Table.Tr key={record.id}>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => setOpenId(record.id)}
                  aria-label={t('history.open', { recordNo: record.recordNumber })}
                >
                  {record.recordNumber}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{tokyoMinute(record.receivedAt)}</Table.Td>
              <Table.Td>
                <NameWithReading fields={record.fields} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                {text(record.fields['message']) || '—'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{record.memo || '—'}</Table.Td>
              <Table.Td>
                <IntakeStatusBadge status={record.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <IntakeDetailDrawer
        id={openId}
        onClose={() => setOpenId(null)}
        additions={STAFF_RECORD_ADDITIONS}
      />
    </section>
  );
}
