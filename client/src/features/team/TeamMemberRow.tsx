import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { ConfirmDialog } from '../../kernel/ui/ConfirmDialog';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import {
  TeamMemberRowDeactivateDocument,
  TeamMemberRowReactivateDocument,
  TeamMemberRow_UserFragmentDoc,
  type TeamMemberRow_UserFragment,
} from '../../gql/graphql';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { RenewInvitationDialog } from './RenewInvitationDialog';

interface TeamMemberRowProps {
  user: FragmentType<typeof TeamMemberRow_UserFragmentDoc>;
  isSelf: boolean;
  canManage: boolean;
}

function StatusBadge({ user }: { user: TeamMemberRow_UserFragment }) {
  const { t } = useTranslation();
  if (!user.active) return <Badge color="gray">{t('team.status.deactivated')}</Badge>;
  if (user.invitationPending) return <Badge color="yellow">{t('team.status.pending')}</Badge>;
  return <Badge color="teal">{t('team.status.active')}</Badge>;
}

export function TeamMemberRow({ user: userRef, isSelf, canManage }: TeamMemberRowProps) {
  const { t } = useTranslation();
  const user = readFragment(TeamMemberRow_UserFragmentDoc, userRef);
  const [dialog, setDialog] = useState<'role' | 'active' | 'renew' | null>(null);
  const [setActive, { loading }] = useMutation(
    user.active ? TeamMemberRowDeactivateDocument : TeamMemberRowReactivateDocument,
  );
  const action = user.active ? 'deactivate' : 'reactivate';

  const confirmActive = async () => {
    await setActive({ variables: { userId: user.id } }).catch((error: unknown) =>
      notifications.show({ color: 'red', message: errorMessage(error, t) }),
    );
    setDialog(null);
  };

  return (
    <Table.Tr data-testid="team-row" data-user-id={user.id}>
      <Table.Td>
        <Text fw={500}>
          {user.name}
          {isSelf && (
            <Text span c="dimmed" size="sm">
              {' '}
              ({t('team.you')})
            </Text>
          )}
        </Text>
      </Table.Td>
      <Table.Td>{user.email}</Table.Td>
      <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
      <Table.Td>{user.department ? t(`departments.${user.department}`) : t('common.none')}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <StatusBadge user={user} />
      </Table.Td>
      {canManage && (
        <Table.Td>
          {!isSelf && (
            <Group gap="xs" wrap="nowrap">
              {user.active && user.invitationPending && (
                <Button size="xs" variant="light" onClick={() => setDialog('renew')} data-testid="renew-invitation">
                  {t('team.renew.button')}
                </Button>
              )}
              <Button size="xs" variant="light" onClick={() => setDialog('role')} data-testid="change-role">
                {t('team.changeRole.button')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color={user.active ? 'red' : undefined}
                onClick={() => setDialog('active')}
                data-testid={action}
              >
                {t(`team.${action}.button`)}
              </Button>
            </Group>
          )}
          {dialog === 'renew' && <RenewInvitationDialog userId={user.id} name={user.name} onClose={() => setDialog(null)} />}
          {dialog === 'role' && <ChangeRoleDialog user={user} opened onClose={() => setDialog(null)} />}
          <ConfirmDialog
            opened={dialog === 'active'}
            title={t(`team.${action}.title`)}
            message={t(`team.${action}.confirm`, { name: user.name })}
            confirmLabel={t(`team.${action}.submit`)}
            danger={user.active}
            loading={loading}
            onConfirm={confirmActive}
            onClose={() => setDialog(null)}
          />
        </Table.Td>
      )}
    </Table.Tr>
  );
}
