import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CloseFollowUpDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';

interface CloseFollowUpDialogProps {
  followUp: { id: string; title: string } | null;
  onClose: () => void;
  onClosed?: () => void;
}

/** Closes a follow-up with what came of it; the result goes on the lead's timeline. */
export function CloseFollowUpDialog({ followUp, onClose, onClosed }: CloseFollowUpDialogProps) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { result: '' },
    validate: { result: (value) => (value.trim() ? null : t('correspondence.dialog.required')) },
  });
  const [closeFollowUp, { loading, error, reset }] = useMutation(CloseFollowUpDocument);
  const close = () => {
    form.reset();
    reset();
    onClose();
  };
  const submit = form.onSubmit(async ({ result }) => {
    if (!followUp) return;
    const done = await closeFollowUp({ variables: { id: followUp.id, result: result.trim() } }).catch(() => null);
    if (!done?.data) return;
    notifications.show({ color: 'green', message: t('correspondence.close.closed') });
    close();
    onClosed?.();
  });

  return (
    <Modal opened={followUp !== null} onClose={close} title={t('correspondence.close.title')}>
      <form onSubmit={submit} noValidate data-testid="close-follow-up-form">
        <Stack>
          <Text fw={500}>{followUp?.title}</Text>
          <Textarea label={t('correspondence.close.result')} required autosize minRows={3} maxLength={10000} data-testid="follow-up-result" {...form.getInputProps('result')} />
          {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('correspondence.dialog.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="follow-up-close-submit">
              {t('correspondence.close.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
