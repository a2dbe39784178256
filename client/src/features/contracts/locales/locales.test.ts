import { describe, expect, it } from 'vitest';
import { ContractParty, ContractStatus, PoaKind, PoaStatus, RepresentativeKind, ServiceArea, SigningChannel } from '../../../gql/graphql';
import en from './en.json';
import ru from './ru.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('contract translations', () => {
  it('have the same keys in Russian and English', () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it('name every status, kind, area, channel and party', () => {
    const required = [
      ...Object.values(ContractStatus).map((v) => `statuses.${v}`),
      ...Object.values(PoaStatus).map((v) => `poaStatuses.${v}`),
      ...Object.values(PoaKind).map((v) => `poaKinds.${v}`),
      ...Object.values(ServiceArea).map((v) => `areas.${v}`),
      ...Object.values(SigningChannel).map((v) => `channels.${v}`),
      ...Object.values(ContractParty).map((v) => `parties.${v}`),
      ...Object.values(RepresentativeKind).map((v) => `representativeKinds.${v}`),
    ];
    for (const resources of [ru, en]) expect(keys(resources)).toEqual(expect.arrayContaining(required));
  });
});
