import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import { useHasRole } from '../shell/CurrentUser';
import { SCRIPT_EDITORS } from '../shell/navigation';
import { Contractors } from './Contractors';

/** Supervisors and back office keep the client's contractors; operators read them. */
export function ContractorsTab({ client }: { client: ClientCompanyDetailsFragment }) {
  return <Contractors clientCompanyId={client.id} editable={useHasRole(SCRIPT_EDITORS)} />;
}
