import { Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { publishedScriptQuery } from '../scripts/documents';

/**
 * The label of the intake field a change request names. ChangeRequest
 * carries the field's key, so this reads the published script (cached, one
 * request per company) and shows the label people know.
 */
export function FieldLabel({
  clientCompanyId,
  fieldKey,
}: {
  /** Omitted in the portal: a client user's own script. */
  clientCompanyId?: string;
  fieldKey: string;
}) {
  const { data } = useQuery(publishedScriptQuery, { variables: { clientCompanyId } });
  const field = data?.publishedScript?.fields.find((f) => f.key === fieldKey);
  return field ? <Text size="sm">{field.label}</Text> : null;
}
