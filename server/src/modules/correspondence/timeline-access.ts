import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound } from '../../graphql/errors.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { Lead } from '../leads/lead.entity.js';
import { LEAD_TIMELINE_WRITERS } from './correspondence.policy.js';

/** The lead whose timeline it is, if the caller may read it (every user of the firm reads leads). */
export async function readableLead(em: EntityManager, leadId: string): Promise<Lead> {
  const lead = await em.findOne(Lead, { id: leadId });
  if (!lead) throw notFound('Lead');
  return lead;
}

/** The lead of a timeline a subscription follows, by id alone: one plain read, no entity kept for the stream's life. */
export async function leadOfTimeline(em: EntityManager, firmId: string, leadId: string): Promise<{ id: string }> {
  const [row] = await em.getConnection().execute<{ id: string }[]>('select id from lead where firm_id = ? and id = ?', [firmId, leadId]);
  if (!row) throw notFound('Lead');
  return row;
}

/** The lead, if the caller may write on its timeline. */
export async function writableLead(scope: SignedInScope, leadId: string): Promise<Lead> {
  const lead = await readableLead(scope.em, leadId);
  if (!LEAD_TIMELINE_WRITERS.includes(scope.principal.role)) throw forbidden('Only those who work leads write on their timelines');
  return lead;
}

/** Text as stored: trimmed, without control characters other than tabs and line breaks (search marks matches with them). */
export const plainText = (text: string): string => text.replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
