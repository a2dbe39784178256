import type { TFunction } from 'i18next';
import { isTransition, type ChangeLine, type Transition } from '../../kernel/i18n/changes';

/** Names for the ids and codes that history entries store. */
export interface HistoryLookups {
  sources: Record<string, string>;
  users: Record<string, string>;
  regions: Record<string, string>;
  /** Extra field labels by key */
  fields: Record<string, string>;
}

export const EMPTY_LOOKUPS: HistoryLookups = { sources: {}, users: {}, regions: {}, fields: {} };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// values of these keys are enum names with their own translations
const ENUM_NAMESPACES: Record<string, string> = {
  stage: 'leads.stages',
  legalForm: 'leads.legalForms',
  taxRegime: 'leads.regimes',
};

function plain(value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function formatValue(key: string, value: unknown, t: TFunction, lookups: HistoryLookups): string {
  if (typeof value !== 'string' || value === '') return plain(value, t);
  const namespace = ENUM_NAMESPACES[key];
  if (namespace) return t(`${namespace}.${value}`, { defaultValue: value });
  if (key === 'source') return lookups.sources[value] ?? value;
  if (key === 'owner') return lookups.users[value] ?? value;
  if (key === 'regionCode') return lookups.regions[value] ? `${lookups.regions[value]} (${value})` : value;
  if (key === 'price' || key === 'margin') return `${value} ₽`;
  return value;
}

/** One line per extra field whose value differs between the two sides. */
function extraLines(change: Transition, t: TFunction, lookups: HistoryLookups): ChangeLine[] {
  const from = isRecord(change.from) ? change.from : {};
  const to = isRecord(change.to) ? change.to : {};
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return keys
    .filter((key) => JSON.stringify(from[key] ?? null) !== JSON.stringify(to[key] ?? null))
    .map((key) => ({
      key: `extra.${key}`,
      text: `${lookups.fields[key] ?? key}: ${plain(from[key], t)} → ${plain(to[key], t)}`,
    }));
}

/**
 * Renders a lead history entry's `changes` readably: "Этап: Новый → Расчёт сделан", sources and
 * owners by name, extra fields by label. The company name every entry carries for context is
 * shown only where the lead was created.
 */
export function describeLeadChanges(
  type: string,
  changes: Record<string, unknown> | null | undefined,
  t: TFunction,
  lookups: HistoryLookups = EMPTY_LOOKUPS,
): ChangeLine[] {
  return Object.entries(changes ?? {}).flatMap(([key, value]): ChangeLine[] => {
    if (key === 'companyName' && !isTransition(value) && type !== 'LEAD_CREATED') return [];
    if (key === 'extra' && isTransition(value)) return extraLines(value, t, lookups);
    const label = t(`leads.fields.${key}`, { defaultValue: key });
    const text = isTransition(value)
      ? `${label}: ${formatValue(key, value.from, t, lookups)} → ${formatValue(key, value.to, t, lookups)}`
      : `${label}: ${formatValue(key, value, t, lookups)}`;
    return [{ key, text }];
  });
}
