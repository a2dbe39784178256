import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage, fieldErrors } from '../../kernel/apollo/errors';
import { formatDateTime } from '../../kernel/i18n/format';
import { SecretReveal } from '../../kernel/ui/SecretReveal';
import { Role, type Department } from '../../gql/graphql';
import { RoleFields } from './RoleFields';
import { useInviteUser } from './useInviteUser';

const EMPTY_FORM = { email: '', name: '', role: Role.Accountant as Role, department: null as Department | null };

export function InviteUserDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState(EMPTY_FORM);
  const [inviteUser, { data, loading, error, reset }] = useInviteUser();
  const errors = fieldErrors(error);

  const close = () => {
    // the invitation link is shown once: closing forgets it
    reset();
    setForm(EMPTY_FORM);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await inviteUser({ variables: { input: form } }).catch(() => undefined);
  };

  const invitation = data?.inviteUser;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={invitation ? t('team.invite.linkTitle') : t('team.invite.title')}
      centered
      size="lg"
    >
      {invitation ? (
        <Stack>
          <SecretReveal
            value={invitation.invitationLink}
            hint={t('team.invite.linkHint', { expiresAt: formatDateTime(invitation.expiresAt, i18n.language) })}
            testId="invitation-link"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label={t('team.invite.email')}
              type="email"
              required
              value={form.email}
              onChange={(event) => setForm({ ...form, email: event.currentTarget.value })}
              error={errors.email}
              data-testid="invite-email"
            />
            <TextInput
              label={t('team.invite.name')}
              required
              value={form.name}
              onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
              error={errors.name}
              data-testid="invite-name"
            />
            <RoleFields
              role={form.role}
              department={form.department}
              onChange={(value) => setForm({ ...form, ...value })}
              errors={errors}
            />
            {error && (errorCode(error) !== 'BAD_USER_INPUT' || Object.keys(errors).length === 0) && (
              <Alert color="red">{errorMessage(error, t)}</Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading} data-testid="invite-submit">
                {t('team.invite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
