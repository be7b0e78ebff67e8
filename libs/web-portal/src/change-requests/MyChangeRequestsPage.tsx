import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { changeRequestsQuery, ChangeRequestTable, PageHeader, QueryStatus } from '@dengon/web';

/** The client's own change requests and the answers to them. */
export function MyChangeRequestsPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(changeRequestsQuery, { variables: {} });
  return (
    <>
      <PageHeader
        title={t('changeRequests.mineTitle')}
        description={t('changeRequests.mineDescription')}
      />
      {!data ? (
        <QueryStatus error={error} />
      ) : (
        <ChangeRequestTable requests={data.changeRequests} />
      )}
    </>
  );
}
