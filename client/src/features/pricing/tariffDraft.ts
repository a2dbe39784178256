import {
  ServiceArea,
  TariffParameterType,
  type LegalForm,
  type TariffDefinitionInput,
  type TariffParameterInput,
  type TaxRegime,
} from '../../gql/graphql';
import { decimalText, editableDecimal, parseDecimalInput } from './money';
import { LEGAL_FORMS, SERVICE_AREAS, TAX_REGIMES, isRegimeAllowed, type TariffDefinition } from './pricingForm';
import { keyFromLabel, uniqueKey } from './tariffKeys';

/**
 * The tariff editor's working copy of a definition. Amounts stay as typed (text) until saved, so
 * nothing is rounded on the way; counts are numbers or '' while empty.
 */
export interface DraftOption {
  uid: string;
  key: string;
  /** The key follows the name until someone types it (saved keys never change by themselves). */
  autoKey: boolean;
  label: string;
  price: string;
}

export interface DraftParameter {
  uid: string;
  key: string;
  autoKey: boolean;
  label: string;
  type: TariffParameterType;
  area: ServiceArea;
  included: number | string;
  blockSize: number | string;
  pricePerBlock: string;
  price: string;
  /** '' = the general price applies to this legal form. */
  priceByLegalForm: Record<LegalForm, string>;
  options: DraftOption[];
}

export interface DraftMultiplier {
  uid: string;
  key: string;
  autoKey: boolean;
  label: string;
  parameterKey: string;
  /** Factor by option key of the parameter. */
  factors: Record<string, string>;
}

export interface DraftRemuneration {
  area: ServiceArea;
  percentOfLines: string;
  perMonth: string;
  /** A NUMBER parameter, or '' for none. */
  perUnitKey: string;
  perUnitAmount: string;
}

export interface TariffDraftState {
  baseArea: ServiceArea;
  /** By `${legalForm}/${taxRegime}`; '' = not offered. */
  basePrices: Record<string, string>;
  parameters: DraftParameter[];
  multipliers: DraftMultiplier[];
  remuneration: DraftRemuneration[];
  overhead: { percentOfPrice: string; fixed: string };
}

/** Why a field cannot be saved; a translation key under `pricing.tariffs.problems`. */
export type DraftProblem = 'required' | 'amount' | 'percent' | 'factor' | 'wholeNumber' | 'key';

let uidCounter = 0;
export function newUid(): string {
  uidCounter += 1;
  return `draft-${uidCounter}`;
}

export function cellKey(legalForm: LegalForm, taxRegime: TaxRegime): string {
  return `${legalForm}/${taxRegime}`;
}

/** The base price cells people may fill: an organization has no patent and no NPD. */
export function basePriceCells(): { legalForm: LegalForm; taxRegime: TaxRegime }[] {
  return LEGAL_FORMS.flatMap((legalForm) =>
    TAX_REGIMES.filter((taxRegime) => isRegimeAllowed(legalForm, taxRegime)).map((taxRegime) => ({ legalForm, taxRegime })),
  );
}

/**
 * The form of a saved definition. With a `locale`, amounts are shown as people write them there
 * («25 000», «1,1»); without one, as the API's decimal strings.
 */
export function draftFromDefinition(definition: TariffDefinition, locale?: string): TariffDraftState {
  const text = (value: unknown) => (value === null || value === undefined ? '' : locale ? editableDecimal(value, locale) : decimalText(value));
  return {
    baseArea: definition.baseArea,
    // every cell people may fill is in the form, '' while not offered
    basePrices: {
      ...Object.fromEntries(basePriceCells().map(({ legalForm, taxRegime }) => [cellKey(legalForm, taxRegime), ''])),
      ...Object.fromEntries(definition.basePrices.map((row) => [cellKey(row.legalForm, row.taxRegime), text(row.amount)])),
    },
    parameters: definition.parameters.map((parameter) => ({
      uid: newUid(),
      key: parameter.key,
      autoKey: false,
      label: parameter.label,
      type: parameter.type,
      area: parameter.area,
      included: parameter.included ?? 0,
      blockSize: parameter.blockSize ?? 1,
      pricePerBlock: text(parameter.pricePerBlock),
      price: text(parameter.price),
      priceByLegalForm: Object.fromEntries(
        LEGAL_FORMS.map((form) => [form, text(parameter.priceByLegalForm?.find((entry) => entry.legalForm === form)?.price)]),
      ) as Record<LegalForm, string>,
      options: (parameter.options ?? []).map((option) => ({
        uid: newUid(),
        key: option.key,
        autoKey: false,
        label: option.label,
        price: text(option.price),
      })),
    })),
    multipliers: definition.multipliers.map((multiplier) => ({
      uid: newUid(),
      key: multiplier.key,
      autoKey: false,
      label: multiplier.label,
      parameterKey: multiplier.parameterKey,
      factors: Object.fromEntries(multiplier.factors.map((factor) => [factor.option, text(factor.factor)])),
    })),
    remuneration: SERVICE_AREAS.map((area) => {
      // only owners and managers edit tariffs, and they always get the pay rules
      const rule = definition.remuneration?.find((entry) => entry.area === area);
      return {
        area,
        percentOfLines: text(rule?.percentOfLines ?? '0'),
        perMonth: text(rule?.perMonth ?? '0'),
        perUnitKey: rule?.perUnit?.parameterKey ?? '',
        perUnitAmount: text(rule?.perUnit?.amount),
      };
    }),
    overhead: { percentOfPrice: text(definition.overhead?.percentOfPrice ?? '0'), fixed: text(definition.overhead?.fixed ?? '0') },
  };
}

export function newParameter(type: TariffParameterType = TariffParameterType.Number): DraftParameter {
  return {
    uid: newUid(),
    key: '',
    autoKey: true,
    label: '',
    type,
    area: ServiceArea.Taxes,
    included: 0,
    blockSize: 1,
    pricePerBlock: '0',
    price: '0',
    priceByLegalForm: Object.fromEntries(LEGAL_FORMS.map((form) => [form, ''])) as Record<LegalForm, string>,
    options: type === TariffParameterType.Choice ? [newOption([])] : [],
  };
}

/** A new option of a choice parameter, its key free among `options`. */
export function newOption(options: readonly DraftOption[]): DraftOption {
  return { uid: newUid(), key: uniqueKey(keyFromLabel(''), options.map((option) => option.key)), autoKey: true, label: '', price: '0' };
}

/** Keys a parameter must not reuse: the other parameters' and the multipliers'. */
function parameterKeysBesides(draft: TariffDraftState, uid: string): string[] {
  return [
    ...draft.parameters.filter((parameter) => parameter.uid !== uid).map((parameter) => parameter.key),
    ...draft.multipliers.map((multiplier) => multiplier.key),
  ];
}

/** A parameter's new name; its key follows while it is automatic, and so do the references to it. */
export function setParameterLabel(draft: TariffDraftState, uid: string, label: string): TariffDraftState {
  const parameter = draft.parameters.find((candidate) => candidate.uid === uid);
  if (!parameter) return draft;
  const labelled = { ...draft, parameters: draft.parameters.map((candidate) => (candidate.uid === uid ? { ...candidate, label } : candidate)) };
  if (!parameter.autoKey) return labelled;
  return renameParameterKey(labelled, uid, uniqueKey(keyFromLabel(label), parameterKeysBesides(draft, uid)));
}

/** A key typed by hand: from now on it no longer follows the name. */
export function typeParameterKey(draft: TariffDraftState, uid: string, key: string): TariffDraftState {
  const renamed = renameParameterKey(draft, uid, key);
  return { ...renamed, parameters: renamed.parameters.map((parameter) => (parameter.uid === uid ? { ...parameter, autoKey: false } : parameter)) };
}

/**
 * An option's key changed: the factors of the multipliers that follow its parameter are kept
 * under the new key (they are stored by option key).
 */
function renameOptionKey(draft: TariffDraftState, parameterUid: string, optionUid: string, key: string, autoKey: boolean): TariffDraftState {
  const parameter = draft.parameters.find((candidate) => candidate.uid === parameterUid);
  const old = parameter?.options.find((option) => option.uid === optionUid)?.key;
  if (!parameter || old === undefined) return draft;
  const unique = parameter.options.filter((option) => option.key === old).length === 1;
  return {
    ...draft,
    parameters: draft.parameters.map((candidate) =>
      candidate.uid === parameterUid
        ? { ...candidate, options: candidate.options.map((option) => (option.uid === optionUid ? { ...option, key, autoKey } : option)) }
        : candidate,
    ),
    multipliers: draft.multipliers.map((multiplier) => {
      if (!unique || old === key || multiplier.parameterKey !== parameter.key || !(old in multiplier.factors)) return multiplier;
      const { [old]: factor, ...rest } = multiplier.factors;
      return { ...multiplier, factors: { ...rest, [key]: factor ?? '1' } };
    }),
  };
}

export function setOptionLabel(draft: TariffDraftState, parameterUid: string, optionUid: string, label: string): TariffDraftState {
  const parameter = draft.parameters.find((candidate) => candidate.uid === parameterUid);
  const option = parameter?.options.find((candidate) => candidate.uid === optionUid);
  if (!parameter || !option) return draft;
  const labelled = {
    ...draft,
    parameters: draft.parameters.map((candidate) =>
      candidate.uid === parameterUid
        ? { ...candidate, options: candidate.options.map((entry) => (entry.uid === optionUid ? { ...entry, label } : entry)) }
        : candidate,
    ),
  };
  if (!option.autoKey) return labelled;
  const taken = parameter.options.filter((entry) => entry.uid !== optionUid).map((entry) => entry.key);
  return renameOptionKey(labelled, parameterUid, optionUid, uniqueKey(keyFromLabel(label), taken), true);
}

export function typeOptionKey(draft: TariffDraftState, parameterUid: string, optionUid: string, key: string): TariffDraftState {
  return renameOptionKey(draft, parameterUid, optionUid, key, false);
}

export function setMultiplierLabel(draft: TariffDraftState, uid: string, label: string): TariffDraftState {
  const taken = draft.multipliers.filter((multiplier) => multiplier.uid !== uid).map((multiplier) => multiplier.key);
  return {
    ...draft,
    multipliers: draft.multipliers.map((multiplier) =>
      multiplier.uid !== uid
        ? multiplier
        : { ...multiplier, label, key: multiplier.autoKey ? uniqueKey(keyFromLabel(label), taken) : multiplier.key },
    ),
  };
}

export function typeMultiplierKey(draft: TariffDraftState, uid: string, key: string): TariffDraftState {
  return { ...draft, multipliers: draft.multipliers.map((multiplier) => (multiplier.uid === uid ? { ...multiplier, key, autoKey: false } : multiplier)) };
}

/** Renaming a parameter key keeps the multipliers and remuneration that point at it. */
export function renameParameterKey(draft: TariffDraftState, uid: string, key: string): TariffDraftState {
  const old = draft.parameters.find((parameter) => parameter.uid === uid)?.key;
  // while two parameters share the old key, the references belong to the other one
  const unique = draft.parameters.filter((parameter) => parameter.key === old).length === 1;
  const follows = (reference: string) => unique && old !== undefined && old !== '' && reference === old;
  return {
    ...draft,
    parameters: draft.parameters.map((parameter) => (parameter.uid === uid ? { ...parameter, key } : parameter)),
    multipliers: draft.multipliers.map((multiplier) =>
      follows(multiplier.parameterKey) ? { ...multiplier, parameterKey: key } : multiplier,
    ),
    remuneration: draft.remuneration.map((rule) => (follows(rule.perUnitKey) ? { ...rule, perUnitKey: key } : rule)),
  };
}

export function moveItem<T>(items: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (target < 0 || target >= items.length) return [...items];
  const moved = [...items];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

/** A key typed twice is a problem the form reports; the selects must still render (one option per key). */
export function uniqueKeys<T extends { key: string }>(items: T[]): T[] {
  return items.filter((item, index) => items.findIndex((other) => other.key === item.key) === index);
}

const KEY = /^[A-Za-z][A-Za-z0-9]*$/;

/** The CHOICE parameter a multiplier follows, if it still exists. */
export function multiplierParameter(draft: TariffDraftState, multiplier: DraftMultiplier): DraftParameter | undefined {
  return draft.parameters.find((parameter) => parameter.key === multiplier.parameterKey && parameter.type === TariffParameterType.Choice);
}

/** The filled base price cells, in the order they are sent (server errors name them by index). */
export function filledCells(draft: TariffDraftState) {
  return basePriceCells().filter(({ legalForm, taxRegime }) => (draft.basePrices[cellKey(legalForm, taxRegime)] ?? '').trim() !== '');
}

function count(value: number | string): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : null;
}

/**
 * The definition to send, and the problems found before sending, keyed like the server's field
 * errors (`parameters[2].blockSize`), so both show in the same place.
 */
export function draftToInput(draft: TariffDraftState): { definition: TariffDefinitionInput; problems: Record<string, DraftProblem> } {
  const problems: Record<string, DraftProblem> = {};
  const amount = (value: string, field: string, optional = false): string => {
    if (optional && value.trim() === '') return '';
    const parsed = parseDecimalInput(value, 2);
    if (parsed === null) problems[field] = value.trim() === '' ? 'required' : 'amount';
    return parsed ?? '0';
  };
  const percent = (value: string, field: string) => {
    const parsed = parseDecimalInput(value, 2);
    if (parsed === null) problems[field] = 'percent';
    return parsed ?? '0';
  };
  const wholeNumber = (value: number | string, field: string) => {
    const parsed = count(value);
    if (parsed === null) problems[field] = 'wholeNumber';
    return parsed ?? 0;
  };
  const key = (value: string, field: string) => {
    if (!KEY.test(value)) problems[field] = 'key';
    return value;
  };

  const basePrices = filledCells(draft).map(({ legalForm, taxRegime }, index) => ({
    legalForm,
    taxRegime,
    amount: amount(draft.basePrices[cellKey(legalForm, taxRegime)] ?? '', `basePrices[${index}].amount`),
  }));

  const parameters = draft.parameters.map((parameter, index): TariffParameterInput => {
    const field = `parameters[${index}]`;
    const common = { key: key(parameter.key, `${field}.key`), label: parameter.label, type: parameter.type, area: parameter.area };
    if (parameter.label.trim() === '') problems[`${field}.label`] = 'required';
    switch (parameter.type) {
      case TariffParameterType.Number:
        return {
          ...common,
          included: wholeNumber(parameter.included, `${field}.included`),
          blockSize: wholeNumber(parameter.blockSize, `${field}.blockSize`),
          pricePerBlock: amount(parameter.pricePerBlock, `${field}.pricePerBlock`),
        };
      case TariffParameterType.Flag: {
        const byForm = LEGAL_FORMS.flatMap((legalForm) => {
          const price = amount(parameter.priceByLegalForm[legalForm], `${field}.priceByLegalForm.${legalForm}`, true);
          return price === '' ? [] : [{ legalForm, price }];
        });
        return { ...common, price: amount(parameter.price, `${field}.price`), priceByLegalForm: byForm.length ? byForm : null };
      }
      default:
        return {
          ...common,
          options: parameter.options.map((option, optionIndex) => {
            const optionField = `${field}.options[${optionIndex}]`;
            if (option.label.trim() === '') problems[`${optionField}.label`] = 'required';
            return { key: key(option.key, `${optionField}.key`), label: option.label, price: amount(option.price, `${optionField}.price`) };
          }),
        };
    }
  });

  const multipliers = draft.multipliers.map((multiplier, index) => {
    const field = `multipliers[${index}]`;
    if (multiplier.label.trim() === '') problems[`${field}.label`] = 'required';
    const options = multiplierParameter(draft, multiplier)?.options ?? [];
    return {
      key: key(multiplier.key, `${field}.key`),
      label: multiplier.label,
      parameterKey: multiplier.parameterKey,
      // one factor per option, in the option order (the server names them by that index)
      factors: options.map((option, optionIndex) => {
        const parsed = parseDecimalInput(multiplier.factors[option.key] ?? '', 4);
        if (parsed === null) problems[`${field}.factors[${optionIndex}].factor`] = 'factor';
        return { option: option.key, factor: parsed ?? '1' };
      }),
    };
  });

  const remuneration = draft.remuneration.map((rule, index) => {
    const field = `remuneration[${index}]`;
    return {
      area: rule.area,
      percentOfLines: percent(rule.percentOfLines, `${field}.percentOfLines`),
      perMonth: amount(rule.perMonth, `${field}.perMonth`),
      perUnit: rule.perUnitKey
        ? { parameterKey: rule.perUnitKey, amount: amount(rule.perUnitAmount, `${field}.perUnit.amount`) }
        : null,
    };
  });

  return {
    definition: {
      baseArea: draft.baseArea,
      basePrices,
      parameters,
      multipliers,
      remuneration,
      overhead: {
        percentOfPrice: percent(draft.overhead.percentOfPrice, 'overhead.percentOfPrice'),
        fixed: amount(draft.overhead.fixed, 'overhead.fixed'),
      },
    },
    problems,
  };
}
