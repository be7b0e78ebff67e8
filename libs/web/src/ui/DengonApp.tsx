import '@mantine/core/styles.css';
import { Center, Loader, MantineProvider } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type ja from '../i18n/ja.json';
import '../i18n/i18n'; // initializes i18next before the first render
import type { Session } from '../session/session';
import { SessionProvider, useSession } from '../session/SessionProvider';
import { theme } from './theme';
import { HomePage } from './HomePage';
import { SignInPage } from './SignInPage';

export type AppTitleKey = `apps.${keyof typeof ja.apps}`;

export function DengonApp({ session, titleKey }: { session: Session; titleKey: AppTitleKey }) {
  return (
    <MantineProvider theme={theme}>
      <SessionProvider session={session}>
        <CurrentPage titleKey={titleKey} />
      </SessionProvider>
    </MantineProvider>
  );
}

function CurrentPage({ titleKey }: { titleKey: AppTitleKey }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const title = t(titleKey);
  useDocumentTitle(title);

  switch (state.status) {
    case 'restoring':
      return (
        <Center h="100vh">
          <Loader role="status" aria-label={t('session.restoring')} />
        </Center>
      );
    case 'signedOut':
      return <SignInPage title={title} notice={state.notice} />;
    case 'signedIn':
      return <HomePage title={title} user={state.user} />;
  }
}
