import { Permission } from '@dengon/domain';
import { Contractors, useCan } from '@dengon/web';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';

/** Supervisors and back office keep the client's contractors; operators read them. */
export function ContractorsTab({ client }: { client: ClientCompanyDetailsFragment }) {
  return (
    <Contractors clientCompanyId={client.id} editable={useCan(Permission.ManageContractors)} />
  );
}
