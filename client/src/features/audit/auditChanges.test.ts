import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../kernel/i18n/en.json';
import ru from '../../kernel/i18n/ru.json';
import { describeChanges } from './auditChanges';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({ lng: 'ru', resources: { ru: { translation: ru }, en: { translation: en } } });
});

describe('describeChanges', () => {
  it('renders a role change as "field: from → to" with translated roles', () => {
    const lines = describeChanges({ role: { from: 'ACCOUNTANT', to: 'HEAD' } }, i18n.t);
    expect(lines).toEqual([{ key: 'role', text: 'роль: Бухгалтер → Руководитель отдела' }]);
  });

  it('renders plain values as "field: value" and translates departments', () => {
    const lines = describeChanges({ email: 'x@y.ru', department: 'TAX' }, i18n.t).map((line) => line.text);
    expect(lines).toEqual(['почта: x@y.ru', 'отдел: Налоговый отдел']);
  });

  it('shows a dash for a missing side of a change and keeps unknown keys readable', () => {
    const lines = describeChanges({ department: { from: null, to: 'PAYROLL' }, seats: 3 }, i18n.t);
    expect(lines.map((line) => line.text)).toEqual(['отдел: — → Зарплатный отдел', 'seats: 3']);
  });

  it('follows the interface language', () => {
    const en = i18n.cloneInstance({ lng: 'en' });
    expect(describeChanges({ active: { from: true, to: false } }, en.t)[0]?.text).toBe('active: yes → no');
  });

  it('returns nothing for an entry without changes', () => {
    expect(describeChanges(null, i18n.t)).toEqual([]);
  });
});
