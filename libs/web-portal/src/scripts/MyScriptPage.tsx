import { SCRIPT_VARIANTS } from '@dengon/domain';
import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PublishedScriptView, useCurrentUser } from '@dengon/web';
import { ChangeRequestablePage } from '../change-requests/ChangeRequestablePage';
import type { ScriptVariant } from '../gql/graphql';

/** The client's published script as operators read it, with a way to ask for changes. */
export function MyScriptPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [variant, setVariant] = useState<ScriptVariant>('DEFAULT');
  return (
    <ChangeRequestablePage
      title={t('script.mineTitle')}
      description={t('script.mineDescription')}
      target="SCRIPT"
    >
      <Stack maw={760}>
        <SegmentedControl
          aria-label={t('scriptSchedule.variant')}
          value={variant}
          onChange={setVariant}
          data={SCRIPT_VARIANTS.map((v) => ({
            value: v,
            label: t(`scriptSchedule.variants.${v}`),
          }))}
          w="fit-content"
        />
        <PublishedScriptView clientName={user.clientCompany?.name ?? ''} variant={variant} />
      </Stack>
    </ChangeRequestablePage>
  );
}
