import { LockMode, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { firmToday } from '../../clock.js';
import { batch, groupBy } from '../../graphql/batch.js';
import { badInput, conflict, fieldError, notFound } from '../../graphql/errors.js';
import { decodeKeyset, encodeKeyset, keysetAfter, keysetOrder, keyValue, type SortKey } from '../../graphql/keyset.js';
import type { Connection } from '../../graphql/pagination.js';
import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction } from '../events/event-log.js';
import { Lead } from '../leads/lead.entity.js';
import { LegalForm } from '../leads/lead.enums.js';
import type { LeadService } from '../leads/lead.service.js';
import { ClientAssignment, Client } from './client.entity.js';
import { ClientStatus } from './client.enums.js';
import type { ClientFilter, ClientInput } from './client.inputs.js';
import { checkClientProfile, type ClientProfile } from './client-profile.js';
import { CLIENT_CHANGES } from './clients.events.js';

export const CLIENTS_TOPIC = 'clients';

const CLIENT_ORDER: SortKey = { column: 'created_at', kind: 'timestamp', direction: 'desc' };

function checked(input: ClientInput): ClientProfile {
  const { profile, errors } = checkClientProfile(input);
  if (errors.length) throw badInput(`Invalid client: ${errors.map((e) => `${e.field} — ${e.message}`).join('; ')}`, errors);
  return profile;
}

/** The lead's card as a client's first profile: the firm completes the rest on the client card. */
function profileFromLead(lead: Lead): ClientInput {
  if (!lead.taxRegime) throw fieldError('leadId', 'The lead has no tax regime: set it on the lead card first', 'LEAD_TAX_REGIME_REQUIRED');
  const person = [lead.lastName, lead.firstName, lead.patronymic].filter(Boolean).join(' ');
  return {
    legalForm: lead.legalForm,
    fullName: lead.legalForm === LegalForm.INDIVIDUAL_ENTREPRENEUR && !/^ИП\b/.test(lead.companyName) ? `Индивидуальный предприниматель ${person}` : lead.companyName,
    shortName: lead.companyName,
    inn: lead.inn ?? null,
    regionCode: lead.regionCode ?? null,
    okvedCode: lead.okvedCode ?? null,
    taxRegime: lead.taxRegime,
    vatPayer: false,
    hasEmployees: false,
    contacts: [{ name: person, phone: lead.phone ?? null, email: lead.email ?? null }],
    // a patent client's terms are not on the lead card: the client card asks for them
    patents: null,
  } as ClientInput;
}

/** The rows of each client's assignments, for every client a request asks about. */
const assignmentsOfClients = batch<string, ClientAssignment[]>({
  load: async ({ em }, ids) => groupBy(await em.find(ClientAssignment, { client: { $in: ids } }, { orderBy: { area: 'asc', fromDate: 'desc', createdAt: 'desc' } }), (a) => a.client.id),
  missing: () => [],
});

const clientsOfLeads = batch<string, Client | null>({
  load: async ({ em }, ids) => new Map((await em.find(Client, { lead: { $in: ids } })).map((c: Client) => [c.lead!.id, c])),
  missing: () => null,
});

/** Clients: profile, status, the lead they came from. */
export class ClientService {
  constructor(private readonly leads: LeadService) {}

  /** Creates a client directly, ONBOARDING until accepted. */
  async create({ em, principal }: SignedInScope, input: ClientInput): Promise<Client> {
    const profile = checked(input);
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const client = tx.em.create(Client, { firm: principal.firmId, ...profile });
      tx.record({ topic: CLIENTS_TOPIC, type: 'CLIENT_CREATED', subjectType: 'Client', subjectId: client.id, data: { shortName: client.shortName, leadId: null } });
      return client;
    });
  }

  /** Makes a won lead a client: its card carries over, the lead becomes WON and links to the client. */
  async createFromLead({ em, principal }: SignedInScope, leadId: string, leadVersion: number): Promise<Client> {
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const lead = await tx.em.findOne(Lead, { id: leadId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!lead) throw notFound('Lead');
      if (lead.version !== leadVersion) throw conflict('Someone has changed this lead since you opened it', { currentVersion: lead.version });
      const existing = await tx.em.findOne(Client, { lead: lead.id });
      if (existing) throw fieldError('leadId', 'This lead is already a client', 'LEAD_ALREADY_CLIENT');
      const profile = checked(profileFromLead(lead));
      const client = tx.em.create(Client, { firm: principal.firmId, lead, ...profile });
      this.leads.markWon(tx, lead);
      tx.record({ topic: CLIENTS_TOPIC, type: 'CLIENT_CREATED', subjectType: 'Client', subjectId: client.id, data: { shortName: client.shortName, leadId: lead.id } });
      return client;
    });
  }

  /** Saves the profile edited on the version the user saw; the schedule changes only through its diff. */
  async update({ em, principal }: SignedInScope, id: string, version: number, input: ClientInput): Promise<Client> {
    const profile = checked(input);
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const client = await lockClient(tx.em, id, version);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of CLIENT_CHANGES) {
        const before = client[key] ?? null;
        const after = profile[key] ?? null;
        if (JSON.stringify(before) !== JSON.stringify(after)) changes[key] = { from: before, to: after };
      }
      if (!Object.keys(changes).length) return client;
      Object.assign(client, profile);
      tx.record({ topic: CLIENTS_TOPIC, type: 'CLIENT_UPDATED', subjectType: 'Client', subjectId: client.id, data: { shortName: client.shortName, ...changes } });
      return client;
    });
  }

  /** Suspends, resumes or ends the service; acceptance alone makes an ONBOARDING client ACTIVE. */
  async changeStatus({ em, principal, clock }: SignedInScope, id: string, version: number, status: ClientStatus, since?: string | null): Promise<Client> {
    const day = since ?? firmToday(clock, principal.timeZone);
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const client = await lockClient(tx.em, id, version);
      if (client.status === status) return client;
      const allowed: Record<string, ClientStatus[]> = {
        [ClientStatus.ONBOARDING]: [ClientStatus.TERMINATED],
        [ClientStatus.ACTIVE]: [ClientStatus.SUSPENDED, ClientStatus.TERMINATED],
        [ClientStatus.SUSPENDED]: [ClientStatus.ACTIVE, ClientStatus.TERMINATED],
        [ClientStatus.TERMINATED]: [],
      };
      if (!allowed[client.status].includes(status)) {
        throw fieldError('status', `A client ${client.status} cannot become ${status}${client.status === ClientStatus.ONBOARDING ? ': accept the client instead' : ''}`, 'CLIENT_STATUS_TRANSITION');
      }
      const from = client.status;
      client.status = status;
      client.statusSince = day;
      tx.record({ topic: CLIENTS_TOPIC, type: 'CLIENT_STATUS_CHANGED', subjectType: 'Client', subjectId: client.id, data: { shortName: client.shortName, status: { from, to: status }, since: day } });
      return client;
    });
  }

  async get({ em }: Scope, id: string): Promise<Client> {
    const client = await em.findOne(Client, { id });
    if (!client) throw notFound('Client');
    return client;
  }

  /** A page of clients, newest first, with the total for the table footer: two statements. */
  async list({ em, principal, clock }: SignedInScope, filter: ClientFilter | null | undefined, first: number, after?: string | null): Promise<Connection<Client> & { totalCount: number }> {
    const where: FilterQuery<Client> & Record<string, unknown> = {};
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    if (filter?.taxRegimes?.length) where.taxRegime = { $in: filter.taxRegimes };
    if (filter?.legalForm) where.legalForm = filter.legalForm;
    if (filter?.accountantId) {
      const today = firmToday(clock, principal.timeZone);
      const rows = await em.execute<{ client_id: string }[]>(
        'select distinct client_id from client_assignment where firm_id = ? and accountant_id = ? and from_date <= ? and (to_date is null or to_date >= ?)',
        [principal.firmId, filter.accountantId, today, today],
      );
      where.id = { $in: rows.map((r) => r.client_id) };
    }
    const search = filter?.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const digits = search.replace(/\D/g, '');
      where.$or = [{ shortName: { $ilike: like } }, { fullName: { $ilike: like } }, ...(digits.length >= 3 ? [{ inn: { $like: `%${digits}%` } }] : [])];
    }
    const from = after ? keysetAfter(CLIENT_ORDER, decodeKeyset('client', CLIENT_ORDER, after)) : null;
    const clients = await em.find(Client, from ? { $and: [where, from] } : where, { orderBy: keysetOrder(CLIENT_ORDER) as QueryOrderMap<Client>[], limit: first + 1 });
    const totalCount = await em.count(Client, where);
    const page = clients.slice(0, first);
    const cursor = (client: Client) => encodeKeyset('client', { value: keyValue(client.createdAt), id: client.id });
    return {
      edges: page.map((node) => ({ cursor: cursor(node), node })),
      pageInfo: { hasNextPage: clients.length > first, endCursor: page.length ? cursor(page.at(-1)!) : null },
      totalCount,
    };
  }

  /** Every assignment of the client, newest first per area: batched across a list. */
  assignments(scope: Scope, clientId: string): Promise<ClientAssignment[]> {
    return assignmentsOfClients.load(scope, clientId);
  }

  /** The client a lead became, if any: batched across a list of leads. */
  clientOfLead(scope: Scope, leadId: string): Promise<Client | null> {
    return clientsOfLeads.load(scope, leadId);
  }
}

/** The client locked for a change made on the version the user saw; CONFLICT when stale. */
export async function lockClient(em: EntityManager, id: string, version: number): Promise<Client> {
  const client = await em.findOne(Client, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!client) throw notFound('Client');
  if (client.version !== version) throw conflict('Someone has changed this client since you opened it', { currentVersion: client.version });
  return client;
}
