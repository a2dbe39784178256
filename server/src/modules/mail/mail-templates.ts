import { MailTemplateCode } from './mail.enums.js';

/** The words a template may use, each in {{double braces}}. */
export const TEMPLATE_PLACEHOLDERS = ['компания', 'контакт', 'инн', 'фирма', 'сотрудник'] as const;
export type TemplateValues = Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>;

/** The default texts, until the firm writes its own. */
export const DEFAULT_TEMPLATES: Record<MailTemplateCode, { name: string; subject: string; body: string }> = {
  [MailTemplateCode.DOCUMENT_REQUEST]: {
    name: 'Запрос документов',
    subject: 'Запрос документов — {{компания}}',
    body:
      'Здравствуйте, {{контакт}}!\n\nДля ведения учёта {{компания}} (ИНН {{инн}}) просим прислать:\n' +
      '— банковские выписки за прошедший месяц;\n— первичные документы (счета, акты, накладные);\n— сведения о кадровых изменениях, если они были.\n\n' +
      'Документы можно прислать ответом на это письмо.\n\nС уважением,\n{{сотрудник}}\n{{фирма}}',
  },
  [MailTemplateCode.PAYMENT_REMINDER]: {
    name: 'Напоминание об оплате',
    subject: 'Напоминание об оплате услуг — {{компания}}',
    body:
      'Здравствуйте, {{контакт}}!\n\nНапоминаем, что счёт за бухгалтерское обслуживание {{компания}} ожидает оплаты. ' +
      'Если оплата уже прошла, пожалуйста, пришлите платёжное поручение ответом на это письмо.\n\nС уважением,\n{{сотрудник}}\n{{фирма}}',
  },
  [MailTemplateCode.WELCOME]: {
    name: 'Приветственное письмо',
    subject: 'Добро пожаловать в {{фирма}}',
    body:
      'Здравствуйте, {{контакт}}!\n\nРады, что {{компания}} теперь с нами. Ваш бухгалтер — {{сотрудник}}; ' +
      'на все вопросы ответим по этому адресу. В ближайшие дни пришлём список документов, которые понадобятся для начала работы.\n\nС уважением,\n{{фирма}}',
  },
};

/** Fills the placeholders (any case, spaces inside the braces allowed); unknown ones stay as they are. */
export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, name: string) => {
    const key = name.toLowerCase() as keyof TemplateValues;
    return key in values ? values[key] : whole;
  });
}
