import type { TFunction } from 'i18next';
import { isTransition, type ChangeLine } from '../../kernel/i18n/changes';

// values of these keys are enum names with their own translations
const ENUM_NAMESPACES: Record<string, string> = { role: 'roles', department: 'departments' };

function formatValue(key: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'string') {
    const namespace = ENUM_NAMESPACES[key];
    return namespace ? t(`${namespace}.${value}`, { defaultValue: value }) : value;
  }
  if (Array.isArray(value)) return value.map((item) => formatValue(key, item, t)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Renders an audit entry's `changes` as "field: from → to" or "field: value" lines. */
export function describeChanges(
  changes: Record<string, unknown> | null | undefined,
  t: TFunction,
): ChangeLine[] {
  return Object.entries(changes ?? {}).map(([key, value]) => {
    const label = t(`audit.fields.${key}`, { defaultValue: key });
    const text = isTransition(value)
      ? `${label}: ${formatValue(key, value.from, t)} → ${formatValue(key, value.to, t)}`
      : `${label}: ${formatValue(key, value, t)}`;
    return { key, text };
  });
}
