import type { MikroORM } from '@mikro-orm/postgresql';
import ical from 'ical-generator';
import { readRows } from '../../db/rows.js';
import { firmEntityManager } from '../../graphql/tenant-em.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { newSecret, secretHash } from '../auth/tokens.js';
import { recordedTransaction } from '../events/event-log.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { Client } from './client.entity.js';
import { ObligationStatus } from './client.enums.js';
import { CLIENTS_TOPIC } from './client.service.js';
import { Obligation } from './obligation.entity.js';

/** A feed's URL is `<public URL>/calendar/<token>.ics`; the token starts `cal_`. */
export const CALENDAR_PATH = '/calendar';
const TOKEN = /^cal_[A-Za-z0-9_-]{43}$/;

export interface IssuedCalendarFeed {
  feed: CalendarFeed;
  url: string;
}

interface FeedRow { id: string; firm_id: string; user_id: string; user_name: string; firm_name: string; last_used_at: Date | null }

const STATUS_RU: Record<ObligationStatus, string> = {
  [ObligationStatus.PLANNED]: 'запланировано',
  [ObligationStatus.IN_PROGRESS]: 'в работе',
  [ObligationStatus.DONE]: 'выполнено',
  [ObligationStatus.NOT_REQUIRED]: 'не требуется',
};

/** Each user's private iCalendar feed of the obligations they hold. */
export class CalendarFeedService {
  constructor(private readonly publicUrl: string) {}

  async mine({ em, principal }: SignedInScope): Promise<CalendarFeed | null> {
    const [feed] = await readRows(em, CalendarFeed, { user: principal.userId });
    return feed ?? null;
  }

  /** Issues the caller's feed URL, or a new one in place of the old (which stops working at once). */
  async rotate({ em, principal, clock }: SignedInScope): Promise<IssuedCalendarFeed> {
    const token = newSecret('cal');
    const feed = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const existing = await tx.em.findOne(CalendarFeed, { user: principal.userId });
      const current = existing ?? tx.em.create(CalendarFeed, { firm: principal.firmId, user: principal.userId, tokenHash: '' });
      Object.assign(current, { tokenHash: secretHash(token), createdAt: clock.now(), lastUsedAt: null });
      tx.record({ topic: CLIENTS_TOPIC, type: 'OBLIGATION_FEED_ISSUED', subjectType: 'User', subjectId: principal.userId, data: { rotated: !!existing } });
      return current;
    });
    return { feed, url: `${this.publicUrl}${CALENDAR_PATH}/${token}.ics` };
  }

  /** Revokes the caller's feed: its URL answers 404 from now on. Answers whether there was one. */
  async revoke({ em, principal }: SignedInScope): Promise<boolean> {
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const deleted = await tx.em.nativeDelete(CalendarFeed, { user: principal.userId });
      if (deleted) tx.record({ topic: CLIENTS_TOPIC, type: 'OBLIGATION_FEED_REVOKED', subjectType: 'User', subjectId: principal.userId, data: {} });
      return deleted > 0;
    });
  }

  /**
   * The feed behind a token as iCalendar text, or null for a token that is unknown, revoked or of
   * a deactivated user. Every obligation the user holds except those not required: one all-day
   * event on its due date, «код — клиент», with its period and status; its UID never changes.
   */
  async render(orm: MikroORM, token: string, now: Date): Promise<string | null> {
    if (!TOKEN.test(token)) return null;
    const connection = orm.em.getConnection();
    const [row] = await connection.execute<FeedRow[]>(
      `select f.id, f.firm_id, f.user_id, u.name as user_name, fm.name as firm_name, f.last_used_at
       from calendar_feed f join app_user u on u.id = f.user_id and u.active join firm fm on fm.id = f.firm_id where f.token_hash = ?`,
      [secretHash(token)],
    );
    if (!row) return null;
    // calendar apps poll every few minutes: the last use is kept to the minute
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
      await connection.execute('update calendar_feed set last_used_at = ? where id = ?', [now, row.id]);
    }
    const em = firmEntityManager(orm, row.firm_id);
    const obligations = await readRows(em, Obligation, { owner: row.user_id, status: { $ne: ObligationStatus.NOT_REQUIRED } }, { orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] });
    const clientIds = [...new Set(obligations.map((o) => o.client.id))];
    const clients = new Map((clientIds.length ? await readRows(em, Client, { id: { $in: clientIds } }) : []).map((c) => [c.id, c]));
    const calendar = ical({
      name: `Обязательства — ${row.user_name}`,
      description: `${row.firm_name}: сроки сдачи отчётности и платежей клиентов`,
      prodId: { company: 'Schetovod', product: 'obligations', language: 'RU' },
      // a client polls no more often than this
      ttl: 60 * 60,
    });
    for (const obligation of obligations) {
      const client = clients.get(obligation.client.id);
      const [year, month, day] = obligation.dueDate.split('-').map(Number) as [number, number, number];
      const provisional = obligation.provisional ? ' (предварительно)' : '';
      calendar.createEvent({
        id: `${obligation.id}@schetovod`,
        start: new Date(Date.UTC(year, month - 1, day)),
        allDay: true,
        stamp: now,
        summary: `${obligation.code} — ${client?.shortName ?? ''}${provisional}`,
        description: [
          obligation.title,
          `Период: ${obligation.period}`,
          `Статус: ${STATUS_RU[obligation.status as ObligationStatus]}`,
          ...(obligation.provisional ? ['Дата предварительная: производственный календарь года ещё не загружен'] : []),
          `${this.publicUrl}/clients/${obligation.client.id}`,
        ].join('\n'),
        url: `${this.publicUrl}/clients/${obligation.client.id}`,
      });
    }
    return calendar.toString();
  }
}
