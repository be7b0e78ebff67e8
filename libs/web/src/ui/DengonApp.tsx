import '@mantine/core/styles.css';
import { Center, Loader, MantineProvider } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import type ja from '../i18n/ja.json';
import '../i18n/i18n'; // initializes i18next before the first render
import type { Session } from '../session/session';
import { SessionProvider, useSession } from '../session/SessionProvider';
import { AppLayout } from '../shell/AppLayout';
import { CurrentUserProvider } from '../shell/CurrentUser';
import type { NavItem } from '../shell/navigation';
import { theme } from './theme';
import { SignInPage } from './SignInPage';

export type AppTitleKey = `apps.${keyof typeof ja.apps}`;

export interface DengonAppProps {
  session: Session;
  titleKey: AppTitleKey;
  /** Where the API serves the app, e.g. '/console'. */
  basename: string;
  navigation: readonly NavItem[];
  /** The signed-in screens: a react-router <Routes> element. */
  routes: ReactNode;
}

export function DengonApp({ session, ...app }: DengonAppProps) {
  return (
    <MantineProvider theme={theme}>
      <SessionProvider session={session}>
        {/* The router sits outside sign-in, so a deep link survives signing in. */}
        <BrowserRouter basename={app.basename}>
          <CurrentPage {...app} />
        </BrowserRouter>
      </SessionProvider>
    </MantineProvider>
  );
}

function CurrentPage({
  titleKey,
  navigation,
  routes,
}: Omit<DengonAppProps, 'session' | 'basename'>) {
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
      return (
        // Keyed by user: nothing of one user's screens survives into the next sign-in.
        <CurrentUserProvider key={state.user.id} user={state.user}>
          <AppLayout title={title} user={state.user} navigation={navigation}>
            {routes}
          </AppLayout>
        </CurrentUserProvider>
      );
  }
}
