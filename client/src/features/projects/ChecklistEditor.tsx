import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChecklistItemDraft {
  id?: string | null;
  text: string;
  done: boolean;
}

interface ChecklistEditorProps {
  items: readonly ChecklistItemDraft[];
  readOnly?: boolean;
  /** Called with the whole new list; the owner saves it. */
  onChange: (items: ChecklistItemDraft[]) => void;
  testId?: string;
}

/** A checklist: check, add and remove items (new items get their id from the server). */
export function ChecklistEditor({ items, readOnly, onChange, testId = 'checklist' }: ChecklistEditorProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const done = items.filter((item) => item.done).length;

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onChange([...items, { id: null, text: text.trim(), done: false }]);
    setText('');
  };

  return (
    <Stack gap="xs" data-testid={testId}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('projects.checklist.empty')}
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          {t('projects.checklist.progress', { done, total: items.length })}
        </Text>
      )}
      {items.map((item, index) => (
        <Group key={item.id ?? `new-${index}`} justify="space-between" wrap="nowrap">
          <Checkbox
            label={item.text}
            checked={item.done}
            disabled={readOnly}
            onChange={(event) => {
              const checked = event.currentTarget.checked;
              onChange(items.map((candidate, i) => (i === index ? { ...candidate, done: checked } : candidate)));
            }}
            data-testid={`${testId}-item`}
          />
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('projects.checklist.remove')}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && (
        <form onSubmit={add}>
          <Group gap="xs" wrap="nowrap">
            <TextInput
              size="xs"
              flex={1}
              placeholder={t('projects.checklist.placeholder')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              data-testid={`${testId}-new`}
            />
            <Button size="xs" type="submit" variant="light" disabled={!text.trim()}>
              {t('projects.checklist.add')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}

/** Checklist items as the API takes them back. */
export const checklistInput = (items: readonly ChecklistItemDraft[]) =>
  items.map(({ id, text, done }) => ({ id: id ?? null, text, done }));
