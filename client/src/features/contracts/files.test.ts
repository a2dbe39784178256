import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { refusalText, scanFileName, UploadRefused } from './files';
import en from './locales/en.json';
import ru from './locales/ru.json';

const t = ((key: string, values?: { reason?: string; tag?: string }) => (values?.reason ? `${key}: ${values.reason}` : values?.tag ? `${key}(${values.tag})` : key)) as unknown as TFunction;

// the server's list of reasons, read as text: the client does not import the server
const PLACEHOLDERS = import.meta.glob<string>('../../../../server/src/modules/contracts/documents/placeholders.ts', { query: '?raw', import: 'default', eager: true });

describe('files of the contracts area', () => {
  it.each([
    ['application/pdf', 'Скан: Договор 2026-001.pdf'],
    ['image/jpeg', 'Скан: Договор 2026-001.jpg'],
    ['image/png', 'Скан: Договор 2026-001.png'],
    [null, 'Скан: Договор 2026-001.bin'],
  ])('a scan of type %s is saved as %s', (type, name) => expect(scanFileName('Скан: Договор 2026-001', type)).toBe(name));

  it.each([
    [new UploadRefused('SCAN_TYPE', 'A scan is a PDF, JPEG or PNG file'), 'contracts.files.refused.SCAN_TYPE: A scan is a PDF, JPEG or PNG file'],
    [new UploadRefused('TEMPLATE_INVALID', 'unclosed {{'), 'contracts.files.refused.TEMPLATE_INVALID: unclosed {{'],
    [
      new UploadRefused('TEMPLATE_INVALID', 'The template cannot be read: …', [{ code: 'UNCLOSED_TAG', tag: 'amendment.number' }, { code: 'NOT_WORD', tag: null }]),
      'contracts.files.refused.TEMPLATE_INVALID: contracts.files.templateProblems.UNCLOSED_TAG(amendment.number); contracts.files.templateProblems.NOT_WORD',
    ],
    [new UploadRefused('SOMETHING_NEW', 'Words of the server'), 'Words of the server'],
    [new UploadRefused('HTTP_502', ''), 'contracts.files.refused.NETWORK'],
    [new TypeError('Failed to fetch'), 'contracts.files.refused.NETWORK'],
  ])('a refusal %o reads %j', (error, text) => expect(refusalText(error, t)).toBe(text));

  it('translates every reason the server gives for an unreadable template', () => {
    const source = Object.values(PLACEHOLDERS)[0]!;
    const list = /TEMPLATE_PROBLEMS = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
    const codes = [...list.matchAll(/'([A-Z_]+)'/g)].map(([, code]) => code!);
    expect(codes).toContain('UNCLOSED_TAG');
    for (const problems of [ru.files.templateProblems, en.files.templateProblems]) expect(Object.keys(problems).sort()).toEqual([...codes].sort());
  });
});
