import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

export interface Rendered {
  docx: Buffer;
  /** Placeholders the data had no value for (rendered empty). */
  missing: string[];
}

export const DELIMITERS = { start: '{{', end: '}}' };

/** Fills a DOCX template's `{{…}}` placeholders and loops with docxtemplater. */
export function renderDocx(template: Buffer, data: object): Rendered {
  const missing = new Set<string>();
  const doc = new Docxtemplater(new PizZip(template), {
    delimiters: DELIMITERS,
    errorLogging: false,
    paragraphLoop: true,
    linebreaks: true,
    // dotted names (`client.inn`) walk into the data; an unknown one is undefined, so outer scopes are tried
    parser: (tag) => ({
      get: (scope: unknown) => (tag === '.' ? scope : tag.split('.').reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), scope)),
    }),
    nullGetter: (part) => {
      if (!part.module && part.value) missing.add(part.value);
      return '';
    },
  });
  doc.render(data);
  return { docx: doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }), missing: [...missing].sort() };
}
