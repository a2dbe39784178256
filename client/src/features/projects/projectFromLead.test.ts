import { describe, expect, it } from 'vitest';
import { projectFromLead } from './projectFromLead';

const innLine = (inn: string) => `ИНН ${inn}`;

describe('a project from a lead', () => {
  it('carries the contact person, phone, e-mail and INN into the client facts', () => {
    const start = projectFromLead(
      { id: 'l1', companyName: 'ООО «Ромашка»', lastName: 'Петров', firstName: 'Иван', patronymic: 'Сергеевич', phone: '+79161234567', email: 'ivan@romashka.ru', inn: '7707083893' },
      innLine,
    );
    expect(start).toEqual({
      lead: { value: 'l1', label: 'ООО «Ромашка»' },
      company: 'ООО «Ромашка»',
      contacts: [{ name: 'Петров Иван Сергеевич', phone: '+79161234567', email: 'ivan@romashka.ru' }],
      specifics: 'ИНН 7707083893',
    });
  });

  it('names the contact after the company when the lead has no person, and leaves out what is empty', () => {
    expect(projectFromLead({ id: 'l2', companyName: 'ИП Сидоров', phone: ' ', email: 'info@sidorov.ru', inn: null }, innLine)).toMatchObject({
      contacts: [{ name: 'ИП Сидоров', phone: null, email: 'info@sidorov.ru' }],
      specifics: null,
    });
    expect(projectFromLead({ id: 'l3', companyName: 'ООО «Пусто»' }, innLine)).toMatchObject({ contacts: [], specifics: null });
  });
});
