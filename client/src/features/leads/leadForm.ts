import { fieldErrorsBy } from '../../kernel/apollo/errors';
import { LeadFieldType, LegalForm, type LeadInput, type TaxRegime } from '../../gql/graphql';
import { hasValidInnChecksum } from './innChecksum';
import { regimesFor } from './leadEnums';

/** What the lead form holds while it is being edited (inputs keep strings; blanks become null on save). */
export interface LeadFormValues {
  lastName: string;
  firstName: string;
  patronymic: string;
  legalForm: LegalForm;
  companyName: string;
  inn: string;
  taxRegime: TaxRegime | null;
  okvedCode: string;
  activity: string;
  regionCode: string | null;
  sourceId: string | null;
  phone: string;
  email: string;
  ownerId: string | null;
  notes: string;
  /** Extra field values by key, as the inputs hold them (strings, numbers, booleans). */
  extra: Record<string, unknown>;
}

export interface ExtraFieldDefinition {
  key: string;
  type: LeadFieldType;
}

/** The lead's stored values, enough to fill the form. */
export interface LeadFormSource {
  lastName: string;
  firstName: string;
  patronymic?: string | null;
  legalForm: LegalForm;
  companyName: string;
  inn?: string | null;
  taxRegime?: TaxRegime | null;
  okvedCode?: string | null;
  activity?: string | null;
  regionCode?: string | null;
  source?: { id: string } | null;
  phone?: string | null;
  email?: string | null;
  owner?: { id: string } | null;
  notes?: string | null;
  extra: Record<string, unknown>;
}

export function emptyLeadForm(ownerId: string | null = null): LeadFormValues {
  return {
    lastName: '',
    firstName: '',
    patronymic: '',
    legalForm: LegalForm.Organization,
    companyName: '',
    inn: '',
    taxRegime: null,
    okvedCode: '',
    activity: '',
    regionCode: null,
    sourceId: null,
    phone: '',
    email: '',
    ownerId,
    notes: '',
    extra: {},
  };
}

export function leadToForm(lead: LeadFormSource): LeadFormValues {
  return {
    lastName: lead.lastName,
    firstName: lead.firstName,
    patronymic: lead.patronymic ?? '',
    legalForm: lead.legalForm,
    companyName: lead.companyName,
    inn: lead.inn ?? '',
    taxRegime: lead.taxRegime ?? null,
    okvedCode: lead.okvedCode ?? '',
    activity: lead.activity ?? '',
    regionCode: lead.regionCode ?? null,
    sourceId: lead.source?.id ?? null,
    phone: lead.phone ?? '',
    email: lead.email ?? '',
    ownerId: lead.owner?.id ?? null,
    notes: lead.notes ?? '',
    extra: { ...lead.extra },
  };
}

/** Changes the legal form; a regime the new form cannot have (ПСН, НПД for an organization) is cleared. */
export function withLegalForm(values: LeadFormValues, legalForm: LegalForm): LeadFormValues {
  const taxRegime = values.taxRegime && regimesFor(legalForm).includes(values.taxRegime) ? values.taxRegime : null;
  return { ...values, legalForm, taxRegime };
}

/**
 * «Деятельность» after an ОКВЭД code is picked: the code's name when the activity is empty or still
 * the previous code's name (so it was filled by a pick, not typed); otherwise what the user wrote.
 */
export function activityAfterOkvedPick(activity: string, previousTitle: string | null | undefined, title: string): string {
  if (!title.trim()) return activity;
  const current = activity.trim();
  if (current === '' || (previousTitle && current === previousTitle.trim())) return title;
  return activity;
}

const blank = (value: string) => (value.trim() === '' ? null : value.trim());

/** An extra value as the server expects it for the field type, or null for "not set". */
export function extraValue(type: LeadFieldType, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  switch (type) {
    case LeadFieldType.Boolean:
      return typeof value === 'boolean' ? value : null;
    case LeadFieldType.Number: {
      if (typeof value === 'number') return Number.isFinite(value) ? value : null;
      const text = String(value).trim().replace(',', '.');
      // an unparsable number goes to the server as typed so its message lands under the field
      return text === '' ? null : Number.isFinite(Number(text)) ? Number(text) : text;
    }
    default: {
      const text = String(value).trim();
      return text === '' ? null : text;
    }
  }
}

/** The `LeadInput` for the form's values; only the firm's defined extra fields are sent. */
export function formToInput(values: LeadFormValues, fields: readonly ExtraFieldDefinition[]): LeadInput {
  const extra: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.key in values.extra) extra[field.key] = extraValue(field.type, values.extra[field.key]);
  }
  return {
    lastName: values.lastName.trim(),
    firstName: values.firstName.trim(),
    patronymic: blank(values.patronymic),
    legalForm: values.legalForm,
    companyName: values.companyName.trim(),
    inn: blank(values.inn),
    taxRegime: values.taxRegime,
    okvedCode: blank(values.okvedCode),
    activity: blank(values.activity),
    regionCode: values.regionCode,
    sourceId: values.sourceId,
    phone: blank(values.phone),
    email: blank(values.email),
    ownerId: values.ownerId,
    notes: blank(values.notes),
    extra,
  };
}

/**
 * Field messages of a BAD_USER_INPUT error keyed by the lead's field path (`inn`, `extra.marketplace`);
 * unlike the app-wide helper this keeps the `extra.` prefix so extra fields do not clash with built-in ones.
 */
export function leadFieldErrors(error: unknown): Record<string, string> {
  return fieldErrorsBy(error, (field) => field.replace(/^input\./, ''));
}

/** The server's length limits for the lead's text fields (server/src/modules/leads/lead.inputs.ts). */
export const LEAD_TEXT_LIMITS = {
  lastName: 100,
  firstName: 100,
  patronymic: 100,
  companyName: 300,
  activity: 500,
  notes: 10_000,
} as const;

/** How many digits an INN has for each legal form. */
export const INN_LENGTH: Record<LegalForm, number> = {
  [LegalForm.Organization]: 10,
  [LegalForm.IndividualEntrepreneur]: 12,
};

/** A problem the form finds itself: a translation key and the values its text interpolates. */
export interface LeadFormProblem {
  key: string;
  values?: Record<string, number>;
}

const REQUIRED_MESSAGES = {
  lastName: 'leads.form.problems.lastNameRequired',
  firstName: 'leads.form.problems.firstNameRequired',
  companyName: 'leads.form.problems.companyNameRequired',
} as const;

// lenient copies of the server's rules (rules/phone.ts): never refuse what the server would take
const PHONE_CHARACTERS = /^\+?[\d\s\-().\u2010-\u2015]+$/;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/u;

/** Whether a phone looks like one the server takes: a Russian number (10 digits after +7 / 8) or +country with 8–15 digits. */
export function looksLikePhone(value: string): boolean {
  const phone = value.trim();
  if (!PHONE_CHARACTERS.test(phone)) return false;
  const digits = phone.replace(/\D/g, '');
  if (phone.startsWith('+')) return digits.startsWith('7') ? digits.length === 11 : digits.length >= 8 && digits.length <= 15;
  return digits.length === 10 || (digits.length === 11 && /^[78]/.test(digits));
}

/** Whether an e-mail has the shape name@domain.tld (the server checks the rest). */
export const looksLikeEmail = (value: string) => EMAIL_SHAPE.test(value.trim());

/** The INN's problem for the legal form (spaces ignored, as the server does), or null. */
export function innProblem(value: string, legalForm: LegalForm): LeadFormProblem | null {
  const inn = value.replace(/\s+/g, '');
  if (inn === '') return null;
  if (!/^\d+$/.test(inn)) return { key: 'validation.INN_DIGITS' };
  const length = INN_LENGTH[legalForm];
  if (inn.length !== length) {
    const key = legalForm === LegalForm.Organization ? 'leads.form.problems.innLengthOrganization' : 'leads.form.problems.innLengthEntrepreneur';
    return { key, values: { length, got: inn.length } };
  }
  return hasValidInnChecksum(inn) ? null : { key: 'validation.INN_CHECKSUM' };
}

/**
 * What the form itself checks before sending (and as the user types), by field: the required names,
 * the lengths the server allows, the INN (digits, length for the legal form, checksum), phone and e-mail.
 */
export function leadFormProblems(values: LeadFormValues): Record<string, LeadFormProblem> {
  const problems: Record<string, LeadFormProblem> = {};
  for (const [field, max] of Object.entries(LEAD_TEXT_LIMITS) as [keyof typeof LEAD_TEXT_LIMITS, number][]) {
    const text = values[field].trim();
    if (text === '' && field in REQUIRED_MESSAGES) problems[field] = { key: REQUIRED_MESSAGES[field as keyof typeof REQUIRED_MESSAGES] };
    else if (text.length > max) problems[field] = { key: 'leads.form.problems.tooLong', values: { max } };
  }
  const inn = innProblem(values.inn, values.legalForm);
  if (inn) problems.inn = inn;
  if (values.phone.trim() && !looksLikePhone(values.phone)) problems.phone = { key: 'leads.form.problems.phone' };
  if (values.email.trim() && !looksLikeEmail(values.email)) problems.email = { key: 'leads.form.problems.email' };
  return problems;
}
