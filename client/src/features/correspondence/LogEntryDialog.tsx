import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LogTimelineEntryDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { DayInput } from '../../kernel/ui/DayInput';
import { emptyEntry, entryInput, entryProblems, type EntryFormValues, type LoggableKind, type TimelineSubjectRef } from './entryForm';

interface LogEntryDialogProps {
  subject: TimelineSubjectRef;
  kind: LoggableKind | null;
  people: { id: string; name: string }[];
  onClose: () => void;
}

/** Logs a call, meeting or note on a lead's or client's timeline, with the follow-up promised in it. */
export function LogEntryDialog({ subject, kind, people, onClose }: LogEntryDialogProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const form = useForm<EntryFormValues>({
    initialValues: emptyEntry(me.id, me.firm.today),
    validate: (values) => Object.fromEntries(Object.entries(entryProblems(values)).map(([field, key]) => [field, t(`correspondence.dialog.${key}`)])),
  });
  const [log, { loading, error, reset }] = useMutation(LogTimelineEntryDocument);
  const close = () => {
    form.reset();
    reset();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    if (!kind) return;
    const done = await log({ variables: { input: entryInput(subject, kind, values) } }).catch(() => null);
    if (!done?.data) return;
    notifications.show({ color: 'green', message: t('correspondence.dialog.saved') });
    close();
  });
  const contact = kind !== 'NOTE';

  return (
    <Modal opened={kind !== null} onClose={close} title={kind ? t(`correspondence.actions.${kind}`) : ''} size="lg">
      <form onSubmit={submit} noValidate data-testid="log-entry-form">
        <Stack>
          {contact && (
            <SegmentedControl
              data={(['OUTGOING', 'INCOMING'] as const).map((value) => ({ value, label: t(`correspondence.directions.${value}`) }))}
              {...form.getInputProps('direction')}
            />
          )}
          <Group grow align="flex-start">
            <DayInput label={t('correspondence.dialog.occurredAt')} description={t('correspondence.dialog.occurredAtHint')} clearable {...form.getInputProps('day')} />
            <TextInput label={t('correspondence.dialog.followUpTime')} placeholder="ЧЧ:ММ" maxLength={5} {...form.getInputProps('time')} />
          </Group>
          {contact && <TextInput label={t('correspondence.dialog.contactName')} maxLength={200} data-testid="entry-contact" {...form.getInputProps('contactName')} />}
          <Textarea
            label={t(contact ? 'correspondence.dialog.summary' : 'correspondence.dialog.noteSummary')}
            required
            autosize
            minRows={3}
            maxLength={10000}
            data-testid="entry-summary"
            {...form.getInputProps('summary')}
          />
          {contact && <Textarea label={t('correspondence.dialog.result')} autosize maxLength={10000} data-testid="entry-result" {...form.getInputProps('result')} />}
          <Checkbox label={t('correspondence.dialog.promise')} data-testid="entry-promised" {...form.getInputProps('promised', { type: 'checkbox' })} />
          {form.values.promised && (
            <Stack gap="xs" pl="lg">
              <TextInput label={t('correspondence.dialog.followUpTitle')} required maxLength={500} data-testid="follow-up-title" {...form.getInputProps('followUpTitle')} />
              <Select
                label={t('correspondence.dialog.followUpOwner')}
                data={people.map((person) => ({ value: person.id, label: person.name }))}
                allowDeselect={false}
                searchable
                {...form.getInputProps('followUpOwnerId')}
              />
              <Group grow align="flex-start">
                <DayInput label={t('correspondence.dialog.followUpDate')} required data-testid="follow-up-date" {...form.getInputProps('followUpDate')} />
                <TextInput label={t('correspondence.dialog.followUpTime')} required maxLength={5} placeholder="ЧЧ:ММ" data-testid="follow-up-time" {...form.getInputProps('followUpTime')} />
              </Group>
            </Stack>
          )}
          {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('correspondence.dialog.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="entry-save">
              {t('correspondence.dialog.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
