import { describe, expect, it } from 'vitest';
import { ServiceArea, TariffParameterType } from '../../gql/graphql';
import { draftFromDefinition, draftToInput, newOption, newParameter, setMultiplierLabel, setOptionLabel, setParameterLabel, typeParameterKey } from './tariffDraft';
import { KEY_MAX_LENGTH, keyFromLabel, transliterate, uniqueKey } from './tariffKeys';
import { DEMO_DEFINITION } from './demoDefinition.fixture';

// the server's rule (server/src/modules/pricing/engine/tariff.ts, KEY_PATTERN)
const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/;

describe('keys made from names', () => {
  it('transliterates Russian and joins the words in camelCase', () => {
    expect(transliterate('Щука ёж')).toBe('shchuka ezh');
    expect(keyFromLabel('Кассовые аппараты')).toBe('kassovyeApparaty');
    expect(keyFromLabel('Сотрудники, чел.')).toBe('sotrudnikiChel');
    expect(keyFromLabel('Cash register')).toBe('cashRegister');
    expect(keyFromLabel('Подъезд — объём')).toBe('podezdObem');
  });

  it('always gives a key the server accepts', () => {
    for (const label of ['', '   ', '1С: Бухгалтерия', '№ 5', '«»', 'Очень длинное название параметра расчёта стоимости услуг фирмы']) {
      const key = keyFromLabel(label);
      expect(key, label).toMatch(KEY_PATTERN);
      expect(key.length).toBeLessThanOrEqual(KEY_MAX_LENGTH);
    }
    expect(keyFromLabel('1С')).toBe('p1s');
  });

  it('is unique among the keys taken, within the length limit', () => {
    expect(uniqueKey('employees', [])).toBe('employees');
    expect(uniqueKey('employees', ['employees', 'employees2'])).toBe('employees3');
    const long = 'a'.repeat(KEY_MAX_LENGTH);
    expect(uniqueKey(long, [long])).toBe(`${'a'.repeat(KEY_MAX_LENGTH - 1)}2`);
  });
});

describe('the editor keeps keys following names', () => {
  it('a new parameter takes its key from its name, unique in the tariff; a saved one keeps its key', () => {
    const draft = draftFromDefinition(DEMO_DEFINITION);
    const existing = draft.parameters[0]!;
    const added = newParameter();
    let next = { ...draft, parameters: [...draft.parameters, added] };
    next = setParameterLabel(next, added.uid, existing.label);
    const key = next.parameters.at(-1)!.key;
    expect(key).toMatch(KEY_PATTERN);
    expect(next.parameters.filter((parameter) => parameter.key === key)).toHaveLength(1);
    const renamed = setParameterLabel(next, existing.uid, 'Другое название');
    expect(renamed.parameters[0]!.key).toBe(existing.key);
  });

  it('a typed key stops following the name', () => {
    const draft = draftFromDefinition(DEMO_DEFINITION);
    const added = newParameter();
    let next = typeParameterKey({ ...draft, parameters: [...draft.parameters, added] }, added.uid, 'custom');
    next = setParameterLabel(next, added.uid, 'Кассы');
    expect(next.parameters.at(-1)!.key).toBe('custom');
  });

  it('renaming an automatic key carries the multipliers and the remuneration with it', () => {
    const base = draftFromDefinition(DEMO_DEFINITION);
    const choice = { ...newParameter(TariffParameterType.Choice), area: ServiceArea.Taxes };
    let draft = { ...base, parameters: [...base.parameters, choice] };
    draft = setParameterLabel(draft, choice.uid, 'Объём');
    const optionUid = draft.parameters.at(-1)!.options[0]!.uid;
    draft = setOptionLabel(draft, choice.uid, optionUid, 'Малый');
    const parameter = draft.parameters.at(-1)!;
    expect(parameter.key).toBe('obem');
    expect(parameter.options[0]!.key).toBe('malyy');
    draft = {
      ...draft,
      multipliers: [...draft.multipliers, { uid: 'm', key: 'obem', autoKey: true, label: 'Объём', parameterKey: 'obem', factors: { malyy: '1,1' } }],
    };
    draft = setParameterLabel(draft, choice.uid, 'Объём операций');
    draft = setOptionLabel(draft, choice.uid, optionUid, 'Небольшой');
    const multiplier = draft.multipliers.at(-1)!;
    expect(multiplier.parameterKey).toBe('obemOperatsiy');
    expect(multiplier.factors).toEqual({ nebolshoy: '1,1' });
    draft = setMultiplierLabel(draft, 'm', 'Коэффициент объёма');
    expect(draft.multipliers.at(-1)!.key).toBe('koeffitsientObema');
    expect(draftToInput(draft).problems).toEqual({});
  });

  it('new options of one parameter get distinct keys', () => {
    const first = newOption([]);
    const second = newOption([first]);
    expect(first.key).not.toBe(second.key);
  });
});
