import { Permission } from '@dengon/domain';
import { PublishedScriptView, useCan, useCurrentUser } from '@dengon/web';
import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import { ScriptEditor } from './ScriptEditor';

/** Supervisors and back office edit the script; operators read what is published. */
export function ScriptTab({ client }: { client: ClientCompanyDetailsFragment }) {
  const user = useCurrentUser();
  return useCan(Permission.EditScripts) ? (
    <ScriptEditor client={client} />
  ) : (
    <PublishedScriptView
      clientCompanyId={client.id}
      clientName={client.name}
      operatorName={user.name}
    />
  );
}
