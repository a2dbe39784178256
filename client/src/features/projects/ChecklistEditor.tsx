import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemDraft } from './checklist';

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

  // no <form> of its own: the editor sits inside the task drawer's form
  const add = () => {
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
        <Group gap="xs" wrap="nowrap">
          <TextInput
            size="xs"
            flex={1}
            placeholder={t('projects.checklist.placeholder')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              add();
            }}
            data-testid={`${testId}-new`}
          />
          <Button size="xs" variant="light" disabled={!text.trim()} onClick={add}>
            {t('projects.checklist.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
