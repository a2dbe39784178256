import type { FieldError } from '../../graphql/errors.js';
import { INDIVIDUAL_ONLY_REGIMES, LegalForm, TaxRegime } from '../leads/lead.enums.js';
import { findRegion, validateInn, validateOkvedCode } from '../leads/rules/index.js';
import type { ClientContact } from '../projects/project.entity.js';
import type { ClientPatent } from './client.entity.js';
import type { ClientInput } from './client.inputs.js';
import { validateKpp, validateOgrn } from './rules/registration.js';
import { ProfitAdvanceMethod, ServiceArea } from './schedule-link.js';

/** The client profile after checking and normalising, ready to store. */
export interface ClientProfile {
  legalForm: LegalForm;
  fullName: string;
  shortName: string;
  inn: string | null;
  kpp: string | null;
  ogrn: string | null;
  regionCode: string | null;
  okvedCode: string | null;
  taxRegime: TaxRegime;
  vatPayer: boolean;
  hasEmployees: boolean;
  headcount: number | null;
  profitAdvances: ProfitAdvanceMethod | null;
  hasProperty: boolean;
  hasTransport: boolean;
  hasLand: boolean;
  patents: ClientPatent[];
  serviceAreas: ServiceArea[];
  serviceStartDate: string | null;
  contacts: ClientContact[];
}

const blank = (value: string | null | undefined) => (value === null || value === undefined || value.trim() === '' ? null : value.trim());
const AREA_ORDER = Object.values(ServiceArea);

/**
 * Checks and normalises a client profile, collecting every problem with its field so the form
 * shows them all at once. Pure: the caller throws.
 */
export function checkClientProfile(input: ClientInput): { profile: ClientProfile; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string, code: string) => errors.push({ field, message, code });
  const organization = input.legalForm === LegalForm.ORGANIZATION;

  let inn: string | null = null;
  if (blank(input.inn)) {
    const result = validateInn(input.inn!, input.legalForm);
    if (result.ok) inn = result.inn;
    else fail('inn', result.message, result.code);
  }
  let kpp: string | null = null;
  if (blank(input.kpp)) {
    const result = validateKpp(input.kpp!, input.legalForm);
    if (result.ok) kpp = result.value;
    else fail('kpp', result.message, result.code);
  }
  let ogrn: string | null = null;
  if (blank(input.ogrn)) {
    const result = validateOgrn(input.ogrn!, input.legalForm);
    if (result.ok) ogrn = result.value;
    else fail('ogrn', result.message, result.code);
  }
  if (organization && INDIVIDUAL_ONLY_REGIMES.includes(input.taxRegime)) fail('taxRegime', `An organization cannot be on ${input.taxRegime}`, 'REGIME_NOT_FOR_ORGANIZATION');
  let okvedCode: string | null = null;
  if (blank(input.okvedCode)) {
    const result = validateOkvedCode(input.okvedCode!);
    if (result.ok) okvedCode = result.code;
    else fail('okvedCode', result.message, 'OKVED_FORMAT');
  }
  const regionCode = blank(input.regionCode);
  if (regionCode && !findRegion(regionCode)) fail('regionCode', `Unknown region code ${regionCode}`, 'REGION_UNKNOWN');

  // profit tax advances exist only for an organization on ОСНО; quarterly is the law's default
  const paysProfitTax = organization && input.taxRegime === TaxRegime.OSNO;
  if (input.profitAdvances && !paysProfitTax) fail('profitAdvances', 'Profit tax advances apply to organizations on OSNO only', 'PROFIT_ADVANCES_NOT_APPLICABLE');
  const profitAdvances = paysProfitTax ? (input.profitAdvances ?? ProfitAdvanceMethod.QUARTERLY) : null;

  if (!input.hasEmployees && input.headcount) fail('headcount', 'A headcount needs employees', 'HEADCOUNT_WITHOUT_EMPLOYEES');
  const headcount = input.hasEmployees ? (input.headcount ?? null) : null;

  const patents = (input.patents ?? []).map((p) => ({ startDate: p.startDate, endDate: p.endDate, region: blank(p.region) }));
  if (patents.length && input.taxRegime !== TaxRegime.PSN) fail('patents', 'Patents belong to the patent system (PSN)', 'PATENTS_NOT_APPLICABLE');
  patents.forEach((p, i) => {
    if (p.endDate < p.startDate) fail(`patents[${i}].endDate`, 'The patent ends before it starts', 'PATENT_ENDS_BEFORE_START');
    // a patent is issued for 1 to 12 months within one calendar year (ст. 346.45 НК)
    else if (p.startDate.slice(0, 4) !== p.endDate.slice(0, 4)) fail(`patents[${i}].endDate`, 'A patent lies within one calendar year', 'PATENT_CROSSES_YEAR');
    if (p.region && !findRegion(p.region)) fail(`patents[${i}].region`, `Unknown region code ${p.region}`, 'REGION_UNKNOWN');
  });
  if (input.taxRegime === TaxRegime.PSN && !patents.length) fail('patents', 'A client on PSN needs at least one patent period', 'PATENT_REQUIRED');

  const serviceAreas = input.serviceAreas ? AREA_ORDER.filter((a) => input.serviceAreas!.includes(a)) : [...AREA_ORDER];
  if (!serviceAreas.length) fail('serviceAreas', 'The firm serves the client in at least one area', 'SERVICE_AREA_REQUIRED');

  return {
    errors,
    profile: {
      legalForm: input.legalForm,
      fullName: input.fullName.trim(),
      shortName: input.shortName.trim(),
      inn,
      kpp,
      ogrn,
      regionCode,
      okvedCode,
      taxRegime: input.taxRegime,
      vatPayer: input.vatPayer,
      hasEmployees: input.hasEmployees,
      headcount,
      profitAdvances,
      hasProperty: input.hasProperty ?? false,
      hasTransport: input.hasTransport ?? false,
      hasLand: input.hasLand ?? false,
      patents,
      serviceAreas,
      serviceStartDate: input.serviceStartDate ?? null,
      contacts: (input.contacts ?? []).map((c) => ({ name: c.name.trim(), position: blank(c.position), phone: blank(c.phone), email: blank(c.email), decides: blank(c.decides) })),
    },
  };
}
