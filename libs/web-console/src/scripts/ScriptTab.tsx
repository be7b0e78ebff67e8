import { Permission, SCRIPT_VARIANTS } from '@dengon/domain';
import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PublishedScriptView, useCan, useCurrentUser } from '@dengon/web';
import type { ClientCompanyDetailsFragment, ScriptVariant } from '../gql/graphql';
import { ScriptEditor } from './ScriptEditor';
import { ScriptScheduleSettings } from './ScriptScheduleSettings';

/**
 * Supervisors and back office edit the client's scripts (the usual one and
 * those for nights, days off and 年末年始) and see when each applies;
 * operators read what is published.
 */
export function ScriptTab({ client }: { client: ClientCompanyDetailsFragment }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [variant, setVariant] = useState<ScriptVariant>('DEFAULT');
  if (!useCan(Permission.EditScripts))
    return (
      <PublishedScriptView
        clientCompanyId={client.id}
        clientName={client.name}
        operatorName={user.name}
      />
    );
  return (
    <Stack>
      <SegmentedControl
        aria-label={t('scriptSchedule.variant')}
        value={variant}
        onChange={(value) => setVariant(value)}
        data={SCRIPT_VARIANTS.map((v) => ({ value: v, label: t(`scriptSchedule.variants.${v}`) }))}
        w="fit-content"
      />
      <ScriptEditor key={variant} client={client} variant={variant} />
      <ScriptScheduleSettings key={client.version} client={client} />
    </Stack>
  );
}
