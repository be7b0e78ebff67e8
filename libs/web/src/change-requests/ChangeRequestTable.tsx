import { Anchor, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dateTime } from '../format/format';
import type { ChangeRequestDetailsFragment } from '../gql/graphql';
import { EmptyRow } from '../ui/EmptyRow';
import { ChangeRequestStatusBadge } from './ChangeRequestStatusBadge';
import { FaqQuestion } from './FaqQuestion';

/**
 * Change requests with what they ask and how they were answered. Staff see
 * the client column (linked to its script or FAQ) and review actions.
 */
export function ChangeRequestTable({
  requests,
  clientNames,
  actions,
}: {
  requests: readonly ChangeRequestDetailsFragment[];
  /** Staff only: company id → name. */
  clientNames?: ReadonlyMap<string, string>;
  actions?: (request: ChangeRequestDetailsFragment) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const staff = clientNames !== undefined;
  const columns = 6 + (staff ? 1 : 0) + (actions ? 1 : 0);
  return (
    <Table withTableBorder striped aria-label={t('changeRequests.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('changeRequests.createdAt')}</Table.Th>
          {staff && <Table.Th>{t('changeRequests.client')}</Table.Th>}
          <Table.Th>{t('changeRequests.target')}</Table.Th>
          <Table.Th>{t('changeRequests.message')}</Table.Th>
          <Table.Th>{t('changeRequests.status')}</Table.Th>
          <Table.Th>{t('changeRequests.reviewComment')}</Table.Th>
          <Table.Th>{t('changeRequests.reviewedAt')}</Table.Th>
          {actions && <Table.Th>{t('common.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {requests.length === 0 && <EmptyRow columns={columns} text={t('changeRequests.none')} />}
        {requests.map((request) => {
          const tab = request.target === 'FAQ' ? 'faq' : 'script';
          return (
            <Table.Tr key={request.id}>
              <Table.Td>{dateTime(request.createdAt, i18n.language)}</Table.Td>
              {staff && (
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${request.clientCompanyId}/${tab}`}>
                    {clientNames.get(request.clientCompanyId) ?? t('changeRequests.unknownClient')}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{t(`changeTarget.${request.target}`)}</Text>
                {request.faqItemId && (
                  <FaqQuestion
                    clientCompanyId={staff ? request.clientCompanyId : undefined}
                    faqItemId={request.faqItemId}
                  />
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{request.message}</Table.Td>
              <Table.Td>
                <ChangeRequestStatusBadge status={request.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{request.reviewComment ?? '—'}</Table.Td>
              <Table.Td>
                {request.reviewedAt ? dateTime(request.reviewedAt, i18n.language) : '—'}
              </Table.Td>
              {actions && <Table.Td>{actions(request)}</Table.Td>}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
