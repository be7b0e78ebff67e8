import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import { useHasRole } from '../shell/CurrentUser';
import { SCRIPT_EDITORS } from '../shell/navigation';
import { FaqEditor } from './FaqEditor';
import { FaqList } from './FaqList';

/** Supervisors and back office edit the FAQ; operators search it. */
export function FaqTab({ client }: { client: ClientCompanyDetailsFragment }) {
  return useHasRole(SCRIPT_EDITORS) ? (
    <FaqEditor clientCompanyId={client.id} />
  ) : (
    <FaqList clientCompanyId={client.id} />
  );
}
