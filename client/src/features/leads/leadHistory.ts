import type { TFunction } from 'i18next';
import { isTransition, type ChangeLine } from '../../kernel/i18n/changes';

/** Names for the ids and codes that history entries store. */
export interface HistoryLookups {
  sources: Record<string, string>;
  users: Record<string, string>;
  regions: Record<string, string>;
  /** Extra field labels by key */
  fields: Record<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function plain(value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** What only the lead area can name in an audit sentence: a region by its name. */
export function leadValueNamer(lookups: HistoryLookups) {
  return (key: string, value: unknown): string | null =>
    key === 'regionCode' && typeof value === 'string' && lookups.regions[value] ? `${lookups.regions[value]} (${value})` : null;
}

/**
 * The firm's extra fields that an entry changed, one line each by its label: the sentence says
 * only that they changed, since their labels are the firm's own.
 */
export function describeExtraChanges(changes: Record<string, unknown> | null | undefined, t: TFunction, lookups: HistoryLookups): ChangeLine[] {
  const change = changes?.extra;
  if (!isTransition(change)) return [];
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
