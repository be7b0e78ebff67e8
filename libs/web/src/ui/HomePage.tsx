import { AppShell, Badge, Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../session/documents';
import { useSession } from '../session/SessionProvider';
import { LanguageSwitch } from './LanguageSwitch';

/** The signed-in shell; each app's features will hang off this. */
export function HomePage({ title, user }: { title: string; user: SessionUser }) {
  const { t } = useTranslation();
  const { session } = useSession();

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Title order={1} size="h4">
            {title}
          </Title>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Text fw={600} data-testid="user-name">
              {user.name}
            </Text>
            <Badge variant="light" tt="none" data-testid="user-role">
              {t(`roles.${user.role}`)}
            </Badge>
            <Button variant="default" size="xs" onClick={() => void session.signOut()}>
              {t('home.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        {user.clientCompany && <Text>{t('home.company', { name: user.clientCompany.name })}</Text>}
      </AppShell.Main>
    </AppShell>
  );
}
