import { Permission } from '@dengon/domain';
import { FaqList, useCan } from '@dengon/web';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import { FaqEditor } from './FaqEditor';

/** Supervisors and back office edit the FAQ; operators search it. */
export function FaqTab({ client }: { client: ClientCompanyDetailsFragment }) {
  return useCan(Permission.EditScripts) ? (
    <FaqEditor clientCompanyId={client.id} />
  ) : (
    <FaqList clientCompanyId={client.id} />
  );
}
