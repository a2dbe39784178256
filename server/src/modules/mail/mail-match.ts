import { hasValidInnChecksum } from '../leads/rules/inn.js';
import { MailMatch } from './mail.enums.js';

/** A lead or client a letter may belong to. */
export interface MailOwner {
  leadId: string | null;
  clientId: string | null;
}

/** What the firm knows, looked up for one letter (by mail-fetch.service from the database). */
export interface MatchFacts {
  /** Owners of stored letters whose Message-ID the letter's In-Reply-To or References name. */
  threadOwners: MailOwner[];
  /** Owners having a contact with the sender's exact address. */
  contactOwners: MailOwner[];
  /** Owners having a contact at the sender's domain (a company domain, not a public mail service). */
  domainOwners: MailOwner[];
  /** Owners whose INN appears in the subject. */
  innOwners: MailOwner[];
}

/** Public mail services: a shared domain says nothing about whose letter it is. */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yandex.ru', 'ya.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru',
  'rambler.ru', 'lenta.ru', 'autorambler.ru', 'ro.ru', 'outlook.com', 'hotmail.com', 'live.com', 'icloud.com', 'me.com', 'yahoo.com', 'proton.me',
  'protonmail.com', 'gmx.com', 'gmx.de', 'qip.ru', 'ngs.ru', 'e1.ru',
]);

/** The domain of an address, lower case; none for a public mail service. */
export function companyDomain(address: string): string | null {
  const domain = address.split('@')[1]?.trim().toLowerCase();
  if (!domain || PUBLIC_MAIL_DOMAINS.has(domain)) return null;
  return domain;
}

/** INNs in a text: 10 or 12 digits standing alone, with a valid checksum. */
export function innsIn(text: string): string[] {
  const found = text.match(/(?<!\d)(\d{12}|\d{10})(?!\d)/g) ?? [];
  return [...new Set(found.filter(hasValidInnChecksum))];
}

const sameOwner = (a: MailOwner, b: MailOwner) => a.leadId === b.leadId && a.clientId === b.clientId;

/** One owner if all candidates agree (a client accepted from a lead is the same owner as the lead). */
function single(owners: MailOwner[]): MailOwner | null {
  const distinct = owners.filter((owner, i) => owners.findIndex((other) => sameOwner(owner, other)) === i);
  if (!distinct.length) return null;
  const clients = new Set(distinct.map((o) => o.clientId).filter(Boolean));
  const leads = new Set(distinct.map((o) => o.leadId).filter(Boolean));
  if (clients.size > 1 || (clients.size === 0 && leads.size > 1)) return null;
  // prefer the candidate that names both
  return distinct.find((o) => o.clientId && o.leadId) ?? distinct.find((o) => o.clientId) ?? distinct[0]!;
}

/**
 * Whose letter it is, strongest sign first: its thread, the sender's own address among
 * contacts, the sender's company domain, an INN in the subject. An ambiguous sign (two
 * different clients) is no sign: the letter goes to the triage inbox for a person to decide.
 */
export function matchLetter(facts: MatchFacts): { owner: MailOwner; by: MailMatch } | null {
  const signs: [MailOwner[], MailMatch][] = [
    [facts.threadOwners, MailMatch.THREAD],
    [facts.contactOwners, MailMatch.CONTACT],
    [facts.domainOwners, MailMatch.DOMAIN],
    [facts.innOwners, MailMatch.INN],
  ];
  for (const [owners, by] of signs) {
    const owner = single(owners);
    if (owner) return { owner, by };
  }
  return null;
}
