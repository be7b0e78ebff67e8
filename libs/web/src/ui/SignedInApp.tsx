import { Center, Container, Loader, Paper, Text, Title } from '@mantine/core';
import { ApolloProvider } from '@apollo/client/react';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createApolloClient } from '../session/apollo-client';
import type { SessionUser } from '../session/documents';
import { useSession } from '../session/SessionProvider';
import { AppLayout } from '../shell/AppLayout';
import { CurrentUserProvider } from '../shell/CurrentUser';
import type { NavItem } from '../shell/navigation';
import { TwoFactorPanel } from '../account/TwoFactorPanel';

/** The app's frame and screens for a signed-in user, with the session's GraphQL client. */
export function SignedInApp({
  user,
  title,
  navigation,
  routes,
}: {
  user: SessionUser;
  title: string;
  navigation: readonly NavItem[];
  routes: ReactNode;
}) {
  const { t } = useTranslation();
  const { session } = useSession();
  // A role that signs in with a one-time code sets it up before anything else (the API holds it to that too).
  if (user.twoFactorRequired && !user.totpEnabledAt)
    return (
      <ApolloProvider client={session.graphqlClient(createApolloClient)}>
        <Container size={520} py="xl">
          <Title order={1} size="h3">
            {t('account.requiredTitle')}
          </Title>
          <Text mt="sm">{t('account.requiredLead')}</Text>
          <Paper withBorder p="lg" mt="lg">
            <TwoFactorPanel user={user} />
          </Paper>
        </Container>
      </ApolloProvider>
    );
  return (
    <ApolloProvider client={session.graphqlClient(createApolloClient)}>
      {/* Keyed by user: nothing of one user's screens survives into the next sign-in. */}
      <CurrentUserProvider key={user.id} user={user}>
        <AppLayout title={title} user={user} navigation={navigation}>
          {/* Screens load on first use (lazyPage); the frame stays while one does. */}
          <Suspense
            fallback={
              <Center py="xl">
                <Loader role="status" aria-label={t('common.loading')} />
              </Center>
            }
          >
            {routes}
          </Suspense>
        </AppLayout>
      </CurrentUserProvider>
    </ApolloProvider>
  );
}
