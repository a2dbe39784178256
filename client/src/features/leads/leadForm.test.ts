import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { LeadFieldType, LegalForm, TaxRegime } from '../../gql/graphql';
import { emptyLeadForm, extraValue, formToInput, leadFieldErrors, leadFormProblems, leadToForm, withLegalForm } from './leadForm';

const fields = [
  { key: 'marketplace', type: LeadFieldType.Text },
  { key: 'employees', type: LeadFieldType.Number },
  { key: 'hasCashRegister', type: LeadFieldType.Boolean },
  { key: 'since', type: LeadFieldType.Date },
];

describe('lead form', () => {
  it('sends blanks as null and trims what was typed', () => {
    const input = formToInput(
      { ...emptyLeadForm('u1'), lastName: ' Иванов ', firstName: 'Иван', companyName: 'ООО «Ромашка» ', inn: '  ' },
      [],
    );
    expect(input).toMatchObject({
      lastName: 'Иванов',
      firstName: 'Иван',
      companyName: 'ООО «Ромашка»',
      inn: null,
      patronymic: null,
      phone: null,
      ownerId: 'u1',
      legalForm: LegalForm.Organization,
      extra: {},
    });
  });

  it('converts extra values by field type and sends only the firm’s fields', () => {
    const values = {
      ...emptyLeadForm(),
      extra: { marketplace: ' Ozon ', employees: '12', hasCashRegister: true, since: '', unknown: 'x' },
    };
    expect(formToInput(values, fields).extra).toEqual({
      marketplace: 'Ozon',
      employees: 12,
      hasCashRegister: true,
      since: null,
    });
  });

  it('reads decimal commas and passes an unparsable number through for the server to name', () => {
    expect(extraValue(LeadFieldType.Number, '2,5')).toBe(2.5);
    expect(extraValue(LeadFieldType.Number, 'много')).toBe('много');
    expect(extraValue(LeadFieldType.Number, '')).toBeNull();
  });

  it('clears ПСН when the lead becomes an organization but keeps УСН', () => {
    const ip = { ...emptyLeadForm(), legalForm: LegalForm.IndividualEntrepreneur, taxRegime: TaxRegime.Psn };
    expect(withLegalForm(ip, LegalForm.Organization).taxRegime).toBeNull();
    const usn = { ...ip, taxRegime: TaxRegime.UsnIncome };
    expect(withLegalForm(usn, LegalForm.Organization).taxRegime).toBe(TaxRegime.UsnIncome);
  });

  it('fills the form from a stored lead', () => {
    const values = leadToForm({
      lastName: 'Петрова',
      firstName: 'Анна',
      legalForm: LegalForm.IndividualEntrepreneur,
      companyName: 'ИП Петрова',
      inn: null,
      source: { id: 's1' },
      owner: null,
      extra: { employees: 3 },
    });
    expect(values).toMatchObject({ inn: '', sourceId: 's1', ownerId: null, patronymic: '', extra: { employees: 3 } });
  });

  it('keys server field errors by the lead field path, keeping extra.*', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid lead',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'inn', message: 'Неверная контрольная сумма' },
              { field: 'input.phone', message: 'Неверный номер' },
              { field: 'extra.marketplace', message: 'Слишком длинно' },
            ],
          },
        },
      ],
    });
    expect(leadFieldErrors(error)).toEqual({
      inn: 'Неверная контрольная сумма',
      phone: 'Неверный номер',
      'extra.marketplace': 'Слишком длинно',
    });
    expect(leadFieldErrors(new Error('offline'))).toEqual({});
  });

  it('checks the required names and the INN for the legal form before sending', () => {
    expect(leadFormProblems(emptyLeadForm('u1'))).toEqual({
      lastName: { key: 'leads.form.problems.lastNameRequired' },
      firstName: { key: 'leads.form.problems.firstNameRequired' },
      companyName: { key: 'leads.form.problems.companyNameRequired' },
    });
    const named = { ...emptyLeadForm('u1'), lastName: 'Петров', firstName: 'Иван', companyName: 'ООО «Дом»' };
    expect(leadFormProblems({ ...named, inn: '7707083893' })).toEqual({});
    expect(leadFormProblems({ ...named, inn: '77070838931' })).toEqual({
      inn: { key: 'leads.form.problems.innLengthOrganization', values: { length: 10, got: 11 } },
    });
    expect(leadFormProblems({ ...named, inn: '77070-3893' })).toEqual({ inn: { key: 'validation.INN_DIGITS' } });
    expect(leadFormProblems({ ...named, legalForm: LegalForm.IndividualEntrepreneur, inn: '7707083893' })).toEqual({
      inn: { key: 'leads.form.problems.innLengthEntrepreneur', values: { length: 12, got: 10 } },
    });
    expect(leadFormProblems({ ...named, legalForm: LegalForm.IndividualEntrepreneur, inn: '500100732259' })).toEqual({});
  });
});
