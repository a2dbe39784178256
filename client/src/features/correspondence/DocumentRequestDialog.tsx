import { useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateDocumentRequestDocument, UpdateDocumentRequestDocument, type DocumentItemKind, type DocumentRequest_RequestFragment } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { DayInput } from '../../kernel/ui/DayInput';
import { emptyRequest, newItem, requestInput, requestProblems, requestValues, weekAfter, type RequestFormValues } from './documentRequestForm';

const KINDS: DocumentItemKind[] = ['BANK_STATEMENTS', 'PRIMARY_DOCUMENTS', 'STAFF_CHANGES', 'OTHER'];

interface DocumentRequestDialogProps {
  /** The timeline it goes on (a new request). */
  subject: { leadId?: string; clientId?: string };
  /** A request to edit; null: a new one. */
  request: DocumentRequest_RequestFragment | null;
  opened: boolean;
  people: { id: string; name: string }[];
  onClose: () => void;
}

/** Makes or edits a document request: the due day, who chases it, and the documents item by item. */
export function DocumentRequestDialog({ subject, request, opened, people, onClose }: DocumentRequestDialogProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const form = useForm<RequestFormValues>({
    initialValues: emptyRequest(me.id, weekAfter(me.firm.today)),
    validate: (values) => Object.fromEntries(Object.entries(requestProblems(values)).map(([field, key]) => [field, t(`correspondence.requests.editor.${key}`)])),
  });
  const [create, created] = useMutation(CreateDocumentRequestDocument, { refetchQueries: ['LeadTimelineQuery', 'MyDocumentRequests'] });
  const [update, updated] = useMutation(UpdateDocumentRequestDocument);
  const error = created.error ?? updated.error;

  useEffect(() => {
    if (!opened) return;
    form.setValues(request ? requestValues(request) : emptyRequest(me.id, weekAfter(me.firm.today)));
    form.resetDirty();
    created.reset();
    updated.reset();
    // the form is filled once per opening
  }, [opened, request?.id]);

  const submit = form.onSubmit(async (values) => {
    const input = requestInput(values);
    const done = request
      ? await update({ variables: { id: request.id, version: request.version, input } }).catch(() => null)
      : await create({ variables: { input: { ...input, leadId: subject.leadId ?? null, clientId: subject.clientId ?? null } } }).catch(() => null);
    if (!done?.data) return;
    notifications.show({ color: 'green', message: t('correspondence.requests.editor.saved') });
    onClose();
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t(request ? 'correspondence.requests.editor.editTitle' : 'correspondence.requests.editor.createTitle')} size="xl">
      <form onSubmit={submit} noValidate data-testid="document-request-form">
        <Stack>
          <Group grow align="flex-start">
            <DayInput label={t('correspondence.requests.editor.dueDate')} required data-testid="request-due" {...form.getInputProps('dueDate')} />
            <Select
              label={t('correspondence.requests.editor.responsible')}
              data={people.map((person) => ({ value: person.id, label: person.name }))}
              allowDeselect={false}
              searchable
              {...form.getInputProps('responsibleId')}
            />
          </Group>
          <Text fw={500}>{t('correspondence.requests.editor.items')}</Text>
          {form.errors.items && <Text c="red" size="sm">{form.errors.items}</Text>}
          {form.values.items.map((item, i) => (
            <Stack key={i} gap="xs" p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }} data-testid="request-item">
              <Group grow align="flex-start">
                <Select
                  label={t('correspondence.requests.editor.kind')}
                  data={KINDS.map((kind) => ({ value: kind, label: t(`correspondence.requests.itemKinds.${kind}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps(`items.${i}.kind`)}
                />
                <TextInput
                  label={t('correspondence.requests.editor.description')}
                  description={item.kind === 'OTHER' ? undefined : t('correspondence.requests.editor.descriptionHint')}
                  required={item.kind === 'OTHER'}
                  maxLength={500}
                  {...form.getInputProps(`items.${i}.description`)}
                />
              </Group>
              <Group grow align="flex-start">
                <DayInput label={t('correspondence.requests.editor.periodFrom')} clearable required={item.kind === 'BANK_STATEMENTS'} {...form.getInputProps(`items.${i}.periodFrom`)} />
                <DayInput label={t('correspondence.requests.editor.periodTo')} clearable required={item.kind === 'BANK_STATEMENTS'} {...form.getInputProps(`items.${i}.periodTo`)} />
              </Group>
              <Group align="flex-end" wrap="nowrap">
                <TextInput style={{ flex: 1 }} label={t('correspondence.requests.editor.note')} maxLength={2000} {...form.getInputProps(`items.${i}.note`)} />
                <ActionIcon variant="subtle" color="red" size="lg" onClick={() => form.removeListItem('items', i)} aria-label={t('correspondence.requests.editor.remove')}>
                  ✕
                </ActionIcon>
              </Group>
            </Stack>
          ))}
          <Group>
            <Button variant="default" onClick={() => form.insertListItem('items', newItem('PRIMARY_DOCUMENTS'))} data-testid="request-add-item">
              {t('correspondence.requests.editor.add')}
            </Button>
          </Group>
          {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('correspondence.requests.editor.cancel')}
            </Button>
            <Button type="submit" loading={created.loading || updated.loading} data-testid="request-save">
              {t('correspondence.requests.editor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
