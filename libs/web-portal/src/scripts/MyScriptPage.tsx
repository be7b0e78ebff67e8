import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PublishedScriptView, useCurrentUser } from '@dengon/web';
import { ChangeRequestablePage } from '../change-requests/ChangeRequestablePage';

/** The client's published script as operators read it, with a way to ask for changes. */
export function MyScriptPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <ChangeRequestablePage
      title={t('script.mineTitle')}
      description={t('script.mineDescription')}
      target="SCRIPT"
    >
      <Stack maw={760}>
        <PublishedScriptView clientName={user.clientCompany?.name ?? ''} />
      </Stack>
    </ChangeRequestablePage>
  );
}
