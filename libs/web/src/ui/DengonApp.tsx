import '@mantine/core/styles.css';
import { Center, Loader, MantineProvider } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, useLocation } from 'react-router';
import type ja from '../i18n/ja.json';
import '../i18n/i18n'; // initializes i18next before the first render
import type { Session } from '../session/session';
import { SessionProvider, useSession } from '../session/SessionProvider';
import { lazyPage } from '../shell/lazy-page';
import type { NavItem } from '../shell/navigation';
import { theme } from './theme';
import { SignInPage } from './SignInPage';
import { ResetPasswordPage } from './ResetPasswordPage';

const SignedInApp = lazyPage(() => import('./SignedInApp'), 'SignedInApp');

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
  const { pathname } = useLocation();
  const title = t(titleKey);
  useDocumentTitle(title);
  // The e-mailed reset link opens here, signed in or not.
  if (pathname === '/reset-password') return <ResetPasswordPage title={title} />;

  const restoring = (
    <Center h="100vh">
      <Loader role="status" aria-label={t('session.restoring')} />
    </Center>
  );
  switch (state.status) {
    case 'restoring':
      return restoring;
    case 'signedOut':
      return <SignInPage title={title} notice={state.notice} />;
    case 'signedIn':
      // The signed-in screens and their GraphQL client load after the sign-in screen.
      return (
        <Suspense fallback={restoring}>
          <SignedInApp user={state.user} title={title} navigation={navigation} routes={routes} />
        </Suspense>
      );
  }
}
