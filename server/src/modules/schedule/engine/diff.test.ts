import { describe, expect, it } from 'vitest';
import { diffSchedules, isEmptyDiff } from './diff.js';
import { generateSchedule } from './generate.js';
import type { TaxProfile } from './types.js';

const ip: TaxProfile = { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'USN_INCOME', hasEmployees: false, vatPayer: false };

describe('diffSchedules', () => {
  it('the same schedule twice is no change', () => {
    expect(isEmptyDiff(diffSchedules(generateSchedule(ip, 2026), generateSchedule(ip, 2026)))).toBe(true);
  });

  it('hiring adds the payroll block and removes nothing', () => {
    const diff = diffSchedules(generateSchedule(ip, 2026), generateSchedule({ ...ip, hasEmployees: true }, 2026));
    expect(diff.added).toHaveLength(101);
    expect(diff.removed).toEqual([]);
    expect(diff.redated).toEqual([]);
  });

  it('a move from УСН to ОСНО removes the УСН items and adds the ИП-on-ОСНО ones', () => {
    const diff = diffSchedules(generateSchedule(ip, 2026), generateSchedule({ ...ip, taxRegime: 'OSNO' }, 2026));
    expect(new Set(diff.removed.map((i) => i.code))).toEqual(new Set(['USN_ADV_NOTIF', 'USN_ADV_PAY', 'USN_DECL_IP', 'USN_PAY_YEAR_IP']));
    expect(new Set(diff.added.map((i) => i.code))).toEqual(new Set(['IP_OSNO_ADV_NOTIF', 'IP_OSNO_ADV_PAY', 'IP_OSNO_3NDFL', 'IP_OSNO_NDFL_PAY_YEAR']));
  });

  it('matches by key: a changed due date is re-dated, a changed title is updated', () => {
    const [first, second] = generateSchedule(ip, 2026);
    const diff = diffSchedules([first!, second!], [{ ...first!, dueDate: '2026-04-28' }, { ...second!, title: 'Декларация' }]);
    expect(diff.redated.map((c) => c.after.key)).toEqual([first!.key]);
    expect(diff.updated.map((c) => c.after.key)).toEqual([second!.key]);
  });
});
