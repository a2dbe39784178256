import { describe, expect, it } from 'vitest';
import type { ClientInput } from '../../gql/graphql';
import { changesSchedule, clientFormProblems, clientInputOf, hasValidInnChecksum, nextStatuses, regimesFor, withEmployees, withLegalForm, withRegime } from './clientProfileForm';
import { hasValidOgrnChecksum } from './ogrn';

const organization: ClientInput = {
  legalForm: 'ORGANIZATION', fullName: 'Общество с ограниченной ответственностью «Ромашка»', shortName: 'ООО «Ромашка»', inn: '7707083893', kpp: '773601001', ogrn: '1027700132195',
  regionCode: '77', okvedCode: '62.01', taxRegime: 'OSNO', vatPayer: true, hasEmployees: true, headcount: 12, profitAdvances: 'MONTHLY', hasProperty: true, hasTransport: true, hasLand: false,
  patents: [], serviceAreas: ['TAXES', 'PAYROLL'], serviceStartDate: '2026-10-01', contacts: [{ name: 'Мария Иванова', position: 'Директор', phone: '+79161234567', email: 'm@romashka.ru', decides: null }],
};
const entrepreneur: ClientInput = {
  ...organization, legalForm: 'INDIVIDUAL_ENTREPRENEUR', fullName: 'ИП Сидоров Семён Семёнович', shortName: 'ИП Сидоров', inn: '500100732259', kpp: null, ogrn: '304500116000157',
  taxRegime: 'PSN', vatPayer: false, profitAdvances: null, hasProperty: false, hasTransport: false, patents: [{ startDate: '2027-01-01', endDate: '2027-06-30', region: null }],
};

describe('the card’s profile as a form', () => {
  it('takes every field the server accepts back, without the answer’s extras', () => {
    const card = { ...organization, __typename: 'Client', id: 'x', patents: [{ startDate: '2027-01-01', endDate: '2027-12-31', region: '50', __typename: 'ClientPatent' }], contacts: [{ name: 'Мария', phone: null, __typename: 'ClientContact' }] };
    const input = clientInputOf(card as never);
    expect(Object.keys(input).sort()).toEqual(Object.keys(organization).sort());
    expect(input.patents).toEqual([{ startDate: '2027-01-01', endDate: '2027-12-31', region: '50' }]);
    expect(input.contacts).toEqual([{ name: 'Мария', position: null, phone: null, email: null, decides: null }]);
  });
});

describe('problems as the user types', () => {
  it('a correct organization and a correct entrepreneur have none', () => {
    expect(clientFormProblems(organization)).toEqual({});
    expect(clientFormProblems(entrepreneur)).toEqual({});
  });

  it.each([
    ['inn', { inn: '77070838' }, 'innLength'],
    ['inn', { inn: '7707083894' }, 'innChecksum'],
    ['inn', { inn: '77070838ab' }, 'innDigits'],
    ['kpp', { kpp: '77360100' }, 'kppFormat'],
    ['ogrn', { ogrn: '1027700132196' }, 'ogrnChecksum'],
    ['ogrn', { ogrn: '102770013219' }, 'ogrnLength'],
    ['ogrn', { ogrn: '3027700132195' }, 'ogrnKind'],
    ['okvedCode', { okvedCode: '62-01' }, 'okvedFormat'],
    ['fullName', { fullName: '  ' }, 'required'],
    ['headcount', { hasEmployees: false, headcount: 3 }, 'headcountWithoutEmployees'],
    ['serviceAreas', { serviceAreas: [] }, 'serviceAreaRequired'],
    ['contacts[0].email', { contacts: [{ name: 'Мария', email: 'mail' }] }, 'email'],
    ['contacts[0].name', { contacts: [{ name: ' ' }] }, 'required'],
  ] as const)('an organization’s %s: %j → %s', (field, patch, problem) => {
    expect(clientFormProblems({ ...organization, ...patch } as ClientInput)[field]).toBe(problem);
  });

  it.each([
    ['ogrn', { ogrn: '1027700132195' }, 'ogrnLength'],
    ['inn', { inn: '7707083893' }, 'innLength'],
    ['patents', { patents: [] }, 'patentRequired'],
    ['patents[0].endDate', { patents: [{ startDate: '2027-06-01', endDate: '2027-05-31' }] }, 'patentEndsBeforeStart'],
    ['patents[0].endDate', { patents: [{ startDate: '2027-06-01', endDate: '2028-05-31' }] }, 'patentCrossesYear'],
    ['patents[0].endDate', { patents: [{ startDate: '2027-06-01', endDate: '' }] }, 'patentDates'],
  ] as const)('an entrepreneur’s %s: %j → %s', (field, patch, problem) => {
    expect(clientFormProblems({ ...entrepreneur, ...patch } as ClientInput)[field]).toBe(problem);
  });

  it.each([
    ['7707083893', true],
    ['7707083894', false],
    ['500100732259', true],
    ['500100732250', false],
  ])('ИНН %s checksum: %s', (value, valid) => {
    expect(hasValidInnChecksum(value)).toBe(valid);
  });

  it.each([
    ['1027700132195', true],
    ['1027700132196', false],
    ['304500116000157', true],
    ['304500116000158', false],
    ['12345', false],
  ])('ОГРН/ОГРНИП %s checksum: %s', (value, valid) => {
    expect(hasValidOgrnChecksum(value)).toBe(valid);
  });
});

describe('what follows a choice', () => {
  it('an organization turned entrepreneur loses its КПП and property taxes and keeps a regime it may have', () => {
    const changed = withLegalForm(organization, 'INDIVIDUAL_ENTREPRENEUR');
    expect(changed).toMatchObject({ legalForm: 'INDIVIDUAL_ENTREPRENEUR', kpp: null, hasProperty: false, hasTransport: false, hasLand: false, taxRegime: 'OSNO', profitAdvances: null });
  });

  it('an entrepreneur on ПСН turned organization moves to УСН and drops the patents', () => {
    expect(withLegalForm(entrepreneur, 'ORGANIZATION')).toMatchObject({ legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME', patents: [] });
    expect(regimesFor('ORGANIZATION')).not.toContain('PSN');
    expect(regimesFor('INDIVIDUAL_ENTREPRENEUR')).toContain('NPD');
  });

  it('ОСНО for an organization brings quarterly profit advances; another regime drops them', () => {
    expect(withRegime({ ...organization, taxRegime: 'USN_INCOME', profitAdvances: null }, 'OSNO').profitAdvances).toBe('QUARTERLY');
    expect(withRegime(organization, 'USN_INCOME').profitAdvances).toBeNull();
  });

  it('no employees, no headcount', () => {
    expect(withEmployees(organization, false)).toMatchObject({ hasEmployees: false, headcount: null });
  });

  it.each([
    [{ taxRegime: 'USN_INCOME' }, true],
    [{ vatPayer: false }, true],
    [{ hasEmployees: false, headcount: null }, true],
    [{ regionCode: '02' }, true],
    [{ serviceStartDate: '2026-11-01' }, true],
    [{ hasLand: true }, true],
    [{ shortName: 'ООО «Ромашка+»' }, false],
    [{ inn: '7736207543', ogrn: '1027700132195' }, false],
    [{ contacts: [] }, false],
    [{ headcount: 15 }, false],
  ] as const)('changing %j leads into the schedule diff: %s', (patch, expected) => {
    expect(changesSchedule(organization, { ...organization, ...patch } as ClientInput)).toBe(expected);
  });

  it.each([
    ['ONBOARDING', ['TERMINATED']],
    ['ACTIVE', ['SUSPENDED', 'TERMINATED']],
    ['SUSPENDED', ['ACTIVE', 'TERMINATED']],
    ['TERMINATED', []],
  ] as const)('a client %s may become %j', (status, next) => {
    expect(nextStatuses(status)).toEqual(next);
  });
});
