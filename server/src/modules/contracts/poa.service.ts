import { LockMode, UniqueConstraintViolationException, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { conflict, fieldError, notFound } from '../../graphql/errors.js';
import { decodeKeyset, encodeKeyset, keysetAfter, keysetOrder, keyValue, type SortKey } from '../../graphql/keyset.js';
import { batch, groupBy } from '../../graphql/batch.js';
import { loadRef } from '../../graphql/load.js';
import type { Connection } from '../../graphql/pagination.js';
import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { firmToday } from '../../clock.js';
import { actorOf } from '../auth/principal.js';
import { User } from '../auth/user.entity.js';
import { recordedTransaction, type RecordingTransaction } from '../events/event-log.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { notifyAll } from '../notifications/notification.service.js';
import { settingsOf } from './contract-settings.service.js';
import { CONTRACTS_TOPIC } from './contract-topic.js';
import { Contract } from './contract.entity.js';
import { PoaStatus, RepresentativeKind } from './contract.enums.js';
import { clientsByLead, today } from './contract.service.js';
import type { PoaPrincipal } from './contract.types.js';
import { takeSequence } from './document-counter.js';
import { PowerOfAttorney } from './poa.entity.js';
import type { CreatePowerOfAttorneyInput, PowerOfAttorneyFilter, ReissuePowerOfAttorneyInput, UpdatePowerOfAttorneyInput } from './poa.inputs.js';
import { POA_CLIENT_ID, POA_MANAGER, POA_PRINCIPAL_NAME } from './poa-expiry.service.js';
import { MAX_MCHD_BYTES, PoaXmlFile, type PoaXmlField, type PoaXmlMismatch } from './poa-xml.entity.js';
import { mchdMismatches, MchdUnreadable, readMchd } from './rules/mchd.js';
import './poa.notifications.js';
import { DEFAULT_POWERS } from './rules/default-powers.js';
import { formatNumber } from './rules/numbering.js';
import { addDays, defaultValidUntil, poaStatus } from './rules/status.js';

// what expires first comes first
const POA_ORDER: SortKey = { column: 'valid_until', kind: 'text', direction: 'asc' };

/** Each derived status as a condition on the dates, for the firm's `today` and warning days. */
export function poaStatusWhere(status: PoaStatus, today: string, warningDays: number): FilterQuery<PowerOfAttorney> {
  const live = { revokedOn: null, issuedOn: { $ne: null } };
  const warnFrom = addDays(today, warningDays);
  switch (status) {
    case PoaStatus.REVOKED: return { revokedOn: { $ne: null } };
    case PoaStatus.DRAFT: return { revokedOn: null, issuedOn: null };
    case PoaStatus.EXPIRED: return { ...live, validUntil: { $lt: today } };
    case PoaStatus.EXPIRING: return { ...live, validUntil: { $gte: today, $lte: warnFrom } };
    case PoaStatus.ISSUED: return { ...live, validUntil: { $gt: warnFrom } };
  }
}

const reissuesOf = batch<string, PowerOfAttorney | null>({
  // the latest reissue first: an earlier one may have been revoked and reissued again
  load: async ({ em }, ids) => {
    const found = new Map<string, PowerOfAttorney>();
    for (const poa of await em.find(PowerOfAttorney, { replaces: { $in: ids } }, { orderBy: { createdAt: 'desc', id: 'desc' } })) if (!found.has(poa.replaces!.id)) found.set(poa.replaces!.id, poa);
    return found;
  },
  missing: () => null,
});

const xmlFiles = batch<string, PoaXmlFile | null>({
  load: async ({ em }, ids) => new Map((await em.find(PoaXmlFile, { poa: { $in: ids } })).map((file) => [file.poa.id, file])),
  missing: () => null,
});

const poasByContract = batch<string, PowerOfAttorney[]>({
  load: async ({ em }, contractIds) => groupBy(await em.find(PowerOfAttorney, { contract: { $in: contractIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (p) => p.contract!.id),
  missing: () => [],
});

/** Powers of attorney: numbering, drafts, issue, revocation, reissue, and the expiry view. */
export class PowerOfAttorneyService {
  /** The status on the firm's today, with the firm's warning days. */
  async statusOf(scope: SignedInScope, poa: PowerOfAttorney): Promise<PoaStatus> {
    const settings = await settingsOf(scope.em, scope.principal.firmId);
    return poaStatus(poa, today(scope), settings.poaWarningDays);
  }

  private async representative(em: EntityManager, kind: RepresentativeKind, id: string | null | undefined, field: string): Promise<string | null> {
    if (kind === RepresentativeKind.FIRM) {
      if (id) throw fieldError(field, 'A power of attorney to the firm names no employee', 'REPRESENTATIVE_NOT_EXPECTED');
      return null;
    }
    if (!id) throw fieldError(field, 'Name the employee who represents the client', 'REPRESENTATIVE_REQUIRED');
    const user = await em.findOne(User, { id, active: true });
    if (!user) throw fieldError(field, 'The representative must be an active user of the firm', 'USER_NOT_ACTIVE');
    return user.id;
  }

  /**
   * Whom a new power of attorney is from: the contract's client where there is one (else its lead),
   * or the client or lead named; a lead that has become a client gives it as that client.
   */
  private async principalFor(em: EntityManager, input: CreatePowerOfAttorneyInput): Promise<{ contract: Contract | null; lead: Lead | null; client: Client | null }> {
    const contract = input.contractId ? await em.findOne(Contract, { id: input.contractId }) : null;
    if (input.contractId && !contract) throw fieldError('input.contractId', 'Unknown contract', 'NOT_FOUND');
    if (contract && input.leadId && input.leadId !== contract.lead?.id) throw fieldError('input.leadId', "The lead must be the contract's", 'LEAD_OF_ANOTHER_CONTRACT');
    const clientId = contract ? contract.customer?.id : input.clientId;
    const client = clientId ? await em.findOne(Client, { id: clientId }) : null;
    if (clientId && !client) throw fieldError('input.clientId', 'Unknown client', 'NOT_FOUND');
    const leadId = contract ? contract.lead?.id : (input.leadId ?? client?.lead?.id);
    const lead = leadId ? await em.findOne(Lead, { id: leadId }) : null;
    if (leadId && !lead) throw fieldError('input.leadId', 'Unknown lead', 'NOT_FOUND');
    if (!lead && !client) throw fieldError('input.leadId', 'Name the contract, the client or the lead that gives the power', 'PRINCIPAL_REQUIRED');
    const customer = client ?? (lead ? await em.findOne(Client, { lead: lead.id }) : null);
    if (input.clientId && input.clientId !== customer?.id) throw fieldError('input.clientId', contract ? "The client must be the contract's" : "The client must be the lead's", 'CLIENT_OF_ANOTHER_PRINCIPAL');
    if (!contract && client && lead && client.lead?.id !== lead.id) throw fieldError('input.leadId', "The lead must be the client's", 'LEAD_OF_ANOTHER_CLIENT');
    return { contract, lead, client: customer };
  }

  /** Drafts a power of attorney from the firm's customer (a client, else a lead), numbered by the firm's pattern. */
  async create(scope: SignedInScope, input: CreatePowerOfAttorneyInput): Promise<PowerOfAttorney> {
    const { em, principal } = scope;
    const { contract, lead, client } = await this.principalFor(em, input);
    const replaces = input.replacesId ? await em.findOne(PowerOfAttorney, { id: input.replacesId }) : null;
    const samePrincipal = (old: PowerOfAttorney) => (client && old.customer?.id === client.id) || (lead && old.lead?.id === lead.id);
    if (input.replacesId && (!replaces || !samePrincipal(replaces))) throw fieldError('input.replacesId', 'A reissue replaces a power of attorney of the same principal', 'NOT_FOUND');
    const representativeId = await this.representative(em, input.representativeKind, input.representativeId, 'input.representativeId');
    const issueDate = input.issueDate ?? today(scope);
    const validUntil = input.validUntil ?? defaultValidUntil(issueDate);
    if (validUntil < issueDate) throw fieldError('input.validUntil', 'The end is before the issue date', 'ENDS_BEFORE_ISSUE');
    const settings = await settingsOf(em, principal.firmId);
    const year = Number(issueDate.slice(0, 4));
    try {
      return await recordedTransaction(em, actorOf(principal), async (tx) => {
        const sequence = await takeSequence(tx.em, principal.firmId, 'POA', year);
        const poa = tx.em.create(PowerOfAttorney, {
          firm: principal.firmId,
          number: formatNumber(settings.poaNumberPattern, year, sequence),
          year,
          sequence,
          kind: input.kind,
          lead,
          customer: client,
          contract,
          representativeKind: input.representativeKind,
          representative: representativeId,
          powers: input.powers?.trim() || DEFAULT_POWERS[input.kind],
          issueDate,
          validUntil,
          machineReadable: input.machineReadable ?? false,
          registrationNumber: input.registrationNumber?.trim() || null,
          replaces,
          createdBy: principal.userId,
        });
        tx.record({ topic: CONTRACTS_TOPIC, type: 'POA_CREATED', subjectType: 'PowerOfAttorney', subjectId: poa.id, data: { number: poa.number, kind: poa.kind, contractId: contract?.id ?? null, leadId: lead?.id ?? null, clientId: client?.id ?? null, replacesId: replaces?.id ?? null } });
        return poa;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw conflict('This number is already taken: change the number pattern in the contract settings', { reason: 'NUMBER_TAKEN' });
      throw error;
    }
  }

  private async locked(em: EntityManager, id: string, version: number): Promise<PowerOfAttorney> {
    const poa = await em.findOne(PowerOfAttorney, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!poa) throw notFound('Power of attorney');
    await em.refresh(poa);
    if (poa.version !== version) throw conflict('Someone has changed this power of attorney since you opened it', { currentVersion: poa.version });
    return poa;
  }

  private change(scope: SignedInScope, id: string, version: number, apply: (poa: PowerOfAttorney, tx: RecordingTransaction) => Promise<void> | void): Promise<PowerOfAttorney> {
    return recordedTransaction(scope.em, actorOf(scope.principal), async (tx) => {
      const poa = await this.locked(tx.em, id, version);
      await apply(poa, tx);
      return poa;
    });
  }

  /** Changes a draft; an issued power of attorney is revoked and reissued instead. */
  update(scope: SignedInScope, id: string, version: number, input: UpdatePowerOfAttorneyInput): Promise<PowerOfAttorney> {
    return this.change(scope, id, version, async (poa, tx) => {
      if (poa.issuedOn || poa.revokedOn) throw fieldError('id', 'An issued power of attorney is revoked and reissued, not edited', 'NOT_A_DRAFT');
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const set = <K extends 'kind' | 'representativeKind' | 'powers' | 'issueDate' | 'validUntil' | 'machineReadable' | 'registrationNumber'>(key: K, value: PowerOfAttorney[K] | null | undefined) => {
        if (value === undefined || value === null || poa[key] === value) return;
        changes[key] = { from: poa[key] ?? null, to: value };
        poa[key] = value;
      };
      set('kind', input.kind);
      set('powers', input.powers?.trim());
      set('issueDate', input.issueDate);
      set('validUntil', input.validUntil);
      set('machineReadable', input.machineReadable);
      set('registrationNumber', input.registrationNumber?.trim());
      if (input.representativeKind || input.representativeId !== undefined) {
        const kind = input.representativeKind ?? poa.representativeKind;
        const wanted = await this.representative(tx.em, kind, kind === RepresentativeKind.FIRM ? null : (input.representativeId ?? poa.representative?.id), 'input.representativeId');
        set('representativeKind', kind);
        if (wanted !== (poa.representative?.id ?? null)) {
          changes.representative = { from: poa.representative?.id ?? null, to: wanted };
          poa.representative = wanted ? tx.em.getReference(User, wanted, { wrapped: true }) : null;
        }
      }
      if (poa.validUntil < poa.issueDate) throw fieldError('input.validUntil', 'The end is before the issue date', 'ENDS_BEFORE_ISSUE');
      if (Object.keys(changes).length) tx.record({ topic: CONTRACTS_TOPIC, type: 'POA_UPDATED', subjectType: 'PowerOfAttorney', subjectId: poa.id, data: { number: poa.number, ...changes } });
    });
  }

  /** Records that the signed power of attorney was handed over: from now its validity counts. */
  issue(scope: SignedInScope, id: string, version: number, on?: string | null): Promise<PowerOfAttorney> {
    return this.change(scope, id, version, (poa, tx) => {
      if (poa.issuedOn || poa.revokedOn) throw fieldError('id', 'Only a draft is issued', 'NOT_A_DRAFT');
      poa.issuedOn = on ?? today(scope);
      if (poa.issuedOn < poa.issueDate) throw fieldError('on', 'It cannot be handed over before its date', 'ISSUED_BEFORE_DATE');
      tx.record({ topic: CONTRACTS_TOPIC, type: 'POA_ISSUED', subjectType: 'PowerOfAttorney', subjectId: poa.id, data: { number: poa.number, on: poa.issuedOn, validUntil: poa.validUntil } });
    });
  }

  /** Revokes it from a day no later than today (the principal revokes where it was issued). */
  revoke(scope: SignedInScope, id: string, version: number, on: string | null | undefined, reason: string): Promise<PowerOfAttorney> {
    return this.change(scope, id, version, (poa, tx) => {
      if (poa.revokedOn) throw fieldError('id', 'It is already revoked', 'ALREADY_REVOKED');
      const day = on ?? today(scope);
      if (day > today(scope)) throw fieldError('on', 'A revocation is recorded once it happened', 'REVOKED_IN_FUTURE');
      poa.revokedOn = day;
      poa.revocationReason = reason.trim();
      tx.record({ topic: CONTRACTS_TOPIC, type: 'POA_REVOKED', subjectType: 'PowerOfAttorney', subjectId: poa.id, data: { number: poa.number, on: day, reason: poa.revocationReason } });
    });
  }

  /** Whole days from the firm's today to its last valid day (negative once past), for an issued, unrevoked one. */
  daysLeft(scope: SignedInScope, poa: PowerOfAttorney): number | null {
    if (!poa.issuedOn || poa.revokedOn) return null;
    return Math.round((Date.parse(poa.validUntil) - Date.parse(today(scope))) / 86_400_000);
  }

  /** The power of attorney that reissues this one (the latest, if it was reissued more than once). */
  reissuedAs(scope: Scope, poa: PowerOfAttorney): Promise<PowerOfAttorney | null> {
    return reissuesOf.load(scope, poa.id);
  }

  /**
   * A new draft copied from an issued (or expired, or revoked) power of attorney: same principal,
   * contract, kind and powers, a new number and new dates, linked to the old one; the old one stays
   * as it is until revoked. A representative no longer active gives way to the firm unless another
   * employee is named. Reissued once: a second reissue waits until the first is revoked.
   */
  async reissue(scope: SignedInScope, id: string, input: ReissuePowerOfAttorneyInput): Promise<PowerOfAttorney> {
    return recordedTransaction(scope.em, actorOf(scope.principal), async (tx) => {
      const old = await tx.em.findOne(PowerOfAttorney, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['representative'] });
      if (!old) throw notFound('Power of attorney');
      if (!old.issuedOn && !old.revokedOn) throw fieldError('id', 'A draft is changed, not reissued', 'NOT_ISSUED');
      const live = await tx.em.findOne(PowerOfAttorney, { replaces: old.id, revokedOn: null });
      if (live) throw conflict(`It is already reissued as № ${live.number}`, { reason: 'ALREADY_REISSUED', reissuedAsId: live.id });
      const formerActive = old.representative?.getEntity().active ?? false;
      const representativeKind = input.representativeKind ?? (old.representativeKind === RepresentativeKind.EMPLOYEE && !formerActive && !input.representativeId ? RepresentativeKind.FIRM : old.representativeKind);
      const representativeId = representativeKind === RepresentativeKind.FIRM ? null : (input.representativeId ?? old.representative?.id ?? null);
      return this.create({ em: tx.em, principal: scope.principal, clock: scope.clock, log: scope.log }, {
        contractId: old.contract?.id ?? null,
        leadId: old.contract ? null : (old.lead?.id ?? null),
        clientId: old.contract ? null : (old.customer?.id ?? null),
        kind: old.kind,
        representativeKind,
        representativeId,
        powers: old.powers,
        issueDate: input.issueDate ?? null,
        validUntil: input.validUntil ?? null,
        machineReadable: old.machineReadable,
        replacesId: old.id,
      });
    });
  }

  /**
   * Issued powers of attorney still in force whose employee representative has been deactivated:
   * each is reissued (to the firm or another employee) and then revoked. Soonest to end first.
   */
  async toReissue(scope: SignedInScope): Promise<PowerOfAttorney[]> {
    return scope.em.find(
      PowerOfAttorney,
      { representativeKind: RepresentativeKind.EMPLOYEE, representative: { active: false }, issuedOn: { $ne: null }, revokedOn: null, validUntil: { $gte: today(scope) } },
      { orderBy: { validUntil: 'asc', id: 'asc' }, limit: 200 },
    );
  }

  /**
   * When an employee is deactivated (inside that transaction): the responsible managers of the
   * powers of attorney in force in their name are told to reissue them.
   */
  async representativeDeactivated(tx: RecordingTransaction, scope: SignedInScope, user: User): Promise<void> {
    await tx.em.flush();
    const rows = await tx.em.getConnection().execute<{ id: string; number: string; lead_id: string | null; client_id: string | null; company_name: string; manager_id: string | null }[]>(
      `select p.id, p.number, p.lead_id, ${POA_CLIENT_ID} as client_id, ${POA_PRINCIPAL_NAME} as company_name, ${POA_MANAGER} as manager_id
       from power_of_attorney p
       where p.firm_id = ? and p.representative_id = ? and p.issued_on is not null and p.revoked_on is null and p.valid_until >= ?
       order by p.valid_until, p.id`,
      [scope.principal.firmId, user.id, today(scope)],
      'all',
      tx.em.getTransactionContext(),
    );
    await notifyAll(
      tx,
      rows.filter((row) => row.manager_id).map((row) => ({
        firmId: scope.principal.firmId,
        userId: row.manager_id!,
        kind: 'POA_REPRESENTATIVE_DEACTIVATED',
        subjectType: 'PowerOfAttorney',
        subjectId: row.id,
        data: { poaId: row.id, number: row.number, companyName: row.company_name, leadId: row.lead_id, clientId: row.client_id, representativeName: user.name },
      })),
    );
  }

  /** The uploaded МЧД file, if any. */
  xmlFile(scope: Scope, poa: PowerOfAttorney): Promise<PoaXmlFile | null> {
    return xmlFiles.load(scope, poa.id);
  }

  /** The uploaded МЧД file's name and bytes as they came (the firm's own powers of attorney only), or null. */
  async xmlDownload(em: EntityManager, poaId: string): Promise<{ fileName: string; bytes: Buffer } | null> {
    const file = await em.findOne(PoaXmlFile, { poa: poaId }, { populate: ['content'] });
    return file && { fileName: file.fileName, bytes: file.content };
  }

  /** Where the uploaded МЧД file disagrees with the record (the number, the dates); none without a file. */
  async xmlMismatches(scope: Scope, poa: PowerOfAttorney): Promise<PoaXmlMismatch[]> {
    const file = await xmlFiles.load(scope, poa.id);
    if (!file) return [];
    return mchdMismatches(poa, { format: file.format ?? null, number: file.number ?? null, internalNumber: null, issueDate: file.issueDate ?? null, validUntil: file.validUntil ?? null }).map((m) => ({ ...m, field: m.field as PoaXmlField }));
  }

  /**
   * Keeps the signed XML of a machine-readable power of attorney (replacing an earlier upload) and
   * what it says: its registration number and dates, where it carries them, are read with an XML
   * parser and shown against the record. A file that is not XML, empty or too large is refused.
   */
  async uploadXml(scope: SignedInScope, id: string, version: number, fileName: string, contentBase64: string): Promise<PowerOfAttorney> {
    const bytes = Buffer.from(contentBase64, 'base64');
    if (!bytes.length) throw fieldError('contentBase64', 'The file is empty', 'FILE_EMPTY');
    if (bytes.length > MAX_MCHD_BYTES) throw fieldError('contentBase64', `The file is larger than ${MAX_MCHD_BYTES / 1024} KB`, 'FILE_TOO_LARGE');
    let facts;
    try {
      facts = readMchd(bytes);
    } catch (error) {
      if (error instanceof MchdUnreadable) throw fieldError('contentBase64', error.message, 'XML_INVALID');
      throw error;
    }
    return this.change(scope, id, version, async (poa, tx) => {
      if (!poa.machineReadable) throw fieldError('id', 'Only a machine-readable power of attorney (МЧД) keeps an XML file', 'NOT_MACHINE_READABLE');
      await tx.em.nativeDelete(PoaXmlFile, { poa: poa.id });
      tx.em.create(PoaXmlFile, {
        firm: scope.principal.firmId,
        poa,
        fileName: fileName.trim(),
        content: bytes,
        size: bytes.length,
        format: facts.format?.slice(0, 40) ?? null,
        number: facts.number?.slice(0, 100) ?? null,
        issueDate: facts.issueDate,
        validUntil: facts.validUntil,
        uploadedBy: scope.principal.userId,
      });
      const mismatches = mchdMismatches(poa, facts).map((m) => m.field);
      tx.record({ topic: CONTRACTS_TOPIC, type: 'POA_XML_UPLOADED', subjectType: 'PowerOfAttorney', subjectId: poa.id, data: { number: poa.number, fileName: fileName.trim(), mismatches } });
    });
  }

  /**
   * Who gives it: the client it names, else the client its lead has become, else the lead; the
   * rows of a list ask together.
   */
  async principal(scope: Scope, poa: PowerOfAttorney): Promise<PoaPrincipal> {
    const [client, lead] = await Promise.all([
      poa.customer ? loadRef(scope.em, Client, poa.customer) : poa.lead ? clientsByLead.load(scope, poa.lead.id) : null,
      loadRef(scope.em, Lead, poa.lead),
    ]);
    return { name: client?.shortName ?? lead?.companyName ?? '', inn: client?.inn ?? lead?.inn ?? null, client, lead };
  }

  /** The powers of attorney made with a contract, oldest first; the rows of a list ask together. */
  ofContract(scope: Scope, contractId: string): Promise<PowerOfAttorney[]> {
    return poasByContract.load(scope, contractId);
  }

  async get({ em }: Scope, id: string): Promise<PowerOfAttorney> {
    const poa = await em.findOne(PowerOfAttorney, { id });
    if (!poa) throw notFound('Power of attorney');
    return poa;
  }

  /** The firm's powers of attorney, soonest to end first, with filters on the firm's today. */
  async list(scope: SignedInScope, filter: PowerOfAttorneyFilter | null | undefined, first: number, after?: string | null): Promise<Connection<PowerOfAttorney> & { totalCount: number }> {
    const { em, principal, clock } = scope;
    const where: FilterQuery<PowerOfAttorney> & Record<string, unknown> = {};
    const and: FilterQuery<PowerOfAttorney>[] = [];
    if (filter?.statuses?.length) {
      const settings = await settingsOf(em, principal.firmId);
      const day = firmToday(clock, principal.timeZone);
      and.push({ $or: filter.statuses.map((s) => poaStatusWhere(s, day, settings.poaWarningDays)) });
    }
    if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
    if (filter?.contractId) where.contract = filter.contractId;
    if (filter?.leadId) where.lead = filter.leadId;
    if (filter?.clientId) {
      const client = await em.findOne(Client, { id: filter.clientId });
      and.push(client?.lead ? { $or: [{ customer: client.id }, { lead: client.lead.id }] } : { customer: filter.clientId });
    }
    if (filter?.representativeId) where.representative = filter.representativeId;
    const base: FilterQuery<PowerOfAttorney> = and.length ? { $and: [where, ...and] } : where;
    const from = after ? keysetAfter(POA_ORDER, decodeKeyset('poa', POA_ORDER, after)) : null;
    const rows = await em.find(PowerOfAttorney, from ? { $and: [base, from] } : base, { orderBy: keysetOrder(POA_ORDER) as QueryOrderMap<PowerOfAttorney>[], limit: first + 1 });
    const totalCount = await em.count(PowerOfAttorney, base);
    const page = rows.slice(0, first);
    const cursor = (poa: PowerOfAttorney) => encodeKeyset('poa', { value: keyValue(poa.validUntil), id: poa.id });
    return {
      edges: page.map((node) => ({ cursor: cursor(node), node })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursor(page.at(-1)!) : null },
      totalCount,
    };
  }
}
