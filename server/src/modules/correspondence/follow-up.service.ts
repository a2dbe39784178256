import { LockMode, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { conflict, fieldError, forbidden, notFound } from '../../graphql/errors.js';
import type { SignedInScope } from '../../graphql/scope.js';
import type { Clock } from '../../clock.js';
import { actorOf } from '../auth/principal.js';
import { User } from '../auth/user.entity.js';
import { recordedTransaction, type RecordingTransaction } from '../events/event-log.js';
import { notify, notifyAll } from '../notifications/notification.service.js';
import { EntryKind, FollowUpStatus } from './correspondence.enums.js';
import { CORRESPONDENCE_TOPIC } from './correspondence.events.js';
import type { CreateFollowUpInput, FollowUpInput } from './correspondence.inputs.js';
import './correspondence.notifications.js';
import { FOLLOW_UP_CLOSERS } from './correspondence.policy.js';
import { firmMoment } from './firm-moment.js';
import { FollowUp, TimelineEntry } from './timeline.entity.js';
import { plainText } from './timeline-access.js';
import { ownerColumns, ownerData, readableSubject, refOfRow, writableSubject, type TimelineSubject } from './timeline-subject.js';

const noticeData = (followUp: FollowUp, subject: TimelineSubject) => ({
  followUpId: followUp.id,
  title: followUp.title,
  ...ownerData(subject),
  companyName: subject.name,
  dueAt: followUp.dueAt.toISOString(),
});

interface Notice {
  firm_id: string;
  id: string;
  owner_id: string;
  title: string;
  due_at: Date;
  lead_id: string | null;
  client_id: string | null;
  company_name: string;
}

/** Follow-ups: promised, listed for their owner, reminded of when due and overdue, closed with a result. */
export class FollowUpService {
  /** The follow-up's owner: an active user of the caller's firm. */
  async owner(em: EntityManager, userId: string): Promise<User> {
    const user = await em.findOne(User, { id: userId, active: true });
    if (!user) throw fieldError('ownerId', 'The owner must be an active user of the firm', 'USER_NOT_ACTIVE');
    return user;
  }

  /** Adds a follow-up inside the caller's transaction; its owner is told when someone else gives it to them. */
  async add(tx: RecordingTransaction, { principal }: SignedInScope, args: { subject: TimelineSubject; entry: TimelineEntry | null; owner: User; input: FollowUpInput }): Promise<FollowUp> {
    const { subject, entry, owner, input } = args;
    const followUp = tx.em.create(FollowUp, {
      firm: principal.firmId,
      ...ownerColumns(subject),
      entry: entry?.id ?? null,
      owner: owner.id,
      title: plainText(input.title),
      dueAt: firmMoment(input.dueDate, input.dueTime, principal.timeZone),
      createdBy: principal.userId,
    });
    tx.record({
      topic: CORRESPONDENCE_TOPIC,
      type: 'FOLLOW_UP_CREATED',
      subjectType: 'FollowUp',
      subjectId: followUp.id,
      data: { ...ownerData(subject), title: followUp.title, ownerId: owner.id, dueAt: followUp.dueAt.toISOString(), entryId: entry?.id ?? null, createdAt: followUp.createdAt.toISOString() },
    });
    if (owner.id !== principal.userId) {
      await notify(tx, { firmId: principal.firmId, userId: owner.id, kind: 'FOLLOW_UP_ASSIGNED', subjectType: 'FollowUp', subjectId: followUp.id, data: noticeData(followUp, subject) });
    }
    return followUp;
  }

  /** A follow-up on a timeline entry. */
  async create(scope: SignedInScope, input: CreateFollowUpInput): Promise<FollowUp> {
    const entry = await scope.em.findOne(TimelineEntry, { id: input.entryId });
    if (!entry) throw notFound('Timeline entry');
    const subject = await writableSubject(scope, refOfRow(entry));
    const owner = await this.owner(scope.em, input.ownerId ?? scope.principal.userId);
    return recordedTransaction(scope.em, actorOf(scope.principal), async (tx) => this.add(tx, scope, { subject, entry, owner, input }));
  }

  /** Closes a follow-up (its owner, or a manager, coordinator, head or owner of the firm); the result goes on the timeline. */
  async close(scope: SignedInScope, id: string, result: string): Promise<FollowUp> {
    const { principal, clock } = scope;
    const found = await scope.em.findOne(FollowUp, { id });
    if (!found) throw notFound('Follow-up');
    // the result goes where the timeline is now: on the client too, once the lead is one
    const subject = await readableSubject(scope, refOfRow(found));
    return recordedTransaction(scope.em, actorOf(principal), async (tx) => {
      const followUp = await tx.em.findOne(FollowUp, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!followUp) throw notFound('Follow-up');
      if (!this.mayClose(scope, followUp)) throw forbidden('Only its owner or those who manage the work close a follow-up');
      if (followUp.status !== FollowUpStatus.OPEN) throw conflict('This follow-up is already closed', { closedAt: followUp.closedAt?.toISOString() ?? null });
      const now = clock.now();
      Object.assign(followUp, { status: FollowUpStatus.DONE, result: plainText(result), closedAt: now, closedBy: principal.userId });
      const entry = tx.em.create(TimelineEntry, {
        firm: principal.firmId,
        ...ownerColumns(subject),
        kind: EntryKind.FOLLOW_UP_RESULT,
        occurredAt: now,
        summary: plainText(result),
        author: principal.userId,
        followUpId: followUp.id,
      });
      tx.record({
        topic: CORRESPONDENCE_TOPIC,
        type: 'FOLLOW_UP_CLOSED',
        subjectType: 'FollowUp',
        subjectId: followUp.id,
        data: { ...ownerData(subject), title: followUp.title, resultEntryId: entry.id, occurredAt: now.toISOString() },
      });
      return followUp;
    });
  }

  mayClose({ principal }: SignedInScope, followUp: FollowUp): boolean {
    return followUp.owner.id === principal.userId || FOLLOW_UP_CLOSERS.includes(principal.role);
  }

  /** The caller's follow-ups: open ones soonest due first, closed ones latest closed first (up to 200). */
  async mine({ em, principal }: SignedInScope, status: FollowUpStatus): Promise<FollowUp[]> {
    const open = status === FollowUpStatus.OPEN;
    return em.find(FollowUp, { owner: principal.userId, status }, { orderBy: open ? [{ dueAt: 'asc' }, { id: 'asc' }] : [{ closedAt: 'desc' }, { id: 'asc' }], limit: 200 });
  }

  /**
   * Tells owners of open follow-ups that came due or went overdue by `clock`'s now, across firms.
   * Each notice is claimed by a conditional update in the transaction that sends it (rows another
   * instance holds are skipped, and a claimed row is never claimed again), so instances running
   * this at once never send one twice. Returns how many notices were sent.
   */
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
      const rows = await em.getConnection().execute<Notice[]>(
        `update follow_up f set ${notice.column} = ?::timestamptz
         where f.id in (
           select f2.id from follow_up f2 join firm fm on fm.id = f2.firm_id
           where f2.status = 'OPEN' and f2.${notice.column} is null and ${notice.when}
           order by f2.due_at limit ${CLAIM_BATCH} for update of f2 skip locked)
         returning f.firm_id, f.id, f.owner_id, f.title, f.due_at, f.lead_id, f.client_id,
           coalesce((select c.short_name from client c where c.id = f.client_id), (select l.company_name from lead l where l.id = f.lead_id)) as company_name`,
        [now, now],
        'all',
        em.getTransactionContext(),
      );
      const byFirm = new Map<string, Notice[]>();
      for (const row of rows) byFirm.set(row.firm_id, [...(byFirm.get(row.firm_id) ?? []), row]);
      // firms in one order on every instance: each firm's event counter is locked in turn, and two
      // instances taking them in different orders would deadlock
      for (const [firmId, notices] of [...byFirm].sort(([a], [b]) => a.localeCompare(b))) {
        // the scheduler acts for no one: the events name no actor
        await recordedTransaction(em, { firmId, userId: null, userName: null }, async (tx) => {
          await notifyAll(
            tx,
            notices.map((n) => ({ firmId, userId: n.owner_id, kind: notice.kind, subjectType: 'FollowUp', subjectId: n.id, data: { followUpId: n.id, title: n.title, leadId: n.lead_id, clientId: n.client_id, companyName: n.company_name, dueAt: new Date(n.due_at).toISOString() } })),
          );
        });
      }
      return rows.length;
    });
  }
}

const CLAIM_BATCH = 100;

/** The two notices and when each is due; `?` is now. */
const NOTICES = [
  { column: 'due_notified_at', kind: 'FOLLOW_UP_DUE', when: `f2.due_at <= ?::timestamptz` },
  // overdue once the firm's day it was due on has ended, on the firm's clock
  { column: 'overdue_notified_at', kind: 'FOLLOW_UP_OVERDUE', when: `(f2.due_at at time zone fm.time_zone)::date < (?::timestamptz at time zone fm.time_zone)::date` },
] as const;
