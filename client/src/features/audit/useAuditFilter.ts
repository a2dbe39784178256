import { useMemo, useState } from 'react';
import type { AuditLogFilter, EventType } from '../../gql/graphql';

/** What the audit log is narrowed to: who, which events and a period of days (YYYY-MM-DD, '' for open); `filter` is null when nothing is chosen. */
export function useAuditFilter() {
  const [actorIds, setActorIds] = useState<string[]>([]);
  const [types, setTypes] = useState<string[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const badPeriod = !!from && !!to && from > to;
  const filter = useMemo<AuditLogFilter | null>(() => {
    const value: AuditLogFilter = {};
    if (actorIds.length) value.actorIds = actorIds;
    if (types.length) value.types = types as EventType[];
    if (from) value.from = from;
    if (to) value.to = to;
    return Object.keys(value).length ? value : null;
  }, [actorIds, types, from, to]);
  const reset = () => {
    setActorIds([]);
    setTypes([]);
    setFrom('');
    setTo('');
  };
  return {
    actorIds, setActorIds, types, setTypes, from, setFrom, to, setTo,
    badPeriod, filter, filtered: filter !== null, reset,
  };
}

export type AuditFilterState = ReturnType<typeof useAuditFilter>;
