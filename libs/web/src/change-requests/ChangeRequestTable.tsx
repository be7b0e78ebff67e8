import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dateTime } from '../format/format';
import type { ChangeRequestDetailsFragment } from '../gql/graphql';
import { EmptyRow } from '../ui/EmptyRow';
import { ChangeRequestStatusBadge } from './ChangeRequestStatusBadge';
import { FaqQuestion } from './FaqQuestion';
import { FieldLabel } from './FieldLabel';

/** The client screen tab where staff change what a request names. */
const TABS = { SCRIPT: 'script', FAQ: 'faq', CONTACT: 'profile' } as const;

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
          const tab = TABS[request.target];
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
                <ChangeSubjectName request={request} staff={staff} />
              </Table.Td>
              <Table.Td>
                <ChangeRequestContent request={request} />
              </Table.Td>
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

/** What a request changes: where, which part, and which field, FAQ item or contact. */
export function ChangeSubjectName({
  request,
  staff,
}: {
  request: ChangeRequestDetailsFragment;
  staff: boolean;
}) {
  const { t } = useTranslation();
  const clientCompanyId = staff ? request.clientCompanyId : undefined;
  return (
    <Stack gap={0}>
      <Text size="sm">
        {request.subject
          ? t(`changeSubject.${request.subject}`)
          : t(`changeTarget.${request.target}`)}
      </Text>
      {request.faqItemId && (
        <FaqQuestion clientCompanyId={clientCompanyId} faqItemId={request.faqItemId} />
      )}
      {request.subject === 'FIELD_HELP' && request.subjectKey && (
        <FieldLabel clientCompanyId={clientCompanyId} fieldKey={request.subjectKey} />
      )}
      {request.target === 'CONTACT' && <Text size="sm">{request.subjectKey}</Text>}
    </Stack>
  );
}

/** The proposal (and what was applied, where the supervisor edited it), or the free-form message. */
function ChangeRequestContent({ request }: { request: ChangeRequestDetailsFragment }) {
  const { t } = useTranslation();
  const text = (label: string, value: string) => (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      <Text span size="xs" c="dimmed" fw={700}>
        {label}：
      </Text>
      {value || t('changeRequests.emptyText')}
    </Text>
  );
  if (request.proposedText === null || request.proposedText === undefined)
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {request.message}
      </Text>
    );
  return (
    <Stack gap={4}>
      {text(t('changeRequests.proposal'), request.proposedText)}
      {request.appliedText != null &&
        request.appliedText !== request.proposedText &&
        text(t('changeRequests.applied'), request.appliedText)}
      {request.message && text(t('changeRequests.reason'), request.message)}
    </Stack>
  );
}
