import {
  AppShell,
  Badge,
  Box,
  Burger,
  Button,
  Group,
  Modal,
  NavLink,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import type { SessionUser } from '../session/documents';
import { useSession } from '../session/SessionProvider';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import type { NavItem } from './navigation';
import { TwoFactorPanel } from '../account/TwoFactorPanel';

/** The signed-in frame: header with who is signed in, navbar with the areas of their role. */
export function AppLayout({
  title,
  user,
  navigation,
  children,
}: {
  title: string;
  user: SessionUser;
  navigation: readonly NavItem[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const [account, accountModal] = useDisclosure();
  const items = navigation.filter(
    (item) => !item.permission || user.permissions.includes(item.permission),
  );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          {/* The app's name gives way on a narrow screen; who is signed in and sign-out never do. */}
          <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.menu')}
            />
            {/* The app's name; each screen's own title is its h1 (PageHeader). */}
            <Text fw={700} fz={{ base: 'md', sm: 'h4' }} component="span" truncate>
              {title}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            {/* On a phone the language is chosen in the menu: the header keeps who and sign-out. */}
            <Box visibleFrom="sm">
              <LanguageSwitch />
            </Box>
            <UnstyledButton
              fw={600}
              data-testid="user-name"
              onClick={accountModal.open}
              title={t('account.menu')}
              style={{ whiteSpace: 'nowrap' }}
            >
              {user.name}
            </UnstyledButton>
            <Badge variant="light" tt="none" data-testid="user-role" visibleFrom="sm">
              {t(`roles.${user.role}`)}
            </Badge>
            <Button variant="default" size="xs" onClick={() => void session.signOut()}>
              {t('home.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <Modal opened={account} onClose={accountModal.close} title={t('account.title')}>
        <TwoFactorPanel user={user} />
      </Modal>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        <Box hiddenFrom="sm" px="sm" py="xs">
          <LanguageSwitch />
        </Box>
        {user.clientCompany && (
          <Text size="sm" c="dimmed" px="sm" py="xs">
            {t('home.company', { name: user.clientCompany.name })}
          </Text>
        )}
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={t(item.labelKey)}
            onClick={close}
            // A finger's width (44 px) on a phone, as for every tap target.
            mih={44}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
