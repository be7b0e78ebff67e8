import { Button, Group, NativeSelect } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeRequestsQuery, ChangeRequestTable, PageHeader, QueryStatus } from '@dengon/web';
import { clientCompaniesQuery } from '../clients/documents';
import type { ChangeRequestStatus } from '../gql/graphql';
import { ReviewModal, type Review } from './ReviewModal';

const STATUSES: readonly ChangeRequestStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

/** The manual assistants' inbox: what clients asked to change in their script or FAQ. */
export function ChangeRequestsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ChangeRequestStatus | ''>('PENDING');
  const [review, setReview] = useState<Review | null>(null);
  const { data, error } = useQuery(changeRequestsQuery, { variables: { status: status || null } });
  // ChangeRequest names its company by id only; the client list has the names.
  const { data: clients } = useQuery(clientCompaniesQuery, { variables: { status: null } });
  const clientNames = new Map(clients?.clientCompanies.map((c) => [c.id, c.name]));

  return (
    <>
      <PageHeader title={t('changeRequests.title')} description={t('changeRequests.description')} />
      <NativeSelect
        label={t('changeRequests.status')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as ChangeRequestStatus | '')}
        data={[
          ...STATUSES.map((s) => ({ value: s, label: t(`changeStatus.${s}`) })),
          { value: '', label: t('common.all') },
        ]}
        w={200}
        mb="md"
      />
      {!data ? (
        <QueryStatus error={error} />
      ) : (
        <ChangeRequestTable
          requests={data.changeRequests}
          clientNames={clientNames}
          actions={(request) =>
            request.status === 'PENDING' && (
              <Group gap={4} wrap="nowrap">
                <Button
                  size="compact-xs"
                  color="green"
                  onClick={() => setReview({ request, approve: true })}
                >
                  {t('changeRequests.approve')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="light"
                  color="red"
                  onClick={() => setReview({ request, approve: false })}
                >
                  {t('changeRequests.reject')}
                </Button>
              </Group>
            )
          }
        />
      )}
      <ReviewModal review={review} onClose={() => setReview(null)} />
    </>
  );
}
