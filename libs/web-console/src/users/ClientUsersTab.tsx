import { CompanyUsers } from '@dengon/web';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';

/** The people of a client company who use the portal. */
export function ClientUsersTab({ client }: { client: ClientCompanyDetailsFragment }) {
  return <CompanyUsers clientCompanyId={client.id} />;
}
