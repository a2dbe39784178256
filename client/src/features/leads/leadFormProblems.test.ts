import { describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { LegalForm } from '../../gql/graphql';
import { hasValidInnChecksum } from './innChecksum';
import { emptyLeadForm, innProblem, LEAD_TEXT_LIMITS, leadFormProblems, looksLikeEmail, looksLikePhone } from './leadForm';
import ru from './locales/ru.json';
import en from './locales/en.json';

const named = { ...emptyLeadForm('u1'), lastName: 'Петров', firstName: 'Иван', companyName: 'ООО «Дом»' };

describe('INN checksum (client copy of the server rule)', () => {
  it.each([
    ['7707083893', true], // organization
    ['7707083894', false],
    ['500100732259', true], // individual entrepreneur
    ['500100732258', false],
    ['500100732249', false],
    ['770708389', false],
    ['77070838ab', false],
    ['', false],
  ])('%s → %s', (inn, valid) => {
    expect(hasValidInnChecksum(inn)).toBe(valid);
  });
});

describe('INN problem for the legal form', () => {
  it.each([
    ['', LegalForm.Organization, null],
    ['7707083893', LegalForm.Organization, null],
    ['7707 083 893', LegalForm.Organization, null],
    ['7707083894', LegalForm.Organization, { key: 'validation.INN_CHECKSUM' }],
    ['77070a3893', LegalForm.Organization, { key: 'validation.INN_DIGITS' }],
    ['770708', LegalForm.Organization, { key: 'leads.form.problems.innLengthOrganization', values: { length: 10, got: 6 } }],
    ['500100732259', LegalForm.Organization, { key: 'leads.form.problems.innLengthOrganization', values: { length: 10, got: 12 } }],
    ['500100732259', LegalForm.IndividualEntrepreneur, null],
    ['500100732258', LegalForm.IndividualEntrepreneur, { key: 'validation.INN_CHECKSUM' }],
    ['7707083893', LegalForm.IndividualEntrepreneur, { key: 'leads.form.problems.innLengthEntrepreneur', values: { length: 12, got: 10 } }],
  ])('%j as %s', (inn, legalForm, problem) => {
    expect(innProblem(inn, legalForm)).toEqual(problem);
  });
});

describe('phone and e-mail shapes', () => {
  it.each([
    ['+7 (916) 123-45-67', true],
    ['8 916 123 45 67', true],
    ['89161234567', true],
    ['9161234567', true],
    ['+44 20 7946 0958', true],
    ['+7 916 123', false],
    ['916-12', false],
    ['8 916 123 45 67 доб. 5', false],
    ['телефон', false],
  ])('phone %j → %s', (phone, ok) => {
    expect(looksLikePhone(phone)).toBe(ok);
  });

  it.each([
    ['ivanov@example.ru', true],
    [' Ivanov@Example.RU ', true],
    ['почта@пример.рф', true],
    ['ivanov@example', false],
    ['ivanov.example.ru', false],
    ['iva nov@example.ru', false],
  ])('e-mail %j → %s', (email, ok) => {
    expect(looksLikeEmail(email)).toBe(ok);
  });
});

describe('lead form problems', () => {
  it.each([
    ['a blank last name', { lastName: '  ' }, { lastName: { key: 'leads.form.problems.lastNameRequired' } }],
    ['a blank company', { companyName: '' }, { companyName: { key: 'leads.form.problems.companyNameRequired' } }],
    ['a long last name', { lastName: 'Я'.repeat(101) }, { lastName: { key: 'leads.form.problems.tooLong', values: { max: 100 } } }],
    ['a long company', { companyName: 'Я'.repeat(301) }, { companyName: { key: 'leads.form.problems.tooLong', values: { max: 300 } } }],
    ['a long activity', { activity: 'Я'.repeat(501) }, { activity: { key: 'leads.form.problems.tooLong', values: { max: 500 } } }],
    ['names at the limit', { lastName: 'Я'.repeat(100), patronymic: 'Я'.repeat(100) }, {}],
    ['a bad phone', { phone: '123' }, { phone: { key: 'leads.form.problems.phone' } }],
    ['a bad e-mail', { email: 'ivanov@' }, { email: { key: 'leads.form.problems.email' } }],
    ['blank phone and e-mail are fine', { phone: ' ', email: '' }, {}],
  ])('%s', (_case, change, problems) => {
    expect(leadFormProblems({ ...named, ...change })).toEqual(problems);
  });

  it('uses the limits it announces', () => {
    expect(LEAD_TEXT_LIMITS).toMatchObject({ lastName: 100, firstName: 100, companyName: 300 });
  });

  it('says what is missing and the number, in Russian and English', async () => {
    const t = i18n.createInstance();
    await t.init({ lng: 'ru', resources: { ru: { translation: { leads: ru } }, en: { translation: { leads: en } } } });
    const text = (problem: { key: string; values?: Record<string, number> }) => t.t(problem.key, problem.values);
    const empty = leadFormProblems(emptyLeadForm('u1'));
    expect(text(empty.lastName!)).toBe('Укажите фамилию');
    expect(text(empty.companyName!)).toBe('Укажите название компании');
    expect(text(leadFormProblems({ ...named, companyName: 'Я'.repeat(301) }).companyName!)).toBe('Не больше 300 символов');
    expect(text(innProblem('770708', LegalForm.Organization)!)).toBe('ИНН организации — 10 цифр, сейчас 6');
    await t.changeLanguage('en');
    expect(text(empty.lastName!)).toBe('Enter the last name');
    expect(text(innProblem('770708', LegalForm.IndividualEntrepreneur)!)).toBe("An individual entrepreneur's INN has 12 digits, now 6");
  });
});
