import type { TFunction } from 'i18next';
import { isTransition, type ChangeLine } from '../../kernel/i18n/changes';
import { formatDay } from './format';

// the place in a column is a number only the board understands; the status line says enough
const HIDDEN_FIELDS = new Set(['position']);

/** Enum values and ids in a task change, in words: statuses, priorities, departments, people, dates. */
function formatValue(field: string, value: unknown, t: TFunction, names: ReadonlyMap<string, string>, language: string): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  switch (field) {
    case 'status':
      return t(`projects.taskStatuses.${String(value)}`, { defaultValue: String(value) });
    case 'priority':
      return t(`projects.priorities.${String(value)}`, { defaultValue: String(value) });
    case 'department':
      return t(`departments.${String(value)}`, { defaultValue: String(value) });
    case 'assignee':
      return names.get(String(value)) ?? String(value);
    case 'dueDate':
      return formatDay(value, language) || String(value);
    case 'checklist':
      return Array.isArray(value) ? t('projects.task.checklistItems', { count: value.length }) : String(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/**
 * A task history entry's changes as "field: from → to" lines. The entry's `changes` is the
 * event data; the field transitions sit under its own `changes` key.
 */
export function describeTaskChanges(
  data: Record<string, unknown> | null | undefined,
  t: TFunction,
  names: ReadonlyMap<string, string>,
  language: string,
): ChangeLine[] {
  const changes = data?.changes;
  if (typeof changes !== 'object' || changes === null) return [];
  return Object.entries(changes as Record<string, unknown>)
    .filter(([field]) => !HIDDEN_FIELDS.has(field))
    .map(([field, value]) => {
      const label = t(`projects.task.fields.${field}`, { defaultValue: field });
      const text = isTransition(value)
        ? `${label}: ${formatValue(field, value.from, t, names, language)} → ${formatValue(field, value.to, t, names, language)}`
        : `${label}: ${formatValue(field, value, t, names, language)}`;
      return { key: field, text };
    });
}
