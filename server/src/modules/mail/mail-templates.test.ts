import { describe, expect, it } from 'vitest';
import { MailTemplateCode } from './mail.enums.js';
import { DEFAULT_TEMPLATES, fillTemplate } from './mail-templates.js';

const values = { компания: 'ООО «Ромашка»', контакт: 'Мария Ивановна', инн: '7707083893', фирма: 'Баланс', сотрудник: 'Анна Соколова' };

describe('letter templates', () => {
  it.each([
    ['Здравствуйте, {{контакт}}!', 'Здравствуйте, Мария Ивановна!'],
    ['{{ Компания }} (ИНН {{ИНН}})', 'ООО «Ромашка» (ИНН 7707083893)'],
    ['{{неизвестно}} остаётся', '{{неизвестно}} остаётся'],
  ])('%s', (text, filled) => {
    expect(fillTemplate(text, values)).toBe(filled);
  });

  it.each(Object.values(MailTemplateCode))('the default %s fills every placeholder it uses', (code) => {
    const template = DEFAULT_TEMPLATES[code];
    expect(fillTemplate(template.subject + template.body, values)).not.toMatch(/\{\{/);
  });
});
