import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../kernel/apollo/errors';
import type { Department, Role, TeamMemberRow_UserFragment } from '../../gql/graphql';
import { RoleFields } from './RoleFields';
import { useChangeUserRole } from './useChangeUserRole';

interface ChangeRoleDialogProps {
  user: TeamMemberRow_UserFragment;
  opened: boolean;
  onClose: () => void;
}

export function ChangeRoleDialog({ user, opened, onClose }: ChangeRoleDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState<{ role: Role; department: Department | null }>({
    role: user.role,
    department: user.department,
  });
  const [changeUserRole, { loading, error, reset }] = useChangeUserRole();

  const close = () => {
    reset();
    onClose();
  };

  const save = async () => {
    const ok = await changeUserRole(user, value.role, value.department).then(
      () => true,
      () => false,
    );
    if (ok) close();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('team.changeRole.title', { name: user.name })} centered>
      <Stack>
        <RoleFields {...value} onChange={setValue} errors={fieldErrors(error)} />
        {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={loading} data-testid="change-role-submit">
            {t('team.changeRole.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
