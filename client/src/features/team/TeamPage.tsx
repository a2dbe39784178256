import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Stack, Table, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { TeamPageQueryDocument } from '../../gql/graphql';
import { FirmSettingsSection } from '../firm';
import { ApiTokensSection } from './ApiTokensSection';
import { InviteUserDialog } from './InviteUserDialog';
import { TeamMemberRow } from './TeamMemberRow';

export function TeamPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { manageTeam, editFirmSettings, manageApiTokens } = me.can;
  // «С чего начать» links here with ?invite=1 to open the invitation at once
  const [inviteOpened, invite] = useDisclosure(new URLSearchParams(window.location.search).get('invite') === '1');
  const { data, loading, error } = useQuery(TeamPageQueryDocument);

  return (
    <Stack gap="xl">
      <Stack>
        <Group justify="space-between">
          <Title order={2}>{t('team.title')}</Title>
          {manageTeam && (
            <Button onClick={invite.open} data-testid="invite-open">
              {t('team.invite.button')}
            </Button>
          )}
        </Group>
        {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
        {loading && !data && <Loader />}
        {data && data.users.length <= 1 && manageTeam && (
          <EmptyState
            title={t('team.aloneTitle')}
            description={t('team.aloneText')}
            action={<Button onClick={invite.open}>{t('team.invite.button')}</Button>}
            testId="team-alone"
          />
        )}
        {data && data.users.length > 0 && (
          <Table.ScrollContainer minWidth={960}>
            <Table striped highlightOnHover data-testid="team-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('team.columns.name')}</Table.Th>
                  <Table.Th>{t('team.columns.email')}</Table.Th>
                  <Table.Th>{t('team.columns.role')}</Table.Th>
                  <Table.Th>{t('team.columns.department')}</Table.Th>
                  <Table.Th>{t('team.columns.status')}</Table.Th>
                  {manageTeam && <Table.Th>{t('team.columns.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.users.map((user) => (
                  <TeamMemberRow key={user.id} user={user} isSelf={user.id === me.id} canManage={manageTeam} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editFirmSettings && <FirmSettingsSection />}
      {manageApiTokens && <ApiTokensSection />}
      {manageTeam && <InviteUserDialog opened={inviteOpened} onClose={invite.close} />}
    </Stack>
  );
}
