import { describe, expect, it } from 'vitest';
import en from './en.json';
import ru from './ru.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

// the kinds the server declares (declareNotificationKinds); a new one is worded (the bell) and named (the preferences page) here in both languages
const DECLARED_KINDS = ['FOLLOW_UP_ASSIGNED', 'FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE', 'DOCUMENT_REQUEST_ASSIGNED', 'DOCUMENT_REQUEST_OVERDUE', 'POA_EXPIRING', 'POA_EXPIRED', 'CONTRACT_UNSIGNED', 'POA_REPRESENTATIVE_DEACTIVATED', 'OBLIGATION_DUE_SOON', 'OBLIGATION_OVERDUE', 'OBLIGATION_OVERDUE_IN_TEAM'];

describe('notification translations', () => {
  it('have the same keys in Russian and English and word every declared kind', () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
    for (const resources of [ru, en]) expect(keys(resources)).toEqual(expect.arrayContaining(DECLARED_KINDS.flatMap((kind) => [`kinds.${kind}`, `kindNames.${kind}`])));
  });
});
