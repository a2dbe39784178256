import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from './locales/en.json';
import ru from './locales/ru.json';
import kernelEn from '../../kernel/i18n/en.json';
import kernelRu from '../../kernel/i18n/ru.json';
import { localizeLine } from './priceLines';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: { ...kernelEn, pricing: en } }, ru: { translation: { ...kernelRu, pricing: ru } } },
  });
});

const line = (key: string, value: string, rule: string) => ({ key, label: 'Базовая стоимость', value, rule, amount: '1' });

describe('localizeLine', () => {
  it('reads the base line back into English', () => {
    const t = i18n.getFixedT('en');
    const shown = localizeLine(line('base', 'организация, УСН «Доходы минус расходы»', 'организация × УСН «Доходы минус расходы»'), t);
    expect(shown).toMatchObject({ label: 'Base price', value: 'Organization, Simplified, income minus expenses (USN)', amount: '1' });
    expect(shown.rule).toBe('Organization × Simplified, income minus expenses (USN)');
  });

  it('yes/no, blocks and the legal form in a rule', () => {
    const t = i18n.getFixedT('en');
    expect(localizeLine({ key: 'vat', label: 'Плательщик НДС', value: 'да', rule: '7 000 ₽ (организация)' }, t)).toMatchObject({ value: 'yes', rule: '7 000 ₽ (Organization)', label: 'Плательщик НДС' });
    expect(localizeLine({ key: 'ops', label: 'Операции', value: '180', rule: '180 − 50 = 130 → 3 блока × 1 500 ₽' }, t).rule).toBe('180 − 50 = 130 → 3 blocks × 1 500 ₽');
    expect(localizeLine({ key: 'ops', label: 'Операции', value: '60', rule: '60 → 1 блок × 1 500 ₽' }, t).rule).toBe('60 → 1 block × 1 500 ₽');
  });

  it('leaves Russian as the engine wrote it, apart from the labels the locale names', () => {
    const t = i18n.getFixedT('ru');
    expect(localizeLine(line('base', 'ИП, ПСН', 'ИП × ПСН'), t)).toMatchObject({ label: 'Базовая стоимость', value: 'ИП, ПСН (патент)' });
    expect(localizeLine({ key: 'ops', label: 'Операции', value: '180', rule: '180 − 50 = 130 → 12 блоков × 1 500 ₽' }, t).rule).toBe('180 − 50 = 130 → 12 блоков × 1 500 ₽');
  });
});
