import type { ReactNode } from 'react';
import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Centre, Staff } from '#shared/contract/auth';
import { LanguageSwitcher } from './LanguageSwitcher';
import { lockNow, useChangeLanguage, useLogout } from '../auth/use-session';
import { useLocked } from '../auth/lock-state';
import { useDocumentTitle } from './use-document-title';
import { GlobalSearch } from '../search/GlobalSearch';
import { useClientEvents } from '../clients/use-clients';
import { visibleNavItems, type NavItem } from './nav-items';

const navItems: NavItem[] = [
  { path: '/home', key: 'nav.home' },
  { path: '/board', key: 'nav.board', method: 'attendance.day' },
  { path: '/sessions', key: 'nav.sessions', method: 'sessions.list' },
  { path: '/dementia', key: 'nav.dementia', method: 'dementia.groups.list' },
  { path: '/incidents', key: 'safety:nav.incidents', method: 'incidents.list' },
  { path: '/respite', key: 'safety:nav.respite', method: 'respite.month' },
  { path: '/equipment', key: 'nav.equipment', method: 'equipment.items.list' },
  { path: '/bookings', key: 'nav.bookings', method: 'bookings.week' },
  { path: '/loans', key: 'nav.loans', method: 'loans.list' },
  { path: '/clients', key: 'nav.clients', method: 'clients.list' },
  { path: '/clients/new', key: 'nav.newClient', method: 'clients.create' },
  { path: '/sheets', key: 'nav.sheets', method: 'sheets.dayList' },
  { path: '/equipment-due', key: 'equipmentMaintenance:menuTitle', method: 'equipment.maintenance.record' },
  { path: '/calendar', key: 'nav.calendar', method: 'calendar.setDay' },
  { path: '/municipal-export', key: 'billing:menuTitle', method: 'billing.reconcile' },
  { path: '/yearly-statistics', key: 'reports:menuTitle', method: 'exports.yearlyStatistics' },
  { path: '/prices', key: 'billing:pricesNav', method: 'prices.list' },
  { path: '/audit', key: 'nav.audit', method: 'audit.list' },
  { path: '/staff', key: 'nav.staff', method: 'staff.list' },
  { path: '/backups', key: 'nav.backups', method: 'backups.list' },
  { path: '/settings', key: 'nav.settings', method: 'settings.get' },
];

/** The frame around every page once logged in: header with centre, user, language, switch user and logout; navigation. */
export function AppLayout({ staff, centre, children }: { staff: Staff; centre: Centre; children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure();
  const [location] = useLocation();
  const changeLanguage = useChangeLanguage(true);
  const logout = useLogout();
  // The lock screen retitles the window; unlocking must title it again.
  useDocumentTitle(centre.name, useLocked());
  useClientEvents();

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          {/* At 1366 px with Lithuanian or Russian labels the header is full: names shrink (cut with "…",
              whole on hover), buttons never do. */}
          <Group wrap="nowrap" miw={0} style={{ flex: '0 1 auto' }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('actions.openMenu')} />
            <Title order={2} size="h4">
              {t('appName')}
            </Title>
            <Text size="sm" c="dark.5" visibleFrom="md" truncate title={centre.name} miw={0}>
              {centre.name}
            </Text>
          </Group>
          <GlobalSearch />
          <Group wrap="nowrap" gap="sm" miw={0}>
            <Text size="sm" visibleFrom="lg" data-testid="signed-in-as" truncate maw={240} miw={0}
              title={t('auth:signedInAs', { name: staff.fullName, role: t(`role.${staff.role}`) })}>
              {t('auth:signedInAs', { name: staff.fullName, role: t(`role.${staff.role}`) })}
            </Text>
            <LanguageSwitcher onChange={(language) => void changeLanguage(language)} />
            <Button size="xs" style={{ flexShrink: 0 }} onClick={() => void lockNow()}>
              {t('actions.switchUser')}
            </Button>
            <Button variant="default" size="xs" style={{ flexShrink: 0 }} onClick={() => void logout()}>
              {t('actions.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.mainMenu')}>
        {/* A manager's menu is longer than a 768 px screen is high: dense lines, and it scrolls. */}
        <AppShell.Section grow component={ScrollArea}>
          {visibleNavItems(navItems, staff.role).map((item) => (
            <NavLink
              key={item.path}
              component={Link}
              href={item.path}
              py={5}
              // Keys come from the list above, so the typed `t` cannot check them.
              label={(t as unknown as (key: string) => string)(item.key)}
              active={location === item.path}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
