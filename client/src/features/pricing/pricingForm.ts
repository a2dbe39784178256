import {
  LegalForm,
  ServiceArea,
  TariffParameterType,
  TaxRegime,
  type PricingInput,
  type PricingValueInput,
  type TariffDefinitionFieldsFragment,
} from '../../gql/graphql';

export type TariffDefinition = TariffDefinitionFieldsFragment;
export type TariffParameter = TariffDefinition['parameters'][number];

/** NUMBER: what the number field holds (a number, or text while being typed); FLAG: boolean; CHOICE: option key. */
export type PricingFormValue = number | string | boolean;

export interface PricingFormState {
  legalForm: LegalForm | null;
  taxRegime: TaxRegime | null;
  values: Record<string, PricingFormValue>;
}

/** Why a field cannot be priced yet; a translation key under `pricing.problems`. */
export type PricingProblem = 'required' | 'wholeNumber' | 'notOffered';

// the order people know from the tariff sheet, not the alphabetical order of the enum
export const LEGAL_FORMS: readonly LegalForm[] = [LegalForm.Organization, LegalForm.IndividualEntrepreneur];
export const TAX_REGIMES: readonly TaxRegime[] = [
  TaxRegime.Osno,
  TaxRegime.UsnIncome,
  TaxRegime.UsnIncomeMinusExpenses,
  TaxRegime.Psn,
  TaxRegime.Eshn,
  TaxRegime.AusnIncome,
  TaxRegime.AusnIncomeMinusExpenses,
  TaxRegime.Npd,
];
export const SERVICE_AREAS: readonly ServiceArea[] = [ServiceArea.Taxes, ServiceArea.Payroll, ServiceArea.PrimaryDocuments];

// the patent and the professional income tax are for individuals only
const REGIMES_ONLY_FOR_INDIVIDUALS: readonly TaxRegime[] = [TaxRegime.Psn, TaxRegime.Npd];

/** The translation key of a service area («налоги и отчётность» …). */
export function areaLabelKey(area: ServiceArea): string {
  return `pricing.areas.${area}`;
}

export function isRegimeAllowed(legalForm: LegalForm, taxRegime: TaxRegime): boolean {
  return legalForm !== LegalForm.Organization || !REGIMES_ONLY_FOR_INDIVIDUALS.includes(taxRegime);
}

/** Legal forms with at least one base price. */
export function offeredLegalForms(definition: TariffDefinition): LegalForm[] {
  return LEGAL_FORMS.filter((form) => offeredTaxRegimes(definition, form).length > 0);
}

/** Tax regimes the tariff prices for this legal form, in the usual order. */
export function offeredTaxRegimes(definition: TariffDefinition, legalForm: LegalForm | null): TaxRegime[] {
  if (!legalForm) return [];
  return TAX_REGIMES.filter(
    (regime) =>
      isRegimeAllowed(legalForm, regime) &&
      definition.basePrices.some((row) => row.legalForm === legalForm && row.taxRegime === regime),
  );
}

/** What the server assumes for a parameter not given: 0, no, the first option. */
export function defaultValue(parameter: TariffParameter): PricingFormValue {
  switch (parameter.type) {
    case TariffParameterType.Number:
      return 0;
    case TariffParameterType.Flag:
      return false;
    default:
      return parameter.options?.[0]?.key ?? '';
  }
}

export function defaultValues(definition: TariffDefinition): Record<string, PricingFormValue> {
  return Object.fromEntries(definition.parameters.map((parameter) => [parameter.key, defaultValue(parameter)]));
}

/** A fresh form for a lead: its legal form and regime when the tariff offers them, defaults elsewhere. */
export function initialPricingForm(
  definition: TariffDefinition,
  legalForm: LegalForm | null | undefined,
  taxRegime: TaxRegime | null | undefined,
  values: Record<string, PricingFormValue> = {},
): PricingFormState {
  const form = legalForm ?? offeredLegalForms(definition)[0] ?? null;
  const regime = taxRegime && offeredTaxRegimes(definition, form).includes(taxRegime) ? taxRegime : null;
  return { legalForm: form, taxRegime: regime, values: { ...defaultValues(definition), ...fitValues(definition, values) } };
}

/** A saved run's inputs as form values (the field that is set is the value). */
export function valuesOfRun(
  values: readonly { key: string; number?: number | null; flag?: boolean | null; option?: string | null }[] | undefined,
): Record<string, PricingFormValue> {
  const result: Record<string, PricingFormValue> = {};
  for (const value of values ?? []) {
    const given = value.number ?? value.flag ?? value.option;
    if (given !== null && given !== undefined) result[value.key] = given;
  }
  return result;
}

/** Only the values this tariff knows, of the right type (another version may lack a parameter or option). */
export function fitValues(
  definition: TariffDefinition,
  values: Record<string, PricingFormValue>,
): Record<string, PricingFormValue> {
  const fitting: Record<string, PricingFormValue> = {};
  for (const parameter of definition.parameters) {
    const value = values[parameter.key];
    if (value === undefined) continue;
    const fits =
      parameter.type === TariffParameterType.Number
        ? typeof value === 'number' || typeof value === 'string'
        : parameter.type === TariffParameterType.Flag
          ? typeof value === 'boolean'
          : typeof value === 'string' && (parameter.options ?? []).some((option) => option.key === value);
    if (fits) fitting[parameter.key] = value;
  }
  return fitting;
}

/** A change of legal form keeps the regime only if the tariff offers it for the new form. */
export function withLegalForm(definition: TariffDefinition, form: PricingFormState, legalForm: LegalForm | null): PricingFormState {
  const keep = form.taxRegime && offeredTaxRegimes(definition, legalForm).includes(form.taxRegime);
  return { ...form, legalForm, taxRegime: keep ? form.taxRegime : null };
}

function wholeNumber(value: PricingFormValue | undefined): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : null;
}

/** What keeps the form from being priced, by field (`legalForm`, `taxRegime` or a parameter key). */
export function pricingProblems(definition: TariffDefinition, form: PricingFormState): Record<string, PricingProblem> {
  const problems: Record<string, PricingProblem> = {};
  if (!form.legalForm) problems.legalForm = 'required';
  if (!form.taxRegime) problems.taxRegime = 'required';
  else if (!offeredTaxRegimes(definition, form.legalForm).includes(form.taxRegime)) problems.taxRegime = 'notOffered';
  for (const parameter of definition.parameters) {
    const value = form.values[parameter.key];
    if (parameter.type === TariffParameterType.Number && value !== undefined) {
      if (typeof value === 'string' && value.trim() === '') problems[parameter.key] = 'required';
      else if (wholeNumber(value) === null) problems[parameter.key] = 'wholeNumber';
    }
  }
  return problems;
}

function valueInput(parameter: TariffParameter, value: PricingFormValue | undefined): PricingValueInput | null {
  switch (parameter.type) {
    case TariffParameterType.Number: {
      const number = wholeNumber(value);
      return number === null ? null : { key: parameter.key, number };
    }
    case TariffParameterType.Flag:
      return typeof value === 'boolean' ? { key: parameter.key, flag: value } : null;
    default:
      return typeof value === 'string' && value !== '' ? { key: parameter.key, option: value } : null;
  }
}

/**
 * The API input for the form, every parameter of the tariff given explicitly (so a saved run
 * records what was chosen), or null while the form has problems.
 */
export function buildPricingInput(
  definition: TariffDefinition,
  form: PricingFormState,
  tariffVersionId?: string,
): PricingInput | null {
  if (Object.keys(pricingProblems(definition, form)).length > 0 || !form.legalForm || !form.taxRegime) return null;
  const values = definition.parameters.flatMap((parameter) => valueInput(parameter, form.values[parameter.key]) ?? []);
  return {
    legalForm: form.legalForm,
    taxRegime: form.taxRegime,
    values,
    ...(tariffVersionId ? { tariffVersionId } : {}),
  };
}

/** The worked example of the pricing notes: the sample lead of the tariff preview. */
export const SAMPLE_LEAD = {
  legalForm: LegalForm.Organization,
  taxRegime: TaxRegime.UsnIncomeMinusExpenses,
  values: { employees: 12, bankOperations: 180, documents: 60, bankAccounts: 2, activityKind: 'trade' },
} as const;

export function sampleForm(definition: TariffDefinition): PricingFormState {
  return initialPricingForm(definition, SAMPLE_LEAD.legalForm, SAMPLE_LEAD.taxRegime, SAMPLE_LEAD.values);
}
