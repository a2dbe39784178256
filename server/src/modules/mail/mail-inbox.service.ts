import type { QueryOrderMap } from '@mikro-orm/core';
import { readRows } from '../../db/rows.js';
import { conflict, forbidden, notFound } from '../../graphql/errors.js';
import { decodeKeyset, encodeKeyset, keysetAfter, keysetOrder, keyValue, type SortKey } from '../../graphql/keyset.js';
import type { Connection } from '../../graphql/pagination.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { mayRead, subjectOf, writableSubject } from '../correspondence/timeline-subject.js';
import { recordedTransaction } from '../events/event-log.js';
import { MailMessage } from './mail.entity.js';
import { MailMatch } from './mail.enums.js';
import { MAIL_TOPIC } from './mail.events.js';
import { mayTriage } from './mail.policy.js';
import { addEmailEntry } from './mail-timeline.js';

const TRIAGE_ORDER: SortKey = { column: 'sent_at', kind: 'timestamp', direction: 'desc' };

/** The triage inbox: received letters nobody could attach, until a person attaches them. */
export class MailInboxService {
  private triager(scope: SignedInScope): void {
    if (!mayTriage(scope.principal.role)) throw forbidden('Accountants read the letters of their own clients; the triage inbox is sorted by managers and the owner');
  }

  /** Unattached letters, newest first. */
  async triage(scope: SignedInScope, first: number, after?: string | null): Promise<Connection<MailMessage> & { totalCount: number }> {
    this.triager(scope);
    const { em } = scope;
    const where = { lead: null, client: null };
    const from = after ? keysetAfter(TRIAGE_ORDER, decodeKeyset('mail-triage', TRIAGE_ORDER, after)) : null;
    const [rows, totalCount] = await Promise.all([
      readRows(em, MailMessage, from ? { $and: [where, from] } : where, { orderBy: keysetOrder(TRIAGE_ORDER) as QueryOrderMap<MailMessage>[], limit: first + 1 }),
      em.count(MailMessage, where),
    ]);
    const page = rows.slice(0, first);
    const cursor = (m: MailMessage) => encodeKeyset('mail-triage', { value: keyValue(m.sentAt), id: m.id });
    return { edges: page.map((node) => ({ cursor: cursor(node), node })), pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursor(page.at(-1)!) : null }, totalCount };
  }

  /** One letter, if the caller may read it (an unattached one: those who sort the triage inbox). */
  async message(scope: SignedInScope, id: string): Promise<MailMessage> {
    const message = await scope.em.findOne(MailMessage, { id });
    if (!message) throw notFound('Letter');
    if (!message.lead && !message.client) this.triager(scope);
    else if (!(await mayRead(scope, await subjectOf(scope.em, scope.principal.firmId, message.client ? { clientId: message.client.id } : { leadId: message.lead!.id })))) {
      throw forbidden('Only the accountants of this client read its correspondence');
    }
    return message;
  }

  /** Attaches a letter from the triage inbox to a lead or client: it goes on the timeline, and its thread follows it there. */
  async assign(scope: SignedInScope, id: string, ref: { leadId?: string | null; clientId?: string | null }): Promise<MailMessage> {
    this.triager(scope);
    const { em, principal } = scope;
    const message = await em.findOne(MailMessage, { id });
    if (!message) throw notFound('Letter');
    const subject = await writableSubject(scope, ref);
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      // claims it: a second person assigning the same letter at once gets CONFLICT
      const claimed = await tx.em
        .getConnection()
        .execute<{ id: string }[]>(
          'update mail_message set lead_id = ?, client_id = ?, matched_by = ?, assigned_by_id = ? where firm_id = ? and id = ? and lead_id is null and client_id is null returning id',
          [subject.leadId, subject.clientId, MailMatch.MANUAL, principal.userId, principal.firmId, message.id],
          'all',
          tx.em.getTransactionContext(),
        );
      if (!claimed.length) throw conflict('This letter is already attached to a lead or client');
      Object.assign(message, { lead: subject.leadId ? tx.em.getReference(Lead, subject.leadId) : null, client: subject.clientId ? tx.em.getReference(Client, subject.clientId) : null, matchedBy: MailMatch.MANUAL });
      addEmailEntry(tx, message, principal.userId);
      tx.record({ topic: MAIL_TOPIC, type: 'MAIL_ASSIGNED', subjectType: 'MailMessage', subjectId: message.id, data: { leadId: subject.leadId, clientId: subject.clientId, subject: message.subject, from: message.from.address } });
      return message;
    });
  }
}
