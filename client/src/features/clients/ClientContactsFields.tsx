import { ActionIcon, Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientContactInput } from '../../gql/graphql';

interface ClientContactsFieldsProps {
  contacts: ClientContactInput[];
  onChange: (contacts: ClientContactInput[]) => void;
  /** The translated problem of a form field, by its path. */
  problem: (field: string) => string | undefined;
}

/** The client's contact people, each a row of fields, added and removed here. */
export function ClientContactsFields({ contacts, onChange, problem }: ClientContactsFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {contacts.map((contact, i) => {
        const setContact = (patch: Partial<typeof contact>) => onChange(contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)));
        return (
          <Group key={i} align="start" gap="xs" data-testid="client-contact">
            <TextInput w={180} label={t('clients.form.contactName')} value={contact.name} onChange={(e) => setContact({ name: e.currentTarget.value })} error={problem(`contacts[${i}].name`)} maxLength={200} />
            <TextInput w={150} label={t('clients.form.contactPosition')} value={contact.position ?? ''} onChange={(e) => setContact({ position: e.currentTarget.value })} maxLength={200} />
            <TextInput w={150} label={t('clients.form.contactPhone')} value={contact.phone ?? ''} onChange={(e) => setContact({ phone: e.currentTarget.value })} maxLength={50} />
            <TextInput w={180} label={t('clients.form.contactEmail')} value={contact.email ?? ''} onChange={(e) => setContact({ email: e.currentTarget.value })} error={problem(`contacts[${i}].email`)} maxLength={200} />
            <TextInput w={150} label={t('clients.form.contactDecides')} value={contact.decides ?? ''} onChange={(e) => setContact({ decides: e.currentTarget.value })} maxLength={500} />
            <ActionIcon mt={26} variant="subtle" color="red" aria-label={t('clients.form.remove')} onClick={() => onChange(contacts.filter((_, j) => j !== i))}>✕</ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button size="xs" variant="default" onClick={() => onChange([...contacts, { name: '', position: null, phone: null, email: null, decides: null }])} data-testid="add-contact">{t('clients.form.addContact')}</Button>
      </Group>
    </>
  );
}
