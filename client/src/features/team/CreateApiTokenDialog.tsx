import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage, fieldErrors } from '../../kernel/apollo/errors';
import { SecretReveal } from '../../kernel/ui/SecretReveal';
import { Role } from '../../gql/graphql';
import { isRole, roleOptions } from './roles';
import { useCreateApiToken } from './useCreateApiToken';

export function CreateApiTokenDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(Role.Accountant);
  const [createApiToken, { data, loading, error, reset }] = useCreateApiToken();
  const errors = fieldErrors(error);

  const close = () => {
    // the token is shown once: closing forgets it
    reset();
    setName('');
    setRole(Role.Accountant);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await createApiToken({ variables: { input: { name, role } } }).catch(() => undefined);
  };

  const created = data?.createApiToken;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('apiTokens.create.tokenTitle') : t('apiTokens.create.title')}
      centered
      size="lg"
    >
      {created ? (
        <Stack>
          <SecretReveal value={created.token} hint={t('apiTokens.create.tokenHint')} testId="api-token-secret" />
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
              label={t('apiTokens.create.name')}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.name}
              data-testid="api-token-name"
            />
            <Select
              label={t('apiTokens.create.role')}
              data={roleOptions(t)}
              value={role}
              allowDeselect={false}
              onChange={(value) => isRole(value) && setRole(value)}
              error={errors.role}
              data-testid="api-token-role"
            />
            {error && (errorCode(error) !== 'BAD_USER_INPUT' || Object.keys(errors).length === 0) && (
              <Alert color="red">{errorMessage(error, t)}</Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading} data-testid="api-token-submit">
                {t('apiTokens.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
