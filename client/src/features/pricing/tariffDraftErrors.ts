import { LEGAL_FORMS } from './pricingForm';
import { cellKey, draftToInput, filledCells, multiplierParameter, type DraftProblem, type TariffDraftState } from './tariffDraft';

/**
 * Where a problem of the sent definition lives in the editor's form. The server (and
 * `draftToInput`) name a field as in the sent definition (`definition.basePrices[2].amount`,
 * `parameters[1].options[0].key`); the form holds the draft (`basePrices.ORGANIZATION/OSNO`,
 * `parameters.1.options.0.key`). Lists the editor sends filtered — filled base prices, the price
 * per legal form, one factor per option — are found again by their index in what was sent.
 */
export function draftFieldPath(draft: TariffDraftState, field: string): string {
  const path = field.replace(/^definition\.?/, '');

  const base = /^basePrices\[(\d+)\]/.exec(path);
  if (base) {
    const cell = filledCells(draft)[Number(base[1])];
    return cell ? `basePrices.${cellKey(cell.legalForm, cell.taxRegime)}` : 'basePrices';
  }

  const byForm = /^parameters\[(\d+)\]\.priceByLegalForm(?:\[(\d+)\]|\.([A-Z_]+))/.exec(path);
  if (byForm) {
    const parameter = draft.parameters[Number(byForm[1])];
    const sent = LEGAL_FORMS.filter((form) => (parameter?.priceByLegalForm[form] ?? '').trim() !== '');
    const legalForm = byForm[2] !== undefined ? sent[Number(byForm[2])] : byForm[3];
    return legalForm ? `parameters.${byForm[1]}.priceByLegalForm.${legalForm}` : `parameters.${byForm[1]}.price`;
  }

  const factor = /^multipliers\[(\d+)\]\.factors\[(\d+)\]/.exec(path);
  if (factor) {
    const multiplier = draft.multipliers[Number(factor[1])];
    const option = multiplier && multiplierParameter(draft, multiplier)?.options[Number(factor[2])];
    return option ? `multipliers.${factor[1]}.factors.${option.key}` : `multipliers.${factor[1]}.parameterKey`;
  }

  const perUnit = /^remuneration\[(\d+)\]\.perUnit(?:\.(parameterKey|amount))?$/.exec(path);
  if (perUnit) return `remuneration.${perUnit[1]}.${perUnit[2] === 'amount' ? 'perUnitAmount' : 'perUnitKey'}`;

  return path.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The form's `validate`: what `draftToInput` finds before sending, on the form's paths, as the
 * translation key of each problem (`pricing.tariffs.problems.<problem>`).
 */
export function draftProblemsByPath(draft: TariffDraftState): Record<string, DraftProblem> {
  const { problems } = draftToInput(draft);
  return Object.fromEntries(Object.entries(problems).map(([field, problem]) => [draftFieldPath(draft, field), problem]));
}
