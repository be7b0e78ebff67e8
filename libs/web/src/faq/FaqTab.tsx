import { Permission } from '@dengon/domain';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import { useCan } from '../shell/CurrentUser';
import { FaqEditor } from './FaqEditor';
import { FaqList } from './FaqList';

/** Supervisors and back office edit the FAQ; operators search it. */
export function FaqTab({ client }: { client: ClientCompanyDetailsFragment }) {
  return useCan(Permission.EditScripts) ? (
    <FaqEditor clientCompanyId={client.id} />
  ) : (
    <FaqList clientCompanyId={client.id} />
  );
}
