import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import {
  LeadOptionsQueryDocument,
  LeadSettingsCreateLeadFieldDocument,
  LeadSettingsCreateLeadSourceDocument,
  LeadSettingsCreateLostReasonDocument,
  LeadSettingsUpdateLeadFieldDocument,
  LeadSettingsUpdateLeadSourceDocument,
  LeadSettingsUpdateLostReasonDocument,
  type LeadFieldInput,
} from '../../gql/graphql';
import { LeadFieldDialog } from './LeadFieldDialog';
import { NamedListSettings } from './NamedListSettings';
import { useLeadOptions, type LeadFieldDefinition } from './useLeadOptions';

// a new item appears in the lists through a refetch; edits update the cached item by id
const refetchOptions = { refetchQueries: [LeadOptionsQueryDocument], awaitRefetchQueries: true };

export function LeadSettingsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const options = useLeadOptions();
  const [createSource] = useMutation(LeadSettingsCreateLeadSourceDocument, refetchOptions);
  const [updateSource] = useMutation(LeadSettingsUpdateLeadSourceDocument);
  const [createReason] = useMutation(LeadSettingsCreateLostReasonDocument, refetchOptions);
  const [updateReason] = useMutation(LeadSettingsUpdateLostReasonDocument);

  if (!me.can.editLeadLists) return <Alert color="yellow">{t('leads.settings.forbidden')}</Alert>;

  return (
    <Stack gap="xl">
      <Title order={2}>{t('leads.settings.title')}</Title>
      {options.error && <Alert color="red">{t('common.loadError', { message: errorMessage(options.error, t) })}</Alert>}
      {!options.loaded && options.loading && <Loader />}
      {options.loaded && (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <NamedListSettings
              title={t('leads.settings.sources')}
              testId="settings-sources"
              items={options.sources}
              onCreate={(name) => createSource({ variables: { input: { name } } })}
              onUpdate={(item, input) => updateSource({ variables: { id: item.id, input } })}
            />
            <NamedListSettings
              title={t('leads.settings.lostReasons')}
              testId="settings-lost-reasons"
              items={options.lostReasons}
              onCreate={(name) => createReason({ variables: { input: { name } } })}
              onUpdate={(item, input) => updateReason({ variables: { id: item.id, input } })}
            />
          </SimpleGrid>
          {me.can.editLeadFields ? (
            <LeadFieldsSettings fields={options.fields} />
          ) : (
            <Text c="dimmed">{t('leads.settings.fieldsOwnerOnly')}</Text>
          )}
        </>
      )}
    </Stack>
  );
}

function LeadFieldsSettings({ fields }: { fields: readonly LeadFieldDefinition[] }) {
  const { t } = useTranslation();
  // null: closed; 'new': adding; a field: editing it
  const [editing, setEditing] = useState<LeadFieldDefinition | 'new' | null>(null);
  const [createField] = useMutation(LeadSettingsCreateLeadFieldDocument, refetchOptions);
  const [updateField, { error: updateError }] = useMutation(LeadSettingsUpdateLeadFieldDocument);

  const inputOf = (field: LeadFieldDefinition): LeadFieldInput => ({
    key: field.key,
    label: field.label,
    type: field.type,
    options: field.options,
  });

  const submit = (input: LeadFieldInput) =>
    editing === 'new' || editing === null
      ? createField({ variables: { input } })
      : updateField({ variables: { id: editing.id, input, archived: editing.archived } });

  return (
    <Stack gap="xs" data-testid="settings-fields">
      <Group justify="space-between">
        <Title order={4}>{t('leads.settings.fields')}</Title>
        <Button size="xs" onClick={() => setEditing('new')} data-testid="lead-field-add">
          {t('leads.settings.field.add')}
        </Button>
      </Group>
      {fields.length === 0 && <Text c="dimmed">{t('leads.settings.empty')}</Text>}
      {fields.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('leads.settings.field.label')}</Table.Th>
              <Table.Th>{t('leads.settings.field.key')}</Table.Th>
              <Table.Th>{t('leads.settings.field.type')}</Table.Th>
              <Table.Th>{t('leads.settings.field.options')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((field) => (
              <Table.Tr key={field.id} data-testid="settings-field" data-key={field.key}>
                <Table.Td>
                  <Group gap="xs">
                    {field.label}
                    {field.archived && <Badge color="gray">{t('leads.settings.archived')}</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <code>{field.key}</code>
                </Table.Td>
                <Table.Td>{t(`leads.fieldTypes.${field.type}`)}</Table.Td>
                <Table.Td>{field.options.join(', ')}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => setEditing(field)}>
                      {t('leads.settings.field.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color={field.archived ? undefined : 'gray'}
                      onClick={() =>
                        void updateField({
                          variables: { id: field.id, input: inputOf(field), archived: !field.archived },
                        }).catch(() => undefined)
                      }
                    >
                      {field.archived ? t('leads.settings.restore') : t('leads.settings.archive')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {updateError && editing === null && <Alert color="red">{errorMessage(updateError, t)}</Alert>}
      {editing !== null && (
        <LeadFieldDialog
          key={editing === 'new' ? 'new' : editing.id}
          field={editing === 'new' ? null : editing}
          opened
          onClose={() => setEditing(null)}
          onSubmit={submit}
        />
      )}
    </Stack>
  );
}
