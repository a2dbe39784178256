import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { recordedTransaction, type NewEvent } from '../events/event-log.js';
import { notifyAll, type NotificationDraft } from '../notifications/notification.service.js';
import { CONTRACTS_TOPIC } from './contract-topic.js';
import './poa.notifications.js';

export const POA_EXPIRY_JOB = 'poa-expiry';

const BATCH = 100;

interface Claimed {
  firm_id: string;
  id: string;
  number: string;
  manager_id: string | null;
  company_name: string | null;
  lead_id: string | null;
  client_id: string | null;
  day: string;
  /** POA: its last valid day; contract: the day it was sent. */
  since: string;
  days: number | null;
}

// the firm's today at the instant `?`
const FIRM_TODAY = (zone: string) => `(?::timestamptz at time zone ${zone})::date`;

/** The responsible manager of a power of attorney `p`: its contract's manager, else the lead's owner, else who drafted it (active users only). */
export const POA_MANAGER = `coalesce(
  (select u.id from contract c join app_user u on u.id = c.manager_id and u.active where c.id = p.contract_id),
  (select u.id from lead l join app_user u on u.id = l.owner_id and u.active where l.id = p.lead_id),
  (select u.id from app_user u where u.id = p.created_by_id and u.active))`;

/** The principal's client of a power of attorney `p`: the client it names, else the client its lead became. */
export const POA_CLIENT_ID = `coalesce(p.client_id, (select cl.id from client cl where cl.lead_id = p.lead_id and cl.firm_id = p.firm_id))`;

/** The principal's name: the client's short name, else the lead's company. */
export const POA_PRINCIPAL_NAME = `coalesce(
  (select cl.short_name from client cl where cl.id = ${POA_CLIENT_ID}),
  (select l.company_name from lead l where l.id = p.lead_id))`;

/** What a notice about a power of attorney `p` names: { id, number, manager_id, company_name, lead_id, client_id }. */
const POA_NOTICE_COLUMNS = `p.id, p.number, ${POA_MANAGER} as manager_id, ${POA_PRINCIPAL_NAME} as company_name, p.lead_id, ${POA_CLIENT_ID} as client_id`;

/**
 * The daily watch over powers of attorney and contracts, on each firm's own calendar: issued
 * powers of attorney past their last day are recorded EXPIRED, those ending within the firm's
 * warning days are announced, and contracts the client has not signed for the firm's number of
 * days are chased — each to the responsible manager, once.
 *
 * Every row is claimed by a conditional UPDATE … RETURNING on a column that is null until then
 * (rows another instance holds are skipped, and the update re-checks the column after waiting), in
 * the same transaction as its event and notification: however many instances run it at once, each
 * power of attorney is expired and announced exactly once.
 */
export class PoaExpiryService {
  async run(orm: MikroORM, clock: Clock): Promise<{ expired: number; expiring: number; unsigned: number }> {
    const now = clock.now().toISOString();
    return {
      expired: await this.drain(orm, (em) => this.expire(em, now)),
      expiring: await this.drain(orm, (em) => this.expiring(em, now)),
      unsigned: await this.drain(orm, (em) => this.unsigned(em, now)),
    };
  }

  private async drain(orm: MikroORM, claim: (em: EntityManager) => Promise<number>): Promise<number> {
    let total = 0;
    for (let claimed = BATCH; claimed === BATCH; total += claimed) claimed = await orm.em.fork().transactional(claim);
    return total;
  }

  private async expire(em: EntityManager, now: string): Promise<number> {
    const rows = await this.claim(
      em,
      `update power_of_attorney p set expired_on = ${FIRM_TODAY('fm.time_zone')} from firm fm
       where fm.id = p.firm_id and p.expired_on is null and p.id in (
         select p2.id from power_of_attorney p2 join firm f2 on f2.id = p2.firm_id
         where p2.issued_on is not null and p2.revoked_on is null and p2.expired_on is null and p2.valid_until < ${FIRM_TODAY('f2.time_zone')}
         order by p2.valid_until limit ${BATCH} for update of p2 skip locked)
       returning p.firm_id, ${POA_NOTICE_COLUMNS}, p.expired_on::text as day, p.valid_until::text as since, null as days`,
      [now, now],
    );
    await this.tell(em, rows, (row) => ({
      event: { topic: CONTRACTS_TOPIC, type: 'POA_EXPIRED', subjectType: 'PowerOfAttorney', subjectId: row.id, data: { number: row.number, on: row.day, validUntil: row.since } },
      notice: { kind: 'POA_EXPIRED', subjectType: 'PowerOfAttorney', subjectId: row.id, data: { poaId: row.id, number: row.number, companyName: row.company_name, leadId: row.lead_id, clientId: row.client_id, validUntil: row.since } },
    }));
    return rows.length;
  }

  private async expiring(em: EntityManager, now: string): Promise<number> {
    const rows = await this.claim(
      em,
      `update power_of_attorney p set expiring_notified_at = ?::timestamptz from firm fm
       where fm.id = p.firm_id and p.expiring_notified_at is null and p.id in (
         select p2.id from power_of_attorney p2 join firm f2 on f2.id = p2.firm_id left join contract_settings s on s.firm_id = p2.firm_id
         where p2.issued_on is not null and p2.revoked_on is null and p2.expired_on is null and p2.expiring_notified_at is null
           and p2.valid_until >= ${FIRM_TODAY('f2.time_zone')} and p2.valid_until <= ${FIRM_TODAY('f2.time_zone')} + coalesce(s.poa_warning_days, 30)
         order by p2.valid_until limit ${BATCH} for update of p2 skip locked)
       returning p.firm_id, ${POA_NOTICE_COLUMNS}, ${FIRM_TODAY('fm.time_zone')}::text as day, p.valid_until::text as since, (p.valid_until - ${FIRM_TODAY('fm.time_zone')}) as days`,
      [now, now, now, now, now],
    );
    await this.tell(em, rows, (row) => ({
      notice: { kind: 'POA_EXPIRING', subjectType: 'PowerOfAttorney', subjectId: row.id, data: { poaId: row.id, number: row.number, companyName: row.company_name, leadId: row.lead_id, clientId: row.client_id, validUntil: row.since, days: row.days } },
    }));
    return rows.length;
  }

  private async unsigned(em: EntityManager, now: string): Promise<number> {
    const rows = await this.claim(
      em,
      `update contract c set unsigned_notified_at = ?::timestamptz from firm fm
       where fm.id = c.firm_id and c.unsigned_notified_at is null and c.id in (
         select c2.id from contract c2 join firm f2 on f2.id = c2.firm_id left join contract_settings s on s.firm_id = c2.firm_id
         where c2.sent_on is not null and c2.client_signed_on is null and c2.terminated_on is null and c2.unsigned_notified_at is null
           and c2.sent_on <= ${FIRM_TODAY('f2.time_zone')} - coalesce(s.unsigned_reminder_days, 7)
         order by c2.sent_on limit ${BATCH} for update of c2 skip locked)
       returning c.firm_id, c.id, c.number,
         (select u.id from app_user u where u.id = coalesce(c.manager_id, c.created_by_id) and u.active) as manager_id,
         coalesce((select l.company_name from lead l where l.id = c.lead_id), c.client->>'fullName') as company_name, c.lead_id,
         ${FIRM_TODAY('fm.time_zone')}::text as day, c.sent_on::text as since, (${FIRM_TODAY('fm.time_zone')} - c.sent_on) as days`,
      [now, now, now, now],
    );
    await this.tell(em, rows, (row) => ({
      notice: { kind: 'CONTRACT_UNSIGNED', subjectType: 'Contract', subjectId: row.id, data: { contractId: row.id, number: row.number, companyName: row.company_name, leadId: row.lead_id, sentOn: row.since, days: row.days } },
    }));
    return rows.length;
  }

  private claim(em: EntityManager, sql: string, params: unknown[]): Promise<Claimed[]> {
    return em.getConnection().execute<Claimed[]>(sql, params, 'all', em.getTransactionContext());
  }

  /** Writes each claimed row's event and notice in the claiming transaction, per firm. */
  private async tell(em: EntityManager, rows: Claimed[], what: (row: Claimed) => { event?: NewEvent; notice: Omit<NotificationDraft, 'firmId' | 'userId'> }): Promise<void> {
    const byFirm = new Map<string, Claimed[]>();
    for (const row of rows) byFirm.set(row.firm_id, [...(byFirm.get(row.firm_id) ?? []), row]);
    for (const [firmId, claimed] of byFirm) {
      // the scheduler acts for no one: the events name no actor
      await recordedTransaction(em, { firmId, userId: null, userName: null }, async (tx) => {
        const drafts: NotificationDraft[] = [];
        for (const row of claimed) {
          const { event, notice } = what(row);
          if (event) tx.record(event);
          if (row.manager_id) drafts.push({ ...notice, firmId, userId: row.manager_id });
        }
        await notifyAll(tx, drafts);
      });
    }
  }
}
