import { LockMode, UniqueConstraintViolationException, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { firmToday } from '../../clock.js';
import { conflict, fieldError, notFound } from '../../graphql/errors.js';
import { decodeKeyset, encodeKeyset, keysetAfter, keysetOrder, keyValue, type SortKey } from '../../graphql/keyset.js';
import { batch, groupBy } from '../../graphql/batch.js';
import { loadRef } from '../../graphql/load.js';
import type { Connection } from '../../graphql/pagination.js';
import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { User } from '../auth/user.entity.js';
import { recordedTransaction, type RecordingTransaction } from '../events/event-log.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { LegalForm } from '../leads/lead.enums.js';
import { PricingRun } from '../pricing/pricing-run.entity.js';
import { cleanParty, settingsOf } from './contract-settings.service.js';
import { CONTRACTS_TOPIC } from './contract-topic.js';
import { Contract, ContractAmendment, type PartyDetails, type Signable } from './contract.entity.js';
import { AuthorityBasis, ContractParty, ContractStatus } from './contract.enums.js';
import type { ContractFilter, CreateContractInput, SignatureInput, UpdateContractInput } from './contract.inputs.js';
import { takeSequence } from './document-counter.js';
import { formatNumber } from './rules/numbering.js';
import { addDays, contractStatus } from './rules/status.js';

const CONTRACT_ORDER: SortKey = { column: 'created_at', kind: 'timestamp', direction: 'desc' };

const SET = { $ne: null };
/** Each derived status as a condition on the contract's own dates. */
export const STATUS_WHERE: Record<ContractStatus, FilterQuery<Contract>> = {
  TERMINATED: { terminatedOn: SET },
  SIGNED_BOTH: { terminatedOn: null, firmSignedOn: SET, clientSignedOn: SET },
  SIGNED_BY_FIRM: { terminatedOn: null, firmSignedOn: SET, clientSignedOn: null },
  SIGNED_BY_CLIENT: { terminatedOn: null, firmSignedOn: null, clientSignedOn: SET },
  SENT: { terminatedOn: null, firmSignedOn: null, clientSignedOn: null, sentOn: SET },
  DRAFT: { terminatedOn: null, firmSignedOn: null, clientSignedOn: null, sentOn: null },
};

export const today = ({ clock, principal }: SignedInScope) => firmToday(clock, principal.timeZone);

/** The client's details the lead already knows, under what the user gave. */
function clientDetails(lead: Lead, given: PartyDetails): PartyDetails {
  const person = [lead.lastName, lead.firstName, lead.patronymic].filter(Boolean).join(' ');
  const entrepreneur = lead.legalForm === LegalForm.INDIVIDUAL_ENTREPRENEUR;
  return {
    fullName: lead.companyName,
    ...(lead.inn ? { inn: lead.inn } : {}),
    ...(lead.email ? { email: lead.email } : {}),
    ...(lead.phone ? { phone: lead.phone } : {}),
    // an entrepreneur signs for himself (contracts-poa.md §1.3)
    ...(entrepreneur ? { signerName: person, signerPosition: 'Индивидуальный предприниматель', authorityBasis: AuthorityBasis.ENTREPRENEUR } : {}),
    ...given,
  };
}

/** The client's details from its card, under what the user gave. */
export function clientCardDetails(client: Client, given: PartyDetails): PartyDetails {
  const entrepreneur = client.legalForm === LegalForm.INDIVIDUAL_ENTREPRENEUR;
  const contact = client.contacts?.[0];
  return {
    fullName: client.fullName,
    ...(client.inn ? { inn: client.inn } : {}),
    ...(client.kpp ? { kpp: client.kpp } : {}),
    ...(client.ogrn ? { ogrn: client.ogrn } : {}),
    ...(contact?.email ? { email: contact.email } : {}),
    ...(contact?.phone ? { phone: contact.phone } : {}),
    ...(entrepreneur ? { signerName: client.fullName.replace(/^Индивидуальный предприниматель\s+/, ''), signerPosition: 'Индивидуальный предприниматель', authorityBasis: AuthorityBasis.ENTREPRENEUR } : {}),
    ...given,
  };
}

/** Checks a signature may be recorded on a contract or amendment and records it; the event type follows the party. */
export function applySignature(target: Signable & { terminatedOn?: string | null }, input: SignatureInput, on: string): void {
  if (target.terminatedOn) throw fieldError('id', 'A terminated contract cannot be signed', 'CONTRACT_TERMINATED');
  const firm = input.party === ContractParty.FIRM;
  if (firm ? target.firmSignedOn : target.clientSignedOn) throw fieldError('input.party', 'This side has already signed', 'ALREADY_SIGNED');
  if (on < target.date) throw fieldError('input.on', 'A signature cannot be dated before the document', 'SIGNED_BEFORE_DATE');
  if (firm) {
    target.firmSignedOn = on;
    target.firmSigner = input.signer.trim();
  } else {
    target.clientSignedOn = on;
    target.clientSigner = input.signer.trim();
  }
  if (input.channel) target.channel = input.channel;
}

export function signatureData(target: Signable, contract: Contract, party: ContractParty, status: ContractStatus) {
  const firm = party === ContractParty.FIRM;
  return {
    number: target.number,
    contractId: contract.id,
    on: (firm ? target.firmSignedOn : target.clientSignedOn)!,
    signer: (firm ? target.firmSigner : target.clientSigner)!,
    channel: target.channel ?? null,
    status,
  };
}

/** Contracts: numbering, the signature state machine, termination and the registry. */
export class ContractService {
  /**
   * Drafts a contract for a lead (from one of its pricing runs) or for a client (its lead's runs,
   * or a price given directly when it came without a lead), numbered by the firm's pattern.
   */
  async create(scope: SignedInScope, input: CreateContractInput): Promise<Contract> {
    const { em, principal } = scope;
    const { lead, client } = await this.parties(em, input);
    const run = input.pricingRunId ? await em.findOne(PricingRun, { id: input.pricingRunId }) : null;
    if (input.pricingRunId && (!run || !lead || run.lead.id !== lead.id)) throw fieldError('pricingRunId', 'The pricing run must be one of this lead', 'RUN_OF_ANOTHER_LEAD');
    if (!run && !input.price) throw fieldError(lead ? 'pricingRunId' : 'price', 'Choose a pricing run or give the price per month', 'PRICE_REQUIRED');
    const managerId = input.managerId ?? principal.userId;
    await this.requireActiveUser(em, managerId, 'managerId');
    const date = input.date ?? today(scope);
    const settings = await settingsOf(em, principal.firmId);
    const year = Number(date.slice(0, 4));
    try {
      return await recordedTransaction(em, actorOf(principal), async (tx) => {
        const sequence = await takeSequence(tx.em, principal.firmId, 'CONTRACT', year);
        const contract = tx.em.create(Contract, {
          firm: principal.firmId,
          lead,
          customer: client,
          number: formatNumber(settings.contractNumberPattern, year, sequence),
          year,
          sequence,
          date,
          startDate: input.startDate,
          pricingRun: run,
          price: run?.price ?? input.price!,
          serviceAreas: [...new Set(input.serviceAreas)],
          paymentTerms: input.paymentTerms?.trim() || null,
          manager: managerId,
          counterpartyNumber: input.counterpartyNumber?.trim() || null,
          client: client ? clientCardDetails(client, cleanParty(input.client)) : clientDetails(lead!, cleanParty(input.client)),
          createdBy: principal.userId,
        });
        tx.record({ topic: CONTRACTS_TOPIC, type: 'CONTRACT_CREATED', subjectType: 'Contract', subjectId: contract.id, data: { number: contract.number, leadId: lead?.id ?? null, clientId: client?.id ?? null, price: contract.price } });
        return contract;
      });
    } catch (error) {
      // only a changed pattern can meet an older number (e.g. one without the year)
      if (error instanceof UniqueConstraintViolationException) throw conflict('This number is already taken: change the number pattern in the contract settings', { reason: 'NUMBER_TAKEN' });
      throw error;
    }
  }

  /** The lead and the client a new contract is with: a client brings its lead, an accepted lead its client. */
  private async parties(em: EntityManager, input: CreateContractInput): Promise<{ lead: Lead | null; client: Client | null }> {
    if (input.clientId) {
      const client = await em.findOne(Client, { id: input.clientId });
      if (!client) throw fieldError('clientId', 'Unknown client', 'NOT_FOUND');
      if (input.leadId && input.leadId !== client.lead?.id) throw fieldError('leadId', "The lead must be the client's own", 'LEAD_OF_ANOTHER_CLIENT');
      return { lead: client.lead ? await em.findOneOrFail(Lead, { id: client.lead.id }) : null, client };
    }
    if (!input.leadId) throw fieldError('leadId', 'A contract is with a lead or a client', 'PARTY_REQUIRED');
    const lead = await em.findOne(Lead, { id: input.leadId });
    if (!lead) throw fieldError('leadId', 'Unknown lead', 'NOT_FOUND');
    return { lead, client: await em.findOne(Client, { lead: lead.id }) };
  }

  private async requireActiveUser(em: EntityManager, id: string, field: string): Promise<void> {
    const user = await em.findOne(User, { id, active: true });
    if (!user) throw fieldError(field, 'The manager must be an active user of the firm', 'USER_NOT_ACTIVE');
  }

  /** Locks the contract for a change, checking the version the user saw. */
  async locked(em: EntityManager, id: string, version: number): Promise<Contract> {
    const contract = await em.findOne(Contract, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!contract) throw notFound('Contract');
    await em.refresh(contract);
    if (contract.version !== version) throw conflict('Someone has changed this contract since you opened it', { currentVersion: contract.version });
    return contract;
  }

  /** Changes a contract that is not yet signed by both sides (after that only an amendment does). */
  async update(scope: SignedInScope, id: string, version: number, input: UpdateContractInput): Promise<Contract> {
    const { em, principal } = scope;
    if (input.managerId) await this.requireActiveUser(em, input.managerId, 'input.managerId');
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const contract = await this.locked(tx.em, id, version);
      const status = contractStatus(contract);
      if (status === ContractStatus.SIGNED_BOTH) throw fieldError('id', 'A contract signed by both sides is changed by an amendment', 'CONTRACT_SIGNED');
      if (status === ContractStatus.TERMINATED) throw fieldError('id', 'A terminated contract cannot be changed', 'CONTRACT_TERMINATED');
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const set = <K extends 'date' | 'startDate' | 'serviceAreas' | 'paymentTerms' | 'counterpartyNumber' | 'client' | 'price'>(key: K, value: Contract[K] | null | undefined) => {
        if (value === undefined || value === null || JSON.stringify(contract[key]) === JSON.stringify(value)) return;
        changes[key] = { from: contract[key] ?? null, to: value };
        contract[key] = value;
      };
      if (input.date && Number(input.date.slice(0, 4)) !== contract.year) throw fieldError('input.date', `The number ${contract.number} belongs to ${contract.year}`, 'NUMBER_YEAR');
      set('date', input.date);
      set('startDate', input.startDate);
      set('serviceAreas', input.serviceAreas ? [...new Set(input.serviceAreas)] : undefined);
      set('paymentTerms', input.paymentTerms?.trim());
      set('counterpartyNumber', input.counterpartyNumber?.trim());
      set('client', input.client ? cleanParty(input.client) : undefined);
      if (input.pricingRunId && input.pricingRunId !== contract.pricingRun?.id) {
        const run = await tx.em.findOne(PricingRun, { id: input.pricingRunId });
        if (!run || run.lead.id !== contract.lead?.id) throw fieldError('input.pricingRunId', 'The pricing run must be one of this lead', 'RUN_OF_ANOTHER_LEAD');
        changes.pricingRun = { from: contract.pricingRun?.id ?? null, to: run.id };
        contract.pricingRun = tx.em.getReference(PricingRun, run.id, { wrapped: true });
        set('price', run.price);
      } else if (input.price) {
        if (contract.pricingRun) throw fieldError('input.price', 'The price follows the pricing run: choose another run', 'PRICE_FROM_RUN');
        set('price', input.price);
      }
      if (input.managerId && input.managerId !== contract.manager?.id) {
        changes.manager = { from: contract.manager?.id ?? null, to: input.managerId };
        contract.manager = tx.em.getReference(User, input.managerId, { wrapped: true });
      }
      if (Object.keys(changes).length) tx.record({ topic: CONTRACTS_TOPIC, type: 'CONTRACT_UPDATED', subjectType: 'Contract', subjectId: contract.id, data: { number: contract.number, ...changes } });
      return contract;
    });
  }

  /** Records that the contract went to the client for signing. */
  async send(scope: SignedInScope, id: string, version: number, on?: string | null): Promise<Contract> {
    return this.change(scope, id, version, (contract, tx) => {
      if (contractStatus(contract) !== ContractStatus.DRAFT) throw fieldError('id', 'Only a draft is sent for signing', 'NOT_A_DRAFT');
      contract.sentOn = on ?? today(scope);
      tx.record({ topic: CONTRACTS_TOPIC, type: 'CONTRACT_SENT', subjectType: 'Contract', subjectId: contract.id, data: { number: contract.number, on: contract.sentOn } });
    });
  }

  /** Records one side's signature (a dedicated change with its own audit entry). */
  async sign(scope: SignedInScope, id: string, version: number, input: SignatureInput): Promise<Contract> {
    return this.change(scope, id, version, (contract, tx) => {
      applySignature(contract, input, input.on ?? today(scope));
      const type = input.party === ContractParty.FIRM ? 'CONTRACT_SIGNED_BY_FIRM' : 'CONTRACT_SIGNED_BY_CLIENT';
      tx.record({ topic: CONTRACTS_TOPIC, type, subjectType: 'Contract', subjectId: contract.id, data: signatureData(contract, contract, input.party, contractStatus(contract)) });
    });
  }

  /** Records that the firm's paper original, signed by both, came back. */
  async originalReceived(scope: SignedInScope, id: string, version: number, on?: string | null): Promise<Contract> {
    return this.change(scope, id, version, (contract, tx) => {
      if (contractStatus(contract) !== ContractStatus.SIGNED_BOTH) throw fieldError('id', 'Only a contract signed by both sides has an original to receive', 'CONTRACT_NOT_SIGNED');
      if (contract.originalReceivedOn) throw fieldError('id', 'The original is already recorded', 'ALREADY_RECEIVED');
      contract.originalReceivedOn = on ?? today(scope);
      tx.record({ topic: CONTRACTS_TOPIC, type: 'CONTRACT_ORIGINAL_RECEIVED', subjectType: 'Contract', subjectId: contract.id, data: { number: contract.number, on: contract.originalReceivedOn } });
    });
  }

  /** Ends the contract from a date, with the reason. */
  async terminate(scope: SignedInScope, id: string, version: number, on: string, reason: string): Promise<Contract> {
    return this.change(scope, id, version, (contract, tx) => {
      if (contract.terminatedOn) throw fieldError('id', 'The contract is already terminated', 'CONTRACT_TERMINATED');
      if (on < contract.date) throw fieldError('on', 'A contract cannot end before its date', 'TERMINATED_BEFORE_DATE');
      contract.terminatedOn = on;
      contract.terminationReason = reason.trim();
      tx.record({ topic: CONTRACTS_TOPIC, type: 'CONTRACT_TERMINATED', subjectType: 'Contract', subjectId: contract.id, data: { number: contract.number, on, reason: contract.terminationReason } });
    });
  }

  private change(scope: SignedInScope, id: string, version: number, apply: (contract: Contract, tx: RecordingTransaction) => void): Promise<Contract> {
    return recordedTransaction(scope.em, actorOf(scope.principal), async (tx) => {
      const contract = await this.locked(tx.em, id, version);
      apply(contract, tx);
      return contract;
    });
  }

  async get({ em }: Scope, id: string): Promise<Contract> {
    const contract = await em.findOne(Contract, { id });
    if (!contract) throw notFound('Contract');
    return contract;
  }

  /** The registry's conditions (`today`: the firm's day, for the unsigned ones): the on-screen list and the XLSX export use the same. */
  async registryWhere(em: EntityManager, filter: ContractFilter | null | undefined, today: string): Promise<FilterQuery<Contract>> {
    const where: FilterQuery<Contract> & Record<string, unknown> = {};
    const and: FilterQuery<Contract>[] = [];
    if (filter?.statuses?.length) and.push({ $or: filter.statuses.map((s) => STATUS_WHERE[s]) });
    if (filter?.managerId) where.manager = filter.managerId;
    if (filter?.leadId) where.lead = filter.leadId;
    if (filter?.clientId) and.push(await this.ofClientWhere(em, filter.clientId));
    if (filter?.dateFrom) and.push({ date: { $gte: filter.dateFrom } });
    if (filter?.dateTo) and.push({ date: { $lte: filter.dateTo } });
    if (filter?.unsignedForDays !== undefined && filter.unsignedForDays !== null) {
      const since = addDays(today, -filter.unsignedForDays - 1);
      and.push({ terminatedOn: null, $or: [{ firmSignedOn: null }, { clientSignedOn: null }] });
      and.push({ $or: [{ sentOn: { $lte: since } }, { sentOn: null, date: { $lte: since } }] });
    }
    const search = filter?.search?.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
    if (search) and.push({ $or: [{ number: { $ilike: `%${search}%` } }, { lead: { companyName: { $ilike: `%${search}%` } } }, { customer: { shortName: { $ilike: `%${search}%` } } }] });
    return and.length ? { $and: [where, ...and] } : where;
  }

  /** A client's contracts: its own and those drafted for its lead before it was accepted. */
  private async ofClientWhere(em: EntityManager, clientId: string): Promise<FilterQuery<Contract>> {
    const client = await em.findOne(Client, { id: clientId }, { fields: ['lead'] });
    return client?.lead ? { $or: [{ customer: clientId }, { lead: client.lead.id }] } : { customer: clientId };
  }

  /** The registry: the firm's contracts, newest first, with filters (keyset pages). */
  async list(scope: SignedInScope, filter: ContractFilter | null | undefined, first: number, after?: string | null): Promise<Connection<Contract> & { totalCount: number }> {
    const { em } = scope;
    const base = await this.registryWhere(em, filter, today(scope));
    const from = after ? keysetAfter(CONTRACT_ORDER, decodeKeyset('contract', CONTRACT_ORDER, after)) : null;
    const contracts = await em.find(Contract, from ? { $and: [base, from] } : base, { orderBy: keysetOrder(CONTRACT_ORDER) as QueryOrderMap<Contract>[], limit: first + 1 });
    const totalCount = await em.count(Contract, base);
    const page = contracts.slice(0, first);
    const cursor = (contract: Contract) => encodeKeyset('contract', { value: keyValue(contract.createdAt), id: contract.id });
    return {
      edges: page.map((node) => ({ cursor: cursor(node), node })),
      pageInfo: { hasNextPage: contracts.length > first, endCursor: page.length ? cursor(page.at(-1)!) : null },
      totalCount,
    };
  }

  /** Every contract the registry's filter finds, newest first (the export). */
  async all({ em }: Pick<Scope, 'em'>, filter: ContractFilter | null | undefined, today: string): Promise<Contract[]> {
    return em.find(Contract, await this.registryWhere(em, filter, today), { orderBy: keysetOrder(CONTRACT_ORDER) as QueryOrderMap<Contract>[] });
  }

  /** The client the contract is with: its own, or the client its lead became. */
  async customer(scope: Scope, contract: Contract): Promise<Client | null> {
    if (contract.customer) return loadRef(scope.em, Client, contract.customer);
    return contract.lead ? clientsByLead.load(scope, contract.lead.id) : null;
  }

  /** Whom the contract is with, for lists: the client's short name, else the lead's company. */
  async partyName(scope: Scope, contract: Contract): Promise<string> {
    const [client, lead] = await Promise.all([this.customer(scope, contract), loadRef(scope.em, Lead, contract.lead)]);
    return client?.shortName ?? lead?.companyName ?? contract.client.fullName ?? '';
  }

  /** A client's contracts (the client card), newest first; the clients of a list ask together. */
  ofClient(scope: Scope, client: Client): Promise<Contract[]> {
    return contractsByClient.load(scope, `${client.id} ${client.lead?.id ?? ''}`);
  }

  /** The contract's amendments in order (preloaded for a registry page in one statement). */
  amendments(scope: Scope, contract: Contract): Promise<ContractAmendment[]> {
    return amendmentsOf(scope, contract);
  }
}

/** The client each lead became (none yet: null); the rows of a list ask together. */
export const clientsByLead = batch<string, Client | null>({
  load: async ({ em }, leadIds) => new Map((await em.find(Client, { lead: { $in: leadIds } })).map((c) => [c.lead!.id, c])),
  missing: () => null,
});
const contractsByClient = batch<string, Contract[]>({
  // key: «clientId leadId»; one statement for all the clients asked together
  load: async ({ em }, keys) => {
    const pairs = keys.map((key) => key.split(' ') as [string, string]);
    const leadIds = pairs.map(([, leadId]) => leadId).filter(Boolean);
    const contracts = await em.find(Contract, { $or: [{ customer: { $in: pairs.map(([id]) => id) } }, ...(leadIds.length ? [{ lead: { $in: leadIds } }] : [])] }, { orderBy: keysetOrder(CONTRACT_ORDER) as QueryOrderMap<Contract>[] });
    return new Map(keys.map((key, i) => {
      const [clientId, leadId] = pairs[i]!;
      return [key, contracts.filter((c) => c.customer?.id === clientId || (leadId && c.lead?.id === leadId))];
    }));
  },
  missing: () => [],
});
const amendmentsByContract = batch<string, ContractAmendment[]>({
  load: async ({ em }, contractIds) => groupBy(await em.find(ContractAmendment, { contract: { $in: contractIds } }, { orderBy: { ordinal: 'asc' } }), (a) => a.contract.id),
  missing: () => [],
});

/** The contract's amendments in order; the rows of a list ask together, in one statement. */
export function amendmentsOf(scope: Scope, contract: Contract): Promise<ContractAmendment[]> {
  return amendmentsByContract.load(scope, contract.id);
}
