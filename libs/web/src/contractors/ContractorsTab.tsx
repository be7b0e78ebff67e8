import { Permission } from '@dengon/domain';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import { useCan } from '../shell/CurrentUser';
import { Contractors } from './Contractors';

/** Supervisors and back office keep the client's contractors; operators read them. */
export function ContractorsTab({ client }: { client: ClientCompanyDetailsFragment }) {
  return (
    <Contractors clientCompanyId={client.id} editable={useCan(Permission.ManageContractors)} />
  );
}
