import { useMutation } from '@apollo/client/react';
import { AppShell, Badge, Burger, Button, Group, Menu, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { AppLayoutLogoutDocument } from '../../gql/graphql';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { signOut } from '../../kernel/session/session';
import { LanguageSwitch } from '../../kernel/ui/LanguageSwitch';
import { useExplorerEnabled } from '../../kernel/serverInfo/useServerInfo';
import { ChangePasswordDialog } from '../../features/auth';
import { NotificationBell } from '../../features/notifications';

interface NavItem {
  to: string;
  label: string;
  testId: string;
}

interface NavGroup {
  label: string;
  items: NavItem[];
}

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const explorerEnabled = useExplorerEnabled();
  const { pathname } = useLocation();
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure();
  const [passwordOpened, { open: openPassword, close: closePassword }] = useDisclosure();
  const [logout, { loading: loggingOut }] = useMutation(AppLayoutLogoutDocument);

  // grouped so that a long menu stays readable; the navbar scrolls when it is taller than the window
  const groups: NavGroup[] = [
    {
      label: t('nav.groups.sales'),
      items: [
        ...(user.can.editLeads ? [{ to: '/start', label: t('nav.start'), testId: 'nav-start' }] : []),
        { to: '/leads', label: t('leads.nav.leads'), testId: 'nav-leads' },
        { to: '/leads/pipeline', label: t('leads.nav.pipeline'), testId: 'nav-pipeline' },
        ...(user.can.editLeadLists
          ? [{ to: '/leads/settings', label: t('leads.nav.settings'), testId: 'nav-lead-settings' }]
          : []),
        { to: '/tariffs', label: t('nav.tariffs'), testId: 'nav-tariffs' },
      ],
    },
    {
      label: t('nav.groups.work'),
      items: [
        { to: '/projects', label: t('projects.nav.projects'), testId: 'nav-projects' },
        { to: '/my-tasks', label: t('projects.nav.myTasks'), testId: 'nav-my-tasks' },
        { to: '/my-obligations', label: t('clients.nav.myObligations'), testId: 'nav-my-obligations' },
        { to: '/my-follow-ups', label: t('correspondence.myFollowUps.nav'), testId: 'nav-my-follow-ups' },
      ],
    },
    {
      label: t('nav.groups.clients'),
      items: [
        { to: '/clients', label: t('clients.nav.clients'), testId: 'nav-clients' },
        ...(user.can.viewObligationControl ? [{ to: '/control', label: t('clients.control.nav'), testId: 'nav-control' }] : []),
        { to: '/contracts', label: t('contracts.nav'), testId: 'nav-contracts' },
        { to: '/search', label: t('correspondence.searchPage.nav'), testId: 'nav-search' },
        ...(user.role !== 'ACCOUNTANT' ? [{ to: '/mail', label: t('mail.nav.triage'), testId: 'nav-mail-triage' }] : []),
      ],
    },
    {
      label: t('nav.groups.firm'),
      items: [
        { to: '/team', label: t('nav.team'), testId: 'nav-team' },
        ...(user.can.editFirmSettings ? [{ to: '/settings/firm', label: t('firm.requisites.nav'), testId: 'nav-firm-requisites' }] : []),
        ...(user.can.editFirmSettings ? [{ to: '/settings/document-templates', label: t('contracts.templates.nav'), testId: 'nav-document-templates' }] : []),
        ...(user.can.editFirmSettings ? [{ to: '/settings/mail', label: t('mail.nav.settings'), testId: 'nav-mail-settings' }] : []),
        ...(user.can.editFirmSettings ? [{ to: '/settings/calendars', label: t('clients.calendars.nav'), testId: 'nav-production-calendars' }] : []),
        ...(user.can.viewAudit ? [{ to: '/audit', label: t('nav.audit'), testId: 'nav-audit' }] : []),
        ...(explorerEnabled ? [{ to: '/explorer', label: t('nav.explorer'), testId: 'nav-explorer' }] : []),
      ],
    },
  ];
  const items = groups.flatMap((group) => group.items);

  // nested sections (/leads and /leads/pipeline): the longest matching item is the active one
  const activeItem = items
    .filter((item) => pathname === item.to || pathname.startsWith(`${item.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0];

  const handleLogout = async () => {
    // the session ends locally even if the server could not be told
    await logout().catch(() => undefined);
    signOut();
  };

  return (
    <AppShell
      data-testid="app-shell"
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={navbarOpened} onClick={toggleNavbar} hiddenFrom="sm" size="sm" />
            <Title order={4}>{t('app.name')}</Title>
            <Text c="dimmed" visibleFrom="sm" data-testid="firm-name">
              {user.firm.name}
            </Text>
          </Group>
          <Group wrap="nowrap">
            <Button component={RouterLink} to="/search" variant="subtle" color="gray" visibleFrom="sm" data-testid="header-search">
              {t('correspondence.searchPage.nav')}
            </Button>
            <NotificationBell />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="subtle" color="gray" data-testid="user-menu">
                  <Group gap="xs" wrap="nowrap">
                    {/* on a phone a long name is shortened so that the language switch stays in view */}
                    <Text fw={500} truncate="end" maw={{ base: 110, sm: 360 }} data-testid="user-name">
                      {user.name}
                    </Text>
                    <Badge variant="light" visibleFrom="sm">
                      {t(`roles.${user.role}`)}
                    </Badge>
                  </Group>
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={openPassword} data-testid="user-menu-change-password">
                  {t('header.changePassword')}
                </Menu.Item>
                <Menu.Item onClick={() => void handleLogout()}>{t('header.logout')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <LanguageSwitch />
            <Button variant="subtle" onClick={handleLogout} loading={loggingOut} visibleFrom="sm" data-testid="logout">
              {t('header.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea} data-testid="nav-scroll">
          {groups.map((group) => (
            <Stack key={group.label} gap={0} mb="xs">
              <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" pt={4} pb={2}>
                {group.label}
              </Text>
              {group.items.map((item) => (
                <NavLink
                  key={item.to}
                  component={RouterNavLink}
                  to={item.to}
                  // the router's own "active" class would also light up /leads on /leads/pipeline
                  end
                  label={item.label}
                  active={item === activeItem}
                  data-testid={item.testId}
                  onClick={closeNavbar}
                />
              ))}
            </Stack>
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <ChangePasswordDialog opened={passwordOpened} onClose={closePassword} />
    </AppShell>
  );
}
