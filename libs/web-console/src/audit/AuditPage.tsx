import { useQuery } from '@apollo/client/react';
import { AuditLogPage } from '@dengon/web';
import { clientCompaniesQuery } from '../clients/documents';

/** Every client's and the service's own audit entries, filterable by client. */
export function AuditPage() {
  const { data } = useQuery(clientCompaniesQuery, { variables: {} });
  return <AuditLogPage clients={data?.clientCompanies ?? []} />;
}
