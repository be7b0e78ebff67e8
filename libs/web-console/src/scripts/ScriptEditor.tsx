import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { QueryStatus } from '@dengon/web';
import { scriptQuery } from './documents';
import type { ClientCompanyDetailsFragment, ScriptVariant } from '../gql/graphql';
import { ScriptEditorForm } from './ScriptEditorForm';

/**
 * Loads the draft once and hands it to the form; the form then owns it, so a
 * background refresh never overwrites what is being typed. Reloading after a
 * conflict remounts the form on the fresh draft.
 */
export function ScriptEditor({
  client,
  variant,
}: {
  client: ClientCompanyDetailsFragment;
  variant: ScriptVariant;
}) {
  const [generation, setGeneration] = useState(0);
  const { data, error, refetch } = useQuery(scriptQuery, {
    variables: { clientCompanyId: client.id, variant },
    // The form keeps the version it starts from: it must not start from a stale cache.
    fetchPolicy: 'network-only',
  });

  // Another variant's draft, still on screen while the chosen one loads, is not this one's.
  if (!data || data.script.variant !== variant) return <QueryStatus error={error} />;
  return (
    <ScriptEditorForm
      key={generation}
      client={client}
      script={data.script}
      reload={async () => {
        await refetch();
        setGeneration((g) => g + 1);
      }}
      readVersion={async () => (await refetch()).data?.script.version}
    />
  );
}
