import { useMemo, useState } from 'react';
import type { AuditLogFilter, EventType } from '../../gql/graphql';
import { parseDay } from './auditFilters';

/** What the audit log is narrowed to: who, which events and a period typed as ДД.ММ.ГГГГ; `filter` is null when nothing is chosen. */
export function useAuditFilter() {
  const [actorIds, setActorIds] = useState<string[]>([]);
  const [types, setTypes] = useState<string[]>([]);
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const from = parseDay(fromText);
  const to = parseDay(toText);
  const badFrom = fromText.trim() !== '' && !from;
  const badTo = toText.trim() !== '' && !to;
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
    setFromText('');
    setToText('');
  };
  return {
    actorIds, setActorIds, types, setTypes, fromText, setFromText, toText, setToText,
    badFrom, badTo, badPeriod, filter, filtered: filter !== null, reset,
  };
}

export type AuditFilterState = ReturnType<typeof useAuditFilter>;
