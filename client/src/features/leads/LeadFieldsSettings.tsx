import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { LeadSettingsCreateLeadFieldDocument, LeadSettingsUpdateLeadFieldDocument, type LeadFieldInput } from '../../gql/graphql';
import { LeadFieldDialog } from './LeadFieldDialog';
import { refetchLeadOptions, type LeadFieldDefinition } from './useLeadOptions';

/** The firm's extra lead fields: a table to add, edit, archive and restore them (the owner's part of the settings). */
export function LeadFieldsSettings({ fields }: { fields: readonly LeadFieldDefinition[] }) {
  const { t } = useTranslation();
  // null: closed; 'new': adding; a field: editing it
  const [editing, setEditing] = useState<LeadFieldDefinition | 'new' | null>(null);
  const [createField] = useMutation(LeadSettingsCreateLeadFieldDocument, refetchLeadOptions);
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
