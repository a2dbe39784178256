import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { setServerFieldErrors } from '../../kernel/forms/serverErrors';
import { ChangePasswordDialogChangePasswordDocument } from '../../gql/graphql';
import { changePasswordMessageKey, changePasswordProblems, EMPTY_CHANGE_PASSWORD, MIN_PASSWORD_LENGTH, type ChangePasswordValues } from './changePasswordForm';

interface ChangePasswordDialogProps {
  opened: boolean;
  onClose: () => void;
}

/** «Сменить пароль»: the signed-in user's own password; the server ends their other sessions. */
export function ChangePasswordDialog({ opened, onClose }: ChangePasswordDialogProps) {
  const { t } = useTranslation();
  const [general, setGeneral] = useState<string>();
  const form = useForm<ChangePasswordValues>({
    initialValues: EMPTY_CHANGE_PASSWORD,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(changePasswordProblems(values)).map(([field, problem]) => [
          field,
          t(changePasswordMessageKey(field as keyof ChangePasswordValues, problem), { min: MIN_PASSWORD_LENGTH }),
        ]),
      ),
    // checked as the user types; the repeat when they leave it, so a half-typed repeat is not «не совпадают»
    validateInputOnChange: ['currentPassword', 'newPassword'],
    validateInputOnBlur: ['repeat'],
  });
  const [changePassword, { loading }] = useMutation(ChangePasswordDialogChangePasswordDocument);

  const close = () => {
    form.reset();
    setGeneral(undefined);
    onClose();
  };

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setGeneral(undefined);
    try {
      await changePassword({ variables: { currentPassword, newPassword } });
      notifications.show({ color: 'teal', message: t('auth.changePassword.done') });
      close();
    } catch (error) {
      // WRONG_PASSWORD lands under the current password, PASSWORD_TOO_WEAK under the new one
      const placed = errorCode(error) === 'BAD_USER_INPUT' ? setServerFieldErrors(form, error) : { matched: 0, unmatched: [] };
      if (placed.matched === 0) setGeneral(placed.unmatched[0] ?? errorMessage(error, t));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={t('auth.changePassword.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <PasswordInput
            label={t('auth.changePassword.current')}
            autoComplete="current-password"
            required
            data-autofocus
            {...form.getInputProps('currentPassword')}
            data-testid="change-password-current"
          />
          <PasswordInput
            label={t('auth.changePassword.new')}
            description={t('auth.changePassword.hint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
            data-testid="change-password-new"
          />
          <PasswordInput
            label={t('auth.changePassword.repeat')}
            autoComplete="new-password"
            required
            {...form.getInputProps('repeat')}
            data-testid="change-password-repeat"
          />
          {general && <Alert color="red">{general}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="change-password-submit">
              {t('auth.changePassword.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
