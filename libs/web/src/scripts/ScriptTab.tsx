import type { ClientCompanyDetailsFragment } from '../gql/graphql';
import { useCurrentUser, useHasRole } from '../shell/CurrentUser';
import { SCRIPT_EDITORS } from '../shell/navigation';
import { PublishedScriptView } from './PublishedScriptView';
import { ScriptEditor } from './ScriptEditor';

/** Supervisors and back office edit the script; operators read what is published. */
export function ScriptTab({ client }: { client: ClientCompanyDetailsFragment }) {
  const user = useCurrentUser();
  return useHasRole(SCRIPT_EDITORS) ? (
    <ScriptEditor client={client} />
  ) : (
    <PublishedScriptView
      clientCompanyId={client.id}
      clientName={client.name}
      operatorName={user.name}
    />
  );
}
