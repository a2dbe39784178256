import { Button, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ContactDraft {
  name: string;
  position: string;
  phone: string;
  email: string;
  decides: string;
}

export const EMPTY_CONTACT: ContactDraft = { name: '', position: '', phone: '', email: '', decides: '' };

const FIELDS = ['name', 'position', 'phone', 'email', 'decides'] as const;

interface ContactsEditorProps {
  contacts: readonly ContactDraft[];
  readOnly: boolean;
  onChange: (contacts: ContactDraft[]) => void;
}

/** The client's contact people and which questions each decides. */
export function ContactsEditor({ contacts, readOnly, onChange }: ContactsEditorProps) {
  const { t } = useTranslation();
  const edit = (index: number, field: keyof ContactDraft, value: string) =>
    onChange(contacts.map((contact, i) => (i === index ? { ...contact, [field]: value } : contact)));

  return (
    <Stack gap="xs" data-testid="project-contacts">
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('projects.contacts.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                {FIELDS.map((field) => (
                  <Table.Th key={field}>{t(`projects.contacts.${field}`)}</Table.Th>
                ))}
                {!readOnly && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((contact, index) => (
                <Table.Tr key={index} data-testid="project-contact">
                  {FIELDS.map((field) => (
                    <Table.Td key={field}>
                      {readOnly ? (
                        contact[field] || t('common.none')
                      ) : (
                        <TextInput
                          size="xs"
                          aria-label={t(`projects.contacts.${field}`)}
                          required={field === 'name'}
                          value={contact[field]}
                          onChange={(event) => edit(index, field, event.currentTarget.value)}
                        />
                      )}
                    </Table.Td>
                  ))}
                  {!readOnly && (
                    <Table.Td>
                      <Button size="xs" variant="subtle" color="red" onClick={() => onChange(contacts.filter((_, i) => i !== index))}>
                        {t('projects.contacts.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!readOnly && (
        <Button size="xs" variant="light" w="fit-content" onClick={() => onChange([...contacts, { ...EMPTY_CONTACT }])}>
          {t('projects.contacts.add')}
        </Button>
      )}
    </Stack>
  );
}
