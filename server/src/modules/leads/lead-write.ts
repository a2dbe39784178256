import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, NewEvent } from '../events/event-log.js';
import { recordedStatement } from '../events/event-log.js';
import { answerWith } from '../../graphql/load.js';
import { User } from '../auth/user.entity.js';
import type { CardLookups, LeadCard } from './lead-card.js';
import { LeadSource } from './lead-lists.entity.js';
import { LeadStage } from './lead.enums.js';
import { Lead } from './lead.entity.js';

/**
 * The write side of a lead card in two round trips: one statement reads what the card names
 * (its source and owner, and for an edit the lead and its current owner), one writes the row and
 * its event together (`recordedStatement`). The raw statements name the firm themselves: the
 * ORM's tenant filter does not see them.
 */

// `(select 1) left join`: one row even without a lead, so the lookups of a new card come back too
const READ_SQL = `
select l.*,
  (select row_to_json(s) from lead_source s where s.id = ? and s.firm_id = ?) as card_source,
  (select row_to_json(u) from app_user u where u.id = ? and u.firm_id = ? and u.active) as card_owner,
  (select row_to_json(u) from app_user u where u.id = l.owner_id and ?::uuid is null) as current_owner
from (select 1) one left join lead l on l.id = ? and l.firm_id = ?`;

export interface CardRead {
  /** The lead being edited (managed, as it is now); null when creating or not found. */
  lead: Lead | null;
  /** The card's source and (active) owner, whole rows, for `checkLeadCard`. */
  lookups: CardLookups;
  /** The lead's owner now, active or not, when the card names none (an edit then keeps it). */
  currentOwner: User | null;
}

type Row = Record<string, unknown> & { id: string | null; card_source: object | null; card_owner: object | null; current_owner: object | null };

/** The source and owner a card names and, with `leadId`, the lead itself: one statement. */
export async function readForCard(em: EntityManager, firmId: string, card: { sourceId?: string | null; ownerId?: string | null }, leadId: string | null): Promise<CardRead> {
  const [row] = await em.getConnection().execute<Row[]>(READ_SQL, [card.sourceId ?? null, firmId, card.ownerId ?? null, firmId, card.ownerId ?? null, leadId, firmId]);
  const { card_source, card_owner, current_owner, ...lead } = row!;
  const source = card_source ? em.map(LeadSource, card_source) : null;
  const owner = card_owner ? em.map(User, card_owner) : null;
  return {
    lead: lead.id ? em.map(Lead, lead) : null,
    lookups: { sources: source ? [source] : [], activeUsers: owner ? [owner] : [] },
    currentOwner: current_owner ? em.map(User, current_owner) : null,
  };
}

/** The lead as the answer: its owner and source were read whole with the card and the write left them as they are. */
export function answerCard(em: EntityManager, lead: Lead, card: LeadCard): Lead {
  if (card.source) answerWith(em, LeadSource, [card.source]);
  if (card.owner) answerWith(em, User, [card.owner]);
  return lead;
}

function cardColumns(card: LeadCard): Record<string, unknown> {
  return {
    last_name: card.lastName,
    first_name: card.firstName,
    patronymic: card.patronymic,
    legal_form: card.legalForm,
    company_name: card.companyName,
    inn: card.inn,
    tax_regime: card.taxRegime,
    okved_code: card.okvedCode,
    activity: card.activity,
    region_code: card.regionCode,
    source_id: card.source?.id ?? null,
    phone: card.phone,
    email: card.email,
    owner_id: card.owner?.id ?? null,
    notes: card.notes,
    extra: card.extra,
  };
}

const placeholder = (column: string) => (column === 'extra' ? '?::jsonb' : '?');
const param = (column: string, value: unknown) => (column === 'extra' ? JSON.stringify(value) : value);

/** Inserts the card as a new lead with its event; returns the lead, managed, as stored. */
export async function insertLeadCard(em: EntityManager, actor: Actor, card: LeadCard, event: (lead: Lead) => NewEvent): Promise<Lead> {
  const now = new Date();
  const columns: Record<string, unknown> = { id: randomUUID(), firm_id: actor.firmId, ...cardColumns(card), stage: LeadStage.NEW, lost_reason_id: null, created_at: now, updated_at: now, version: 1 };
  const names = Object.keys(columns);
  const lead = em.map(Lead, columns);
  await recordedStatement(
    em,
    actor,
    { sql: `insert into lead (${names.join(', ')}) values (${names.map(placeholder).join(', ')}) returning id`, params: names.map((n) => param(n, columns[n])) },
    event(lead),
  );
  return answerCard(em, lead, card);
}

/**
 * Writes the card over the lead if it is still at the version read, with its event; returns the
 * lead as written, or null when another change came first.
 */
export async function updateLeadCard(em: EntityManager, actor: Actor, lead: Lead, card: LeadCard, event: NewEvent): Promise<Lead | null> {
  const columns: Record<string, unknown> = { ...cardColumns(card), version: lead.version + 1, updated_at: new Date() };
  const names = Object.keys(columns);
  const seq = await recordedStatement(
    em,
    actor,
    {
      sql: `update lead set ${names.map((n) => `${n} = ${placeholder(n)}`).join(', ')} where id = ? and firm_id = ? and version = ? returning id`,
      params: [...names.map((n) => param(n, columns[n])), lead.id, actor.firmId, lead.version],
    },
    event,
  );
  return seq === null ? null : answerCard(em, em.map(Lead, { ...columns, id: lead.id }), card);
}
