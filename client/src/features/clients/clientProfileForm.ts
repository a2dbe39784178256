import { ClientStatus, ProfitAdvanceMethod, ServiceArea, TaxRegime, type ClientInput, type LegalForm } from '../../gql/graphql';
import { hasValidOgrnChecksum } from './ogrn';

// The client profile form's logic: what the card's profile becomes as a form, what changes with the
// legal form and the regime, what is wrong as the user types (the server still decides), and
// whether a change touches the compliance schedule.

export interface ClientProfileSource {
  legalForm: LegalForm;
  fullName: string;
  shortName: string;
  inn?: string | null;
  kpp?: string | null;
  ogrn?: string | null;
  regionCode?: string | null;
  okvedCode?: string | null;
  taxRegime: TaxRegime;
  vatPayer: boolean;
  hasEmployees: boolean;
  headcount?: number | null;
  profitAdvances?: ProfitAdvanceMethod | null;
  hasProperty: boolean;
  hasTransport: boolean;
  hasLand: boolean;
  patents: readonly { startDate: string; endDate: string; region?: string | null }[];
  serviceAreas: readonly ServiceArea[];
  serviceStartDate?: string | null;
  contacts: readonly { name: string; position?: string | null; phone?: string | null; email?: string | null; decides?: string | null }[];
}

/** The profile as the server takes it back (every field, edited or not). */
export function clientInputOf(client: ClientProfileSource): ClientInput {
  return {
    legalForm: client.legalForm, fullName: client.fullName, shortName: client.shortName, inn: client.inn ?? null, kpp: client.kpp ?? null, ogrn: client.ogrn ?? null,
    regionCode: client.regionCode ?? null, okvedCode: client.okvedCode ?? null, taxRegime: client.taxRegime, vatPayer: client.vatPayer, hasEmployees: client.hasEmployees,
    headcount: client.headcount ?? null, profitAdvances: client.profitAdvances ?? null, hasProperty: client.hasProperty, hasTransport: client.hasTransport, hasLand: client.hasLand,
    patents: client.patents.map(({ startDate, endDate, region }) => ({ startDate, endDate, region: region ?? null })), serviceAreas: [...client.serviceAreas],
    serviceStartDate: client.serviceStartDate ?? null,
    contacts: client.contacts.map(({ name, position, phone, email, decides }) => ({ name, position: position ?? null, phone: phone ?? null, email: email ?? null, decides: decides ?? null })),
  };
}

const INDIVIDUAL_ONLY: readonly TaxRegime[] = [TaxRegime.Psn, TaxRegime.Npd];

/** The regimes a legal form may choose: an organization is never on ПСН or НПД. */
export const regimesFor = (legalForm: LegalForm): TaxRegime[] =>
  Object.values(TaxRegime).filter((regime) => legalForm === 'INDIVIDUAL_ENTREPRENEUR' || !INDIVIDUAL_ONLY.includes(regime));

/** Profit tax advances are an organization-on-ОСНО matter; quarterly is the law's default. */
export const paysProfitTax = (input: Pick<ClientInput, 'legalForm' | 'taxRegime'>): boolean => input.legalForm === 'ORGANIZATION' && input.taxRegime === TaxRegime.Osno;

/** A regime chosen: profit advances and patents follow it. */
export function withRegime(input: ClientInput, taxRegime: TaxRegime): ClientInput {
  const next = { ...input, taxRegime };
  return {
    ...next,
    profitAdvances: paysProfitTax(next) ? (input.profitAdvances ?? ProfitAdvanceMethod.Quarterly) : null,
    patents: taxRegime === TaxRegime.Psn ? (input.patents ?? []) : [],
  };
}

/** A legal form chosen: an entrepreneur has no КПП and no organization's property taxes; the regime must fit. */
export function withLegalForm(input: ClientInput, legalForm: LegalForm): ClientInput {
  const organization = legalForm === 'ORGANIZATION';
  const next: ClientInput = {
    ...input,
    legalForm,
    kpp: organization ? input.kpp : null,
    hasProperty: organization ? input.hasProperty : false,
    hasTransport: organization ? input.hasTransport : false,
    hasLand: organization ? input.hasLand : false,
  };
  return withRegime(next, regimesFor(legalForm).includes(input.taxRegime) ? input.taxRegime : TaxRegime.UsnIncome);
}

/** Employees switched off: no headcount. */
export const withEmployees = (input: ClientInput, hasEmployees: boolean): ClientInput => ({ ...input, hasEmployees, headcount: hasEmployees ? input.headcount : null });

const digits = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, '');

// the INN's control digits as the server checks them (leads/rules/inn.ts); the leads area's copy
// is out of reach here (the leads area imports this one)
const INN_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_12_FIRST = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_12_SECOND = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const control = (d: readonly number[], weights: readonly number[]) => (weights.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11) % 10;

/** A 10- or 12-digit INN with correct control digits. */
export function hasValidInnChecksum(inn: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(inn)) return false;
  const d = [...inn].map(Number);
  return d.length === 10 ? control(d, INN_10) === d[9] : control(d, INN_12_FIRST) === d[10] && control(d, INN_12_SECOND) === d[11];
}

/** A problem's message key under `clients.form.problems`. */
export type ProblemKey =
  | 'required' | 'innDigits' | 'innLength' | 'innChecksum' | 'kppFormat' | 'ogrnDigits' | 'ogrnLength' | 'ogrnKind' | 'ogrnChecksum' | 'okvedFormat'
  | 'headcountWithoutEmployees' | 'patentRequired' | 'patentEndsBeforeStart' | 'patentCrossesYear' | 'patentDates' | 'serviceAreaRequired' | 'email';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What is wrong with the form as the user types, by field (`inn`, `patents[0].endDate`,
 * `contacts[1].name`…): the same checks as the server's, so saving rarely fails.
 */
export function clientFormProblems(input: ClientInput): Record<string, ProblemKey> {
  const problems: Record<string, ProblemKey> = {};
  const organization = input.legalForm === 'ORGANIZATION';
  if (!input.fullName.trim()) problems.fullName = 'required';
  if (!input.shortName.trim()) problems.shortName = 'required';
  const inn = digits(input.inn);
  if (inn) {
    if (!/^\d+$/.test(inn)) problems.inn = 'innDigits';
    else if (inn.length !== (organization ? 10 : 12)) problems.inn = 'innLength';
    else if (!hasValidInnChecksum(inn)) problems.inn = 'innChecksum';
  }
  const kpp = digits(input.kpp).toUpperCase();
  if (organization && kpp && !/^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp)) problems.kpp = 'kppFormat';
  const ogrn = digits(input.ogrn);
  if (ogrn) {
    if (!/^\d+$/.test(ogrn)) problems.ogrn = 'ogrnDigits';
    else if (ogrn.length !== (organization ? 13 : 15)) problems.ogrn = 'ogrnLength';
    else if (organization ? !['1', '5'].includes(ogrn[0]!) : ogrn[0] !== '3') problems.ogrn = 'ogrnKind';
    else if (!hasValidOgrnChecksum(ogrn)) problems.ogrn = 'ogrnChecksum';
  }
  if (input.okvedCode?.trim() && !/^\d{2}(\.\d{1,2}){0,2}$/.test(input.okvedCode.trim())) problems.okvedCode = 'okvedFormat';
  if (!input.hasEmployees && input.headcount) problems.headcount = 'headcountWithoutEmployees';
  const patents = input.patents ?? [];
  if (input.taxRegime === TaxRegime.Psn && !patents.length) problems.patents = 'patentRequired';
  patents.forEach((patent, i) => {
    if (!patent.startDate || !patent.endDate) problems[`patents[${i}].endDate`] = 'patentDates';
    else if (patent.endDate < patent.startDate) problems[`patents[${i}].endDate`] = 'patentEndsBeforeStart';
    else if (patent.startDate.slice(0, 4) !== patent.endDate.slice(0, 4)) problems[`patents[${i}].endDate`] = 'patentCrossesYear';
  });
  if (input.serviceAreas && !input.serviceAreas.length) problems.serviceAreas = 'serviceAreaRequired';
  (input.contacts ?? []).forEach((contact, i) => {
    if (!contact.name.trim()) problems[`contacts[${i}].name`] = 'required';
    if (contact.email?.trim() && !EMAIL.test(contact.email.trim())) problems[`contacts[${i}].email`] = 'email';
  });
  return problems;
}

/** The profile facts the schedule engine reads: changing one of them leads into the schedule diff. */
const SCHEDULE_FIELDS = ['legalForm', 'taxRegime', 'vatPayer', 'hasEmployees', 'profitAdvances', 'hasProperty', 'hasTransport', 'hasLand', 'regionCode', 'patents', 'serviceStartDate'] as const;

const normalised = (value: unknown) => JSON.stringify(value ?? null);

/** Whether saving `after` over `before` changes something the compliance schedule depends on. */
export function changesSchedule(before: ClientInput, after: ClientInput): boolean {
  return SCHEDULE_FIELDS.some((field) => normalised(before[field]) !== normalised(after[field]));
}

/** The statuses a client can be moved to from the card, as the server allows (acceptance makes it ACTIVE). */
export function nextStatuses(status: ClientStatus): ClientStatus[] {
  switch (status) {
    case ClientStatus.Onboarding:
      return [ClientStatus.Terminated];
    case ClientStatus.Active:
      return [ClientStatus.Suspended, ClientStatus.Terminated];
    case ClientStatus.Suspended:
      return [ClientStatus.Active, ClientStatus.Terminated];
    default:
      return [];
  }
}
