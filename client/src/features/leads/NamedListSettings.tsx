import { Alert, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';

export interface NamedItem {
  id: string;
  name: string;
  archived: boolean;
}

interface NamedListSettingsProps {
  title: string;
  testId: string;
  items: readonly NamedItem[];
  onCreate: (name: string) => Promise<unknown>;
  onUpdate: (item: NamedItem, input: { name: string; archived: boolean }) => Promise<unknown>;
}

function NamedItemRow({ item, onUpdate, onError }: {
  item: NamedItem;
  onUpdate: NamedListSettingsProps['onUpdate'];
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(item.name);
  const [busy, setBusy] = useState(false);
  const run = async (input: { name: string; archived: boolean }) => {
    setBusy(true);
    await onUpdate(item, input).catch(onError);
    setBusy(false);
  };

  return (
    <Table.Tr data-testid="settings-item" data-archived={String(item.archived)}>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            size="xs"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            aria-label={t('leads.settings.name')}
            w={260}
          />
          {item.archived && <Badge color="gray">{t('leads.settings.archived')}</Badge>}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            disabled={name.trim() === '' || name.trim() === item.name}
            loading={busy}
            onClick={() => void run({ name: name.trim(), archived: item.archived })}
          >
            {t('leads.settings.save')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color={item.archived ? undefined : 'gray'}
            loading={busy}
            onClick={() => void run({ name: item.name, archived: !item.archived })}
            data-testid="settings-archive"
          >
            {item.archived ? t('leads.settings.restore') : t('leads.settings.archive')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** A firm-editable list (lead sources, loss reasons): add, rename, archive and restore. */
export function NamedListSettings({ title, testId, items, onCreate, onUpdate }: NamedListSettingsProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const add = async () => {
    setAdding(true);
    setError(null);
    const ok = await onCreate(name.trim()).then(
      () => true,
      (createError: unknown) => {
        setError(createError);
        return false;
      },
    );
    if (ok) setName('');
    setAdding(false);
  };

  return (
    <Stack gap="xs" data-testid={testId}>
      <Title order={4}>{title}</Title>
      {items.length === 0 && <Text c="dimmed">{t('leads.settings.empty')}</Text>}
      <Table>
        <Table.Tbody>
          {items.map((item) => (
            <NamedItemRow key={item.id} item={item} onUpdate={onUpdate} onError={setError} />
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="xs">
        <TextInput
          size="xs"
          w={260}
          placeholder={t('leads.settings.newName')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && name.trim()) void add();
          }}
          data-testid={`${testId}-new`}
        />
        <Button size="xs" disabled={name.trim() === ''} loading={adding} onClick={() => void add()} data-testid={`${testId}-add`}>
          {t('leads.settings.add')}
        </Button>
      </Group>
      {error !== null && <Alert color="red">{errorMessage(error, t)}</Alert>}
    </Stack>
  );
}
