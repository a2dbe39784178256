import { describe, expect, it } from 'vitest';
import { MailFailureStage, MailTls } from '../../../gql/graphql';
import en from './en.json';
import ru from './ru.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('mail translations', () => {
  it('have the same keys in Russian and English', () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it('name every failure stage and TLS mode', () => {
    const required = [...Object.values(MailFailureStage).map((v) => `stages.${v}`), ...Object.values(MailTls).map((v) => `tls.${v}`)];
    for (const resources of [ru, en]) expect(keys(resources)).toEqual(expect.arrayContaining(required));
  });
});
