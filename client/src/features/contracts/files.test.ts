import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { refusalText, scanFileName, UploadRefused } from './files';

const t = ((key: string, values?: { reason?: string }) => (values?.reason ? `${key}: ${values.reason}` : key)) as unknown as TFunction;

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
    [new UploadRefused('SOMETHING_NEW', 'Words of the server'), 'Words of the server'],
    [new UploadRefused('HTTP_502', ''), 'contracts.files.refused.NETWORK'],
    [new TypeError('Failed to fetch'), 'contracts.files.refused.NETWORK'],
  ])('a refusal %o reads %j', (error, text) => expect(refusalText(error, t)).toBe(text));
});
