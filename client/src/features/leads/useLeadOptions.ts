import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { LeadOptionsQueryDocument, Role, type LeadOptionsQueryQuery } from '../../gql/graphql';
import type { HistoryLookups } from './leadHistory';

export type LeadOptions = LeadOptionsQueryQuery;
export type LeadFieldDefinition = LeadOptions['leadFields'][number];

/** For a mutation that adds to the lists: a new item appears through a refetch (edits update the cached item by id). */
export const refetchLeadOptions = { refetchQueries: [LeadOptionsQueryDocument], awaitRefetchQueries: true };

const byPosition = <T extends { position: number }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.position - b.position);

// managers and owners handle leads, so they come first in the owner pickers
const OWNER_ROLES: readonly Role[] = [Role.Manager, Role.Owner];

/** The firm's lists the lead screens pick from: sources, loss reasons, extra fields, regions, people. */
export function useLeadOptions() {
  const { data, loading, error, refetch } = useQuery(LeadOptionsQueryDocument);

  const derived = useMemo(() => {
    const sources = byPosition(data?.leadSources ?? []);
    const lostReasons = byPosition(data?.lostReasons ?? []);
    const fields = byPosition(data?.leadFields ?? []);
    const regions = data?.regions ?? [];
    const users = data?.users ?? [];
    const owners = [...users.filter((user) => user.active)].sort(
      (a, b) => Number(!OWNER_ROLES.includes(a.role)) - Number(!OWNER_ROLES.includes(b.role)) || a.name.localeCompare(b.name),
    );
    const lookups: HistoryLookups = {
      sources: Object.fromEntries(sources.map((source) => [source.id, source.name])),
      users: Object.fromEntries(users.map((user) => [user.id, user.name])),
      regions: Object.fromEntries(regions.map((region) => [region.code, region.name])),
      fields: Object.fromEntries(fields.map((field) => [field.key, field.label])),
    };
    return { sources, lostReasons, fields, regions, users, owners, lookups };
  }, [data]);

  return { ...derived, loaded: Boolean(data), loading, error, refetch };
}

/** `{ value, label }` items for a region select, labelled "name (code)". */
export const regionItems = (regions: readonly { code: string; name: string }[]) =>
  regions.map((region) => ({ value: region.code, label: `${region.name} (${region.code})` }));
