import type { ReactNode } from 'react';
import { AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Centre, Staff } from '#shared/contract/auth';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useChangeLanguage, useLogout } from '../auth/use-session';
import { useDocumentTitle } from './use-document-title';

// The day board opens first: it is what reception keeps on screen all day.
const navItems = [
  { path: '/', key: 'nav.board' },
  { path: '/sessions', key: 'nav.sessions' },
  { path: '/home', key: 'nav.home' },
] as const;

/** The frame around every page once logged in: header with centre, user, language and logout; navigation. */
export function AppLayout({ staff, centre, children }: { staff: Staff; centre: Centre; children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure();
  const [location] = useLocation();
  const changeLanguage = useChangeLanguage(true);
  const logout = useLogout();
  useDocumentTitle(centre.name);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('actions.openMenu')} />
            <Title order={2} size="h4">
              {t('appName')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md" truncate>
              {centre.name}
            </Text>
          </Group>
          <Group wrap="nowrap">
            <Text size="sm" visibleFrom="sm" data-testid="signed-in-as">
              {t('auth:signedInAs', { name: staff.fullName, role: t(`role.${staff.role}`) })}
            </Text>
            <LanguageSwitcher onChange={(language) => void changeLanguage(language)} />
            <Button variant="default" size="xs" onClick={() => void logout()}>
              {t('actions.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.mainMenu')}>
        {navItems.filter((item) => item.key !== 'nav.board' || staff.role !== 'carer').map((item) => (
          <NavLink key={item.path} component={Link} href={item.path} label={t(item.key)} active={location === item.path} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
