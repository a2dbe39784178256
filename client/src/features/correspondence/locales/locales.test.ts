import { describe, expect, it } from 'vitest';
import { ContactDirection, EntryKind, FollowUpState, TimelineKind } from '../../../gql/graphql';
import en from './en.json';
import ru from './ru.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('correspondence translations', () => {
  it('have the same keys in Russian and English', () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it('name every kind, direction and follow-up state', () => {
    const required = [
      ...Object.values(TimelineKind).map((value) => `kinds.${value}`),
      ...Object.values(EntryKind).map((value) => `kinds.${value}`),
      ...Object.values(ContactDirection).map((value) => `directions.${value}`),
      ...Object.values(FollowUpState).map((value) => `states.${value}`),
    ];
    for (const resources of [ru, en]) expect(keys(resources)).toEqual(expect.arrayContaining(required));
  });
});
