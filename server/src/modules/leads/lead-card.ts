import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, type FieldError } from '../../graphql/errors.js';
import { User } from '../auth/user.entity.js';
import { LeadFieldType, INDIVIDUAL_ONLY_REGIMES, type LegalForm, type TaxRegime } from './lead.enums.js';
import { LeadField, LeadSource } from './lead-lists.entity.js';
import type { LeadInput } from './lead.inputs.js';
import { findRegion, normaliseEmail, normalisePhone, validateInn, validateOkvedCode } from './rules/index.js';

/** The lead card's fields after checking and normalising, ready to store. */
export interface LeadCard {
  lastName: string;
  firstName: string;
  patronymic: string | null;
  legalForm: LegalForm;
  companyName: string;
  inn: string | null;
  taxRegime: TaxRegime | null;
  okvedCode: string | null;
  activity: string | null;
  regionCode: string | null;
  source: LeadSource | null;
  phone: string | null;
  email: string | null;
  owner: User | null;
  notes: string | null;
  extra: Record<string, unknown>;
}

const blank = (value: string | null | undefined) => (value === null || value === undefined || value.trim() === '' ? null : value.trim());

/** Checks one extra-field value against its definition; returns the error message or null. */
function extraValueError(field: LeadField, value: unknown): string | null {
  if (value === null) return null;
  switch (field.type) {
    case LeadFieldType.TEXT:
      return typeof value === 'string' && value.length <= 1000 ? null : `${field.label}: text up to 1000 characters`;
    case LeadFieldType.NUMBER:
      return typeof value === 'number' && Number.isFinite(value) ? null : `${field.label}: a number`;
    case LeadFieldType.BOOLEAN:
      return typeof value === 'boolean' ? null : `${field.label}: yes or no`;
    case LeadFieldType.CHOICE:
      return typeof value === 'string' && field.options.includes(value) ? null : `${field.label}: one of ${field.options.join(', ')}`;
    case LeadFieldType.DATE:
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : `${field.label}: a date YYYY-MM-DD`;
  }
}

/**
 * The firm's sources and active users, loaded once by a caller that checks many cards (an
 * import file), so that a card reads them from here instead of a query each.
 */
export interface CardLookups {
  sources: readonly LeadSource[];
  activeUsers: readonly User[];
}

/**
 * Validates and normalises what a manager typed into the lead card, collecting every problem
 * with its field so the form can show them all at once.
 */
export async function checkLeadCard(em: EntityManager, input: LeadInput, defaultOwnerId: string | null, lookups?: CardLookups): Promise<LeadCard> {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string, code: string) => errors.push({ field, message, code });

  let inn: string | null = null;
  if (blank(input.inn)) {
    const result = validateInn(input.inn!, input.legalForm);
    if (result.ok) inn = result.inn;
    else fail('inn', result.message, result.code);
  }
  if (input.taxRegime && input.legalForm === 'ORGANIZATION' && INDIVIDUAL_ONLY_REGIMES.includes(input.taxRegime)) {
    fail('taxRegime', `An organization cannot be on ${input.taxRegime}`, 'REGIME_NOT_FOR_ORGANIZATION');
  }
  let okvedCode: string | null = null;
  if (blank(input.okvedCode)) {
    const result = validateOkvedCode(input.okvedCode!);
    if (result.ok) okvedCode = result.code;
    else fail('okvedCode', result.message, 'OKVED_FORMAT');
  }
  const regionCode = blank(input.regionCode);
  if (regionCode && !findRegion(regionCode)) fail('regionCode', `Unknown region code ${regionCode}`, 'REGION_UNKNOWN');
  let phone: string | null = null;
  if (blank(input.phone)) {
    const result = normalisePhone(input.phone!);
    if (result.ok) phone = result.phone;
    else fail('phone', result.message, 'PHONE_INVALID');
  }
  let email: string | null = null;
  if (blank(input.email)) {
    const result = normaliseEmail(input.email!);
    if (result.ok) email = result.email;
    else fail('email', result.message, 'EMAIL_INVALID');
  }
  const sourceId = input.sourceId;
  const source = !sourceId ? null : lookups ? (lookups.sources.find((s) => s.id === sourceId) ?? null) : await em.findOne(LeadSource, { id: sourceId });
  if (input.sourceId && !source) fail('sourceId', 'Unknown lead source', 'SOURCE_UNKNOWN');
  const ownerId = input.ownerId ?? defaultOwnerId;
  const owner = !ownerId ? null : lookups ? (lookups.activeUsers.find((u) => u.id === ownerId) ?? null) : await em.findOne(User, { id: ownerId, active: true });
  if (input.ownerId && !owner) fail('ownerId', 'The owner must be an active user of the firm', 'USER_NOT_ACTIVE');

  const extra: Record<string, unknown> = {};
  if (input.extra) {
    const fields = await em.find(LeadField, { key: { $in: Object.keys(input.extra) } });
    for (const [key, value] of Object.entries(input.extra)) {
      const field = fields.find((f) => f.key === key);
      if (!field) {
        fail(`extra.${key}`, `Unknown extra field ${key}`, 'EXTRA_FIELD_UNKNOWN');
        continue;
      }
      const problem = extraValueError(field, value);
      if (problem) fail(`extra.${key}`, problem, 'EXTRA_VALUE_INVALID');
      else if (value !== null) extra[key] = value;
    }
  }
  if (errors.length) throw badInput(`Invalid lead: ${errors.map((e) => `${e.field} — ${e.message}`).join('; ')}`, errors);

  return {
    lastName: input.lastName.trim(),
    firstName: input.firstName.trim(),
    patronymic: blank(input.patronymic),
    legalForm: input.legalForm,
    companyName: input.companyName.trim(),
    inn,
    taxRegime: input.taxRegime ?? null,
    okvedCode,
    activity: blank(input.activity),
    regionCode,
    source,
    phone,
    email,
    owner,
    notes: blank(input.notes),
    extra,
  };
}
