import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { firmEntityManager } from '../../graphql/tenant-em.js';
import { ContactDirection } from '../correspondence/correspondence.enums.js';
import { recordedTransaction } from '../events/event-log.js';
import { MailAttachment, MailMessage, Mailbox, type MailAddress } from './mail.entity.js';
import { MAIL_TOPIC } from './mail.events.js';
import { imapClient } from './mail-connect.js';
import { hasRemoteImages, sanitizeMailHtml } from './mail-html.js';
import { companyDomain, innsIn, matchLetter, type MailOwner, type MatchFacts } from './mail-match.js';
import { MAX_ATTACHMENT_BYTES } from './mail.policy.js';
import { addEmailEntry } from './mail-timeline.js';
import type { MailboxService } from './mailbox.service.js';

/** How one fetch of a mailbox went. */
export interface FetchReport {
  stored: number;
  /** Letters another instance stored first, or already stored under another UID. */
  skipped: number;
  lastUid: number;
  error: string | null;
}

const addresses = (value: AddressObject | AddressObject[] | undefined): MailAddress[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((group) => group.value).flatMap((a) => (a.address ? [{ name: a.name || null, address: a.address.toLowerCase() }] : a.group ?? []).map((x) => ({ name: x.name || null, address: (x.address ?? '').toLowerCase() }))).filter((a) => a.address);

const idList = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value ? value.split(/\s+/) : []).filter((id) => /^<[^<>\s]+>$/.test(id));

const sizeText = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} МБ`;

interface OwnerRow {
  lead_id: string | null;
  client_id: string | null;
}
const owners = (rows: OwnerRow[]): MailOwner[] => rows.map((r) => ({ leadId: r.lead_id, clientId: r.client_id }));

/**
 * New mail from each mailbox's INBOX over IMAP, polled by a job. The INBOX is opened read-only
 * and letters are read with BODY.PEEK, so nothing is marked read or deleted on the server.
 * Each letter is stored in its own transaction together with the mailbox's last UID, so a fetch
 * stopped midway resumes after the last letter it stored; a per-letter lock and the unique
 * (mailbox, UIDVALIDITY, UID) let several instances fetch at once and store each letter once.
 */
export class MailFetchService {
  constructor(private readonly mailboxes: MailboxService) {}

  /** Every mailbox of every firm, one after another (the job). */
  async fetchAll(orm: MikroORM): Promise<void> {
    const rows = await orm.em.fork().getConnection().execute<{ id: string; firm_id: string }[]>('select id, firm_id from mailbox order by created_at, id');
    const failed: string[] = [];
    for (const row of rows) {
      const report = await this.fetchMailbox(orm, row.firm_id, row.id);
      if (report.error) failed.push(`${row.id}: ${report.error}`);
    }
    // one mailbox failing does not hold up the others; the job reports them all (and the owner sees lastFetchError)
    if (failed.length) throw new Error(`mail fetch failed for ${failed.length} mailbox(es): ${failed.join('; ')}`);
  }

  /** New letters of one mailbox, up to `limit` of them (oldest first). */
  async fetchMailbox(orm: MikroORM, firmId: string, mailboxId: string, limit = 500): Promise<FetchReport> {
    const em = firmEntityManager(orm, firmId);
    const mailbox = await em.findOne(Mailbox, { id: mailboxId });
    if (!mailbox) return { stored: 0, skipped: 0, lastUid: 0, error: 'no such mailbox' };
    const client = imapClient(this.mailboxes.imapAccess(mailbox));
    client.on('error', () => undefined);
    const report: FetchReport = { stored: 0, skipped: 0, lastUid: Number(mailbox.lastUid), error: null };
    try {
      await client.connect();
      const box = await client.mailboxOpen('INBOX', { readOnly: true });
      const validity = String(box.uidValidity);
      // bigint columns may come back as strings or numbers
      if (mailbox.uidValidity == null || String(mailbox.uidValidity) !== validity) {
        // new UIDVALIDITY: the server renumbered its letters; start over (stored letters are recognised by Message-ID)
        await em.getConnection().execute('update mailbox set uid_validity = ?, last_uid = 0 where firm_id = ? and id = ?', [validity, firmId, mailbox.id]);
        report.lastUid = 0;
      }
      const found = (await client.search({ uid: `${report.lastUid + 1}:*` }, { uid: true })) || [];
      const uids = found.filter((uid) => uid > report.lastUid).sort((a, b) => a - b).slice(0, limit);
      for (const uid of uids) {
        const fetched = await client.fetchOne(String(uid), { source: true, uid: true }, { uid: true });
        if (!fetched || !fetched.source) continue;
        const parsed = await simpleParser(fetched.source, { skipImageLinks: true });
        const stored = await this.store(em, mailbox, validity, uid, parsed);
        if (stored) report.stored += 1;
        else report.skipped += 1;
        report.lastUid = uid;
      }
      await client.logout();
      await em.getConnection().execute('update mailbox set last_fetched_at = now(), last_fetch_error = null where firm_id = ? and id = ?', [firmId, mailbox.id]);
    } catch (error) {
      client.close();
      report.error = (error as { responseText?: string; message?: string }).responseText ?? (error as Error).message ?? String(error);
      await em.getConnection().execute('update mailbox set last_fetch_error = ? where firm_id = ? and id = ?', [report.error.slice(0, 1000), firmId, mailbox.id]);
    }
    return report;
  }

  /** What the firm knows about the letter's sender, thread and subject, in four statements. */
  private async facts(em: EntityManager, firmId: string, thread: string[], from: string, subject: string): Promise<MatchFacts> {
    const conn = em.getConnection();
    const domain = companyDomain(from);
    const inns = innsIn(subject);
    const array = (values: string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;
    // a lead and the client accepted from it are one owner: each row names both
    const leadOwner = `select l.id as lead_id, c.id as client_id from lead l left join client c on c.lead_id = l.id and c.firm_id = l.firm_id where l.firm_id = ? and`;
    const clientOwner = `select c.lead_id, c.id as client_id from client c where c.firm_id = ? and`;
    const contactAt = (test: string) => `exists (select 1 from jsonb_array_elements(c.contacts) x where ${test})`;
    const [threadOwners, contactOwners, domainOwners, innOwners] = await Promise.all([
      thread.length
        ? conn.execute<OwnerRow[]>(`select lead_id, client_id from mail_message where firm_id = ? and message_id = any(?::text[]) and (lead_id is not null or client_id is not null)`, [firmId, array(thread)])
        : [],
      conn.execute<OwnerRow[]>(`${leadOwner} lower(l.email) = ? union ${clientOwner} ${contactAt(`lower(x->>'email') = ?`)}`, [firmId, from, firmId, from]),
      domain
        ? conn.execute<OwnerRow[]>(`${leadOwner} split_part(lower(l.email), '@', 2) = ? union ${clientOwner} ${contactAt(`split_part(lower(x->>'email'), '@', 2) = ?`)}`, [firmId, domain, firmId, domain])
        : [],
      inns.length ? conn.execute<OwnerRow[]>(`${leadOwner} l.inn = any(?::text[]) union ${clientOwner} c.inn = any(?::text[])`, [firmId, array(inns), firmId, array(inns)]) : [],
    ]);
    return { threadOwners: owners(threadOwners), contactOwners: owners(contactOwners), domainOwners: owners(domainOwners), innOwners: owners(innOwners) };
  }

  /** Stores one letter unless it is stored already; advances the mailbox's last UID with it. */
  private async store(em: EntityManager, mailbox: Mailbox, validity: string, uid: number, parsed: ParsedMail): Promise<boolean> {
    const firmId = mailbox.firm.id;
    const from = addresses(parsed.from)[0] ?? { name: null, address: 'unknown@invalid' };
    const messageId = parsed.messageId && /^<[^<>\s]+>$/.test(parsed.messageId) ? parsed.messageId : `<${validity}.${uid}@${mailbox.address.split('@')[1]}>`;
    const inReplyTo = idList(parsed.inReplyTo)[0] ?? null;
    const references = idList(parsed.references).slice(-50);
    const subject = (parsed.subject ?? '').trim();
    const facts = await this.facts(em, firmId, [...new Set([...(inReplyTo ? [inReplyTo] : []), ...references])], from.address, subject);
    const match = matchLetter(facts);
    return recordedTransaction(em, { firmId, userId: null, userName: null }, async (tx) => {
      const conn = tx.em.getConnection();
      const ctx = tx.em.getTransactionContext();
      // one instance at a time per letter; the one that waited sees the letter stored and skips it
      await conn.execute('select pg_advisory_xact_lock(hashtext(?))', [`mail:${mailbox.id}:${validity}:${uid}`], 'all', ctx);
      const [known] = await conn.execute<unknown[]>(
        `select 1 from mail_message where firm_id = ? and mailbox_id = ? and ((uid_validity = ? and uid = ?) or (message_id = ? and direction = 'INCOMING')) limit 1`,
        [firmId, mailbox.id, validity, uid, messageId],
        'all',
        ctx,
      );
      await conn.execute('update mailbox set last_uid = greatest(last_uid, ?) where firm_id = ? and id = ? and uid_validity = ?', [uid, firmId, mailbox.id, validity], 'run', ctx);
      if (known) return false;
      const notes: string[] = [];
      const files = parsed.attachments.filter((a) => {
        if (a.size <= MAX_ATTACHMENT_BYTES) return true;
        notes.push(`[Вложение «${a.filename ?? 'без имени'}» (${sizeText(a.size)}) больше ${sizeText(MAX_ATTACHMENT_BYTES)} и не сохранено]`);
        return false;
      });
      const html = parsed.html ? sanitizeMailHtml(parsed.html) : null;
      const message = tx.em.create(MailMessage, {
        firm: firmId,
        mailbox: mailbox.id,
        direction: ContactDirection.INCOMING,
        messageId,
        inReplyTo,
        references,
        subject,
        from,
        to: addresses(parsed.to),
        cc: addresses(parsed.cc),
        sentAt: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : new Date(),
        text: [(parsed.text ?? '').trim(), ...notes].filter(Boolean).join('\n\n'),
        html: html && (html.replace(/<[^>]*>/g, '').trim() || hasRemoteImages(html)) ? html : null,
        lead: match?.owner.leadId ?? null,
        client: match?.owner.clientId ?? null,
        matchedBy: match?.by ?? null,
        uidValidity: validity,
        uid: String(uid),
      });
      for (const file of files) {
        tx.em.create(MailAttachment, {
          firm: firmId,
          message,
          filename: (file.filename ?? 'attachment').slice(0, 255),
          contentType: (file.contentType || 'application/octet-stream').slice(0, 255),
          size: file.content.length,
          content: file.content,
        });
      }
      if (match) addEmailEntry(tx, message, null);
      tx.record({
        topic: MAIL_TOPIC,
        type: 'MAIL_RECEIVED',
        subjectType: 'MailMessage',
        subjectId: message.id,
        data: { leadId: match?.owner.leadId ?? null, clientId: match?.owner.clientId ?? null, subject, from: from.address, matchedBy: match?.by ?? null },
      });
      return true;
    });
  }
}
