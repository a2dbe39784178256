import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { fieldError } from '../../graphql/errors.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { Department } from '../auth/roles.js';
import { recordedTransaction } from '../events/event-log.js';
import { notify } from '../notifications/notification.service.js';
import { OPEN_OBLIGATION_STATUSES } from './client.enums.js';
import { AREA_DEPARTMENT } from './client.policy.js';
import { CLIENTS_TOPIC } from './client.service.js';
import './clients.notifications.js';
import { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS, ObligationReminderSetting } from './reminder-setting.entity.js';
import type { ServiceArea } from './schedule-link.js';

interface Claimed {
  firm_id: string;
  id: string;
  owner_id: string;
  owner_name: string;
  title: string;
  code: string;
  due_date: string;
  area: ServiceArea;
  client_id: string;
  short_name: string;
}

const CLAIM_BATCH = 100;
// an overdue notice missed while no instance ran is still sent within these days
const OVERDUE_CATCH_UP_DAYS = 3;
const OPEN_SQL = OPEN_OBLIGATION_STATUSES.map((s) => `'${s}'`).join(', ');
const FIRM_TODAY = `(?::timestamptz at time zone fm.time_zone)::date`;

/** The two notices and when each is due, on each firm's calendar; `?` is now. */
const NOTICES = [
  {
    column: 'due_soon_notified_for',
    kind: 'OBLIGATION_DUE_SOON',
    when: `coalesce(s.days_before, ${DEFAULT_REMINDER_DAYS}) > 0 and o2.due_date >= ${FIRM_TODAY} and o2.due_date <= ${FIRM_TODAY} + coalesce(s.days_before, ${DEFAULT_REMINDER_DAYS})`,
    heads: false,
  },
  {
    column: 'overdue_notified_for',
    kind: 'OBLIGATION_OVERDUE',
    when: `o2.due_date < ${FIRM_TODAY} and o2.due_date >= ${FIRM_TODAY} - ${OVERDUE_CATCH_UP_DAYS}`,
    heads: true,
  },
] as const;

/**
 * Reminders of obligations through notifications: N days before the due date (each user's
 * setting, 3 unless changed) to its accountant, and the day after it, once overdue, to its
 * accountant and the head of its department. Open items of active clients only. Each notice is
 * sent exactly once per due date: a claim marks the item with the date it was sent for, rows
 * another instance is claiming are skipped, and a re-dated item is announced for its new date.
 */
export class ObligationReminderService {
  async daysBefore({ em, principal }: SignedInScope): Promise<number> {
    const setting = await em.findOne(ObligationReminderSetting, { user: principal.userId });
    return setting?.daysBefore ?? DEFAULT_REMINDER_DAYS;
  }

  async setDaysBefore({ em, principal }: SignedInScope, days: number): Promise<number> {
    if (!Number.isInteger(days) || days < 0 || days > MAX_REMINDER_DAYS) throw fieldError('days', `From 0 (off) to ${MAX_REMINDER_DAYS} days`, 'DAYS_OUT_OF_RANGE');
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const existing = await tx.em.findOne(ObligationReminderSetting, { user: principal.userId });
      const from = existing?.daysBefore ?? DEFAULT_REMINDER_DAYS;
      if (existing && from === days) return days;
      (existing ?? tx.em.create(ObligationReminderSetting, { firm: principal.firmId, user: principal.userId })).daysBefore = days;
      if (from !== days) tx.record({ topic: CLIENTS_TOPIC, type: 'OBLIGATION_REMINDERS_SET', subjectType: 'User', subjectId: principal.userId, data: { daysBefore: days } });
      return days;
    });
  }

  /** Sends what has come due on the clock's "now"; answers how many items were announced. */
  async remind(orm: MikroORM, clock: Clock): Promise<number> {
    const now = clock.now().toISOString();
    let sent = 0;
    for (const notice of NOTICES) {
      for (let claimed = CLAIM_BATCH; claimed === CLAIM_BATCH; sent += claimed) claimed = await this.claim(orm, notice, now);
    }
    return sent;
  }

  private claim(orm: MikroORM, notice: (typeof NOTICES)[number], now: string): Promise<number> {
    return orm.em.fork().transactional(async (em) => {
      const params = notice.when.split('?').length - 1;
      const rows = await em.getConnection().execute<Claimed[]>(
        `update obligation o set ${notice.column} = o.due_date from client c, app_user u
         where c.id = o.client_id and u.id = o.owner_id and o.id in (
           select o2.id from obligation o2
           join firm fm on fm.id = o2.firm_id
           join client c2 on c2.id = o2.client_id and c2.status = 'ACTIVE'
           join app_user u2 on u2.id = o2.owner_id and u2.active
           left join obligation_reminder_setting s on s.user_id = o2.owner_id
           where o2.status in (${OPEN_SQL}) and o2.${notice.column} is distinct from o2.due_date and ${notice.when}
           order by o2.due_date, o2.id limit ${CLAIM_BATCH} for update of o2 skip locked)
         returning o.firm_id, o.id, o.owner_id, u.name as owner_name, o.title, o.code, to_char(o.due_date, 'YYYY-MM-DD') as due_date, o.area, o.client_id, c.short_name`,
        Array.from({ length: params }, () => now),
        'all',
        em.getTransactionContext(),
      );
      if (!rows.length) return 0;
      const heads = notice.heads ? await this.heads(em, [...new Set(rows.map((r) => r.firm_id))]) : [];
      const byFirm = new Map<string, Claimed[]>();
      for (const row of rows) byFirm.set(row.firm_id, [...(byFirm.get(row.firm_id) ?? []), row]);
      // firms in one order in every instance: each firm's event number is locked until commit, so two
      // claims taking the same firms in different orders would deadlock
      for (const [firmId, claimed] of [...byFirm].sort(([a], [b]) => a.localeCompare(b))) {
        // the scheduler acts for no one: the events name no actor
        await recordedTransaction(em, { firmId, userId: null, userName: null }, async (tx) => {
          for (const item of claimed) {
            const data = { obligationId: item.id, clientId: item.client_id, clientName: item.short_name, title: item.title, code: item.code, dueDate: item.due_date, dueOn: item.due_date.split('-').reverse().join('.'), ownerName: item.owner_name };
            await notify(tx, { firmId, userId: item.owner_id, kind: notice.kind, subjectType: 'Obligation', subjectId: item.id, data });
            const department = AREA_DEPARTMENT[item.area];
            for (const head of heads.filter((h) => h.firm_id === firmId && h.department === department && h.id !== item.owner_id)) {
              await notify(tx, { firmId, userId: head.id, kind: 'OBLIGATION_OVERDUE_IN_TEAM', subjectType: 'Obligation', subjectId: item.id, data });
            }
          }
        });
      }
      return rows.length;
    });
  }

  /** The active heads of these firms, with their departments. */
  private heads(em: EntityManager, firmIds: string[]): Promise<{ id: string; firm_id: string; department: Department }[]> {
    return em.getConnection().execute(
      `select id, firm_id, department from app_user where role = 'HEAD' and active and firm_id = any(?::uuid[])`,
      [`{${firmIds.join(',')}}`],
      'all',
      em.getTransactionContext(),
    );
  }
}
