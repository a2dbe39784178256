import { describe, expect, it } from 'vitest';
import { MailMatch } from './mail.enums.js';
import { companyDomain, innsIn, matchLetter, type MatchFacts } from './mail-match.js';

const lead = (id: string) => ({ leadId: id, clientId: null });
const client = (id: string, leadId: string | null = null) => ({ leadId, clientId: id });
const none: MatchFacts = { threadOwners: [], contactOwners: [], domainOwners: [], innOwners: [] };

describe('whose letter it is', () => {
  it.each<[string, Partial<MatchFacts>, ReturnType<typeof matchLetter>]>([
    ['nothing known: triage', {}, null],
    ['its thread first', { threadOwners: [lead('L1')], contactOwners: [client('C2')] }, { owner: lead('L1'), by: MailMatch.THREAD }],
    ['the sender among contacts', { contactOwners: [client('C1')], innOwners: [client('C2')] }, { owner: client('C1'), by: MailMatch.CONTACT }],
    ['a lead and the client accepted from it are one owner', { contactOwners: [lead('L1'), client('C1', 'L1')] }, { owner: client('C1', 'L1'), by: MailMatch.CONTACT }],
    ['two clients with the contact: the next sign decides', { contactOwners: [client('C1'), client('C2')], innOwners: [client('C2')] }, { owner: client('C2'), by: MailMatch.INN }],
    ['two leads at the domain: triage', { domainOwners: [lead('L1'), lead('L2')] }, null],
    ['the domain', { domainOwners: [lead('L1')] }, { owner: lead('L1'), by: MailMatch.DOMAIN }],
    ['an INN in the subject', { innOwners: [lead('L3')] }, { owner: lead('L3'), by: MailMatch.INN }],
  ])('%s', (_name, facts, expected) => {
    expect(matchLetter({ ...none, ...facts })).toEqual(expected);
  });

  it.each([
    ['Ромашка ИНН 7707083893, выписки', ['7707083893']],
    ['ИП: 500100732259', ['500100732259']],
    ['неверная контрольная сумма 7707083894', []],
    ['часть длинного числа 177070838930', []],
    ['счёт 40702810900000000001', []],
  ])('INNs in «%s»', (subject, inns) => {
    expect(innsIn(subject)).toEqual(inns);
  });

  it.each([
    ['buh@romashka.ru', 'romashka.ru'],
    ['Ivan@Mail.RU', null],
    ['someone@gmail.com', null],
    ['broken', null],
  ])('the company domain of %s', (address, domain) => {
    expect(companyDomain(address)).toBe(domain);
  });
});
