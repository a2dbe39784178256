import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import appEn from '../../kernel/i18n/en.json';
import appRu from '../../kernel/i18n/ru.json';
import { auditLocales, describeEntry } from '../audit';
import { describeExtraChanges, leadValueNamer, type HistoryLookups } from './leadHistory';
import en from './locales/en.json';
import ru from './locales/ru.json';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'ru',
    resources: { ru: { translation: { ...appRu, leads: ru, auditLog: auditLocales.ru } }, en: { translation: { ...appEn, leads: en, auditLog: auditLocales.en } } },
    interpolation: { escapeValue: false },
  });
});

const lookups: HistoryLookups = {
  sources: { s1: 'Сайт', s2: 'Рекомендация' },
  users: { u1: 'Анна Смирнова' },
  regions: { '77': 'г. Москва' },
  fields: { marketplace: 'Маркетплейс', cashRegister: 'Касса' },
};

const lead = { type: 'Lead', id: 'l1', title: 'ООО «Ромашка»' };
const sentence = (type: string, changes: Record<string, unknown>, fieldChanges: { field: string; from: unknown; to: unknown; kind?: string; fromLabel?: string | null; toLabel?: string | null }[] = [], t = i18n.t) =>
  describeEntry({ type, changes, fieldChanges, subject: lead, subjectType: 'Lead', subjectId: 'l1' }, t, 'ru', leadValueNamer(lookups)).text;

describe('a lead history entry reads as the audit log writes it', () => {
  it('a stage change with the loss reason', () => {
    expect(sentence('LEAD_STAGE_CHANGED', { companyName: 'Ромашка', stage: { from: 'NEGOTIATION', to: 'LOST' }, lostReason: 'Дорого' }, [{ field: 'STAGE', from: 'NEGOTIATION', to: 'LOST' }])).toBe(
      'Лид «ООО «Ромашка»»: Переговоры → Отказ (причина: Дорого)',
    );
  });

  it('sources and owners by the names the server sends, a region by its name', () => {
    expect(
      sentence('LEAD_UPDATED', {}, [
        { field: 'SOURCE', from: 's1', to: 's2', kind: 'REFERENCE', fromLabel: 'Сайт', toLabel: 'Рекомендация' },
        { field: 'REGION_CODE', from: null, to: '77' },
        { field: 'TAX_REGIME', from: 'OSNO', to: 'USN_INCOME' },
      ]),
    ).toBe('Лид «ООО «Ромашка»»: источник Сайт → Рекомендация; регион — → г. Москва (77); налоговый режим ОСНО → УСН «Доходы»');
  });

  it('extra fields: the sentence says they changed, a line per field by its label says how', () => {
    const extra = { from: { marketplace: 'Ozon', cashRegister: true }, to: { marketplace: 'WB', cashRegister: true, unknownKey: 3 } };
    expect(sentence('LEAD_UPDATED', { extra }, [{ field: 'EXTRA', from: extra.from, to: extra.to }])).toBe('Лид «ООО «Ромашка»»: изменено поле «дополнительные поля»');
    expect(describeExtraChanges({ extra }, i18n.t, lookups).map((line) => line.text)).toEqual(['Маркетплейс: Ozon → WB', 'unknownKey: — → 3']);
    expect(describeExtraChanges({ stage: { from: 'NEW', to: 'PRICED' } }, i18n.t, lookups)).toEqual([]);
  });
});
