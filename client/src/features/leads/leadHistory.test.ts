import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import appEn from '../../kernel/i18n/en.json';
import appRu from '../../kernel/i18n/ru.json';
import { describeLeadChanges, type HistoryLookups } from './leadHistory';
import en from './locales/en.json';
import ru from './locales/ru.json';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'ru',
    resources: { ru: { translation: { ...appRu, leads: ru } }, en: { translation: { ...appEn, leads: en } } },
  });
});

const lookups: HistoryLookups = {
  sources: { s1: 'Сайт', s2: 'Рекомендация' },
  users: { u1: 'Анна Смирнова' },
  regions: { '77': 'г. Москва' },
  fields: { marketplace: 'Маркетплейс', cashRegister: 'Касса' },
};

const texts = (type: string, changes: Record<string, unknown>, t = i18n.t) =>
  describeLeadChanges(type, changes, t, lookups).map((line) => line.text);

describe('describeLeadChanges', () => {
  it('translates a stage change and the loss reason', () => {
    expect(texts('LEAD_STAGE_CHANGED', { companyName: 'Ромашка', stage: { from: 'NEGOTIATION', to: 'LOST' }, lostReason: 'Дорого' })).toEqual([
      'Этап: Переговоры → Отказ',
      'Причина отказа: Дорого',
    ]);
  });

  it('names sources, owners and regions instead of showing ids', () => {
    expect(
      texts('LEAD_UPDATED', {
        companyName: 'Ромашка',
        source: { from: 's1', to: 's2' },
        owner: { from: null, to: 'u1' },
        regionCode: { from: null, to: '77' },
        taxRegime: { from: 'OSNO', to: 'USN_INCOME' },
      }),
    ).toEqual([
      'Источник: Сайт → Рекомендация',
      'Ответственный: — → Анна Смирнова',
      'Регион: — → г. Москва (77)',
      'Налоговый режим: ОСНО → УСН «Доходы»',
    ]);
  });

  it('shows one line per changed extra field, by its label', () => {
    expect(
      texts('LEAD_UPDATED', { extra: { from: { marketplace: 'Ozon', cashRegister: true }, to: { marketplace: 'WB', cashRegister: true, unknownKey: 3 } } }),
    ).toEqual(['Маркетплейс: Ozon → WB', 'unknownKey: — → 3']);
  });

  it('keeps the company name only where the lead was created', () => {
    expect(texts('LEAD_CREATED', { companyName: 'Ромашка', stage: 'NEW' })).toEqual(['Компания: Ромашка', 'Этап: Новый']);
    expect(texts('LEAD_UPDATED', { companyName: { from: 'Ромашка', to: 'Лютик' } })).toEqual(['Компания: Ромашка → Лютик']);
  });

  it('renders a saved pricing run and follows the interface language', () => {
    expect(texts('PRICING_RUN_CREATED', { run: 2, price: '30360.00' })).toEqual(['Расчёт №: 2', 'Цена в месяц: 30360.00 ₽']);
    const english = i18n.cloneInstance({ lng: 'en' });
    expect(texts('LEAD_STAGE_CHANGED', { stage: { from: 'NEW', to: 'PRICED' } }, english.t)).toEqual(['Stage: New → Priced']);
  });
});
