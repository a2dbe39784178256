import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/postgresql';
import { conflict, fieldError } from '../../graphql/errors.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction } from '../events/event-log.js';
import { ContractSettings, type PartyDetails } from './contract.entity.js';
import type { ContractSettingsInput, PartyDetailsInput } from './contract.inputs.js';
import { CONTRACTS_TOPIC } from './contract-topic.js';
import { patternProblem } from './rules/numbering.js';

/** A party's details with blanks trimmed away; empty strings become absent. */
export function cleanParty(input: PartyDetailsInput | null | undefined): PartyDetails {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input ?? {})) {
    const clean = typeof value === 'string' ? value.trim() : value;
    if (clean !== '' && clean !== null && clean !== undefined) out[key] = clean;
  }
  return out as PartyDetails;
}

const loaded = new WeakMap<EntityManager, Promise<ContractSettings>>();

/** The firm's settings, or the defaults while the owner has saved none (read once per request). */
export function settingsOf(em: EntityManager, firmId: string): Promise<ContractSettings> {
  let found = loaded.get(em);
  if (!found) {
    found = em.findOne(ContractSettings, { firm: firmId }).then((s) => s ?? em.create(ContractSettings, { firm: firmId }, { persist: false }));
    loaded.set(em, found);
  }
  return found;
}

/** The firm's number patterns, warning days, city and VAT clause for documents (its details are the firm's requisites). */
export class ContractSettingsService {
  get({ em, principal }: SignedInScope): Promise<ContractSettings> {
    return settingsOf(em, principal.firmId);
  }

  /** Changes the settings; a stale `version` is refused with CONFLICT. */
  async update({ em, principal }: SignedInScope, version: number, input: ContractSettingsInput): Promise<ContractSettings> {
    for (const field of ['contractNumberPattern', 'poaNumberPattern'] as const) {
      const problem = input[field] ? patternProblem(input[field]!.trim()) : null;
      if (problem) throw fieldError(field, problem, 'NUMBER_PATTERN');
    }
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      await tx.em.getConnection().execute('insert into contract_settings (id, firm_id) values (gen_random_uuid(), ?) on conflict (firm_id) do nothing', [principal.firmId], 'run', tx.em.getTransactionContext());
      const settings = await tx.em.findOneOrFail(ContractSettings, { firm: principal.firmId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (settings.version !== version) throw conflict('Someone has changed the contract settings since you opened them', { currentVersion: settings.version });
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      type Key = 'contractNumberPattern' | 'poaNumberPattern' | 'poaWarningDays' | 'unsignedReminderDays' | 'city' | 'vatClause';
      const change = <K extends Key>(key: K, value: ContractSettings[K]) => {
        if (JSON.stringify(settings[key] ?? null) === JSON.stringify(value)) return;
        changes[key] = { from: settings[key] ?? null, to: value };
        settings[key] = value;
      };
      const set = <K extends Key>(key: K, value: ContractSettings[K] | null | undefined) => {
        if (value !== undefined && value !== null) change(key, value);
      };
      set('contractNumberPattern', input.contractNumberPattern?.trim());
      set('poaNumberPattern', input.poaNumberPattern?.trim());
      set('poaWarningDays', input.poaWarningDays);
      set('unsignedReminderDays', input.unsignedReminderDays);
      // an optional text: absent stays as it is, blank (or null) clears it to null, never ''
      if (input.city !== undefined) change('city', input.city?.trim() || null);
      set('vatClause', input.vatClause?.trim());
      if (Object.keys(changes).length) tx.record({ topic: CONTRACTS_TOPIC, type: 'CONTRACT_SETTINGS_CHANGED', subjectType: 'ContractSettings', subjectId: settings.id, data: changes });
      return settings;
    });
  }
}

