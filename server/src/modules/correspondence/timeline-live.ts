import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoredEvent } from '../events/event-log.js';
import { CLIENT_KEY_CHANGES, CONTRACT_KEY_CHANGES, CORRESPONDENCE_TOPIC, LEAD_KEY_CHANGES } from './correspondence.events.js';
import type { TimelineSubject } from './timeline-subject.js';

/** The ids of a lead's contracts (their signatures are on its timeline), in one plain read. */
export async function contractsOfLead(em: EntityManager, firmId: string, leadId: string | null): Promise<Set<string>> {
  if (!leadId) return new Set();
  const rows = await em.getConnection().execute<{ id: string }[]>('select id from contract where firm_id = ? and lead_id = ?', [firmId, leadId]);
  return new Set(rows.map((r) => r.id));
}

/**
 * Which events a live timeline carries: its correspondence, and the key changes of its lead, its
 * client and the lead's contracts. A contract made, or the lead accepted as a client, while the
 * timeline is open is followed from its first event on (events come in commit order).
 */
export function timelineSelector(subject: TimelineSubject, contracts: Set<string>): (event: StoredEvent) => boolean {
  const { leadId } = subject;
  let clientId = subject.clientId;
  return (event) => {
    const data = event.data ?? {};
    if (event.topic === CORRESPONDENCE_TOPIC) return (!!leadId && data.leadId === leadId) || (!!clientId && data.clientId === clientId);
    if (event.subjectType === 'Lead') return !!leadId && event.subjectId === leadId && LEAD_KEY_CHANGES.includes(event.type);
    if (event.subjectType === 'Client') {
      if (event.type === 'CLIENT_CREATED' && leadId && data.leadId === leadId) clientId = event.subjectId;
      return !!clientId && event.subjectId === clientId && CLIENT_KEY_CHANGES.includes(event.type);
    }
    if (event.subjectType === 'Contract' && event.subjectId) {
      if (event.type === 'CONTRACT_CREATED' && leadId && data.leadId === leadId) contracts.add(event.subjectId);
      return contracts.has(event.subjectId) && CONTRACT_KEY_CHANGES.includes(event.type);
    }
    return false;
  };
}
