import { describe, expect, it } from 'vitest';
import { base64ToBytes, dataUrlToBase64, IMPORT_TEMPLATE_HEADERS, importTemplateCsv } from './leadFiles';

describe('lead files', () => {
  it('offers a CSV template with a BOM and the agreed header row', () => {
    const csv = importTemplateCsv();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe(
      'Фамилия;Имя;Отчество;Форма;Компания;ИНН;Режим;ОКВЭД;Деятельность;Регион;Источник;Телефон;Email;Заметки\r\n',
    );
    expect(IMPORT_TEMPLATE_HEADERS).toHaveLength(14);
  });

  it('takes the payload out of a data URL', () => {
    expect(dataUrlToBase64('data:text/csv;base64,0KTQsNC8')).toBe('0KTQsNC8');
    expect(dataUrlToBase64('0KTQsNC8')).toBe('0KTQsNC8');
  });

  it('decodes base64 into the original bytes', () => {
    const bytes = base64ToBytes(Buffer.from('Фамилия', 'utf8').toString('base64'));
    expect(new TextDecoder().decode(bytes)).toBe('Фамилия');
  });
});
