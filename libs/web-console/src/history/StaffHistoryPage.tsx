import { useQuery } from '@apollo/client/react';
import { HistoryPage } from '@dengon/web';
import { clientCompaniesQuery } from '../clients/documents';
import { STAFF_RECORD_ADDITIONS } from './staff-additions';

/** Every client's call history, with calling the caller back and dispatching from a record. */
export function StaffHistoryPage() {
  const { data } = useQuery(clientCompaniesQuery, { variables: {} });
  return <HistoryPage clients={data?.clientCompanies ?? []} additions={STAFF_RECORD_ADDITIONS} />;
}
