import PizZip from 'pizzip';

/**
 * Builds the DOCX templates in code (no binary files to keep in step): each paragraph is one run,
 * so a `{{placeholder}}` is never split across runs, which docxtemplater needs.
 */

export interface Paragraph {
  text: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right' | 'both';
  /** Points; default 11. */
  size?: number;
}

export interface Table {
  /** Column widths in twentieths of a point; the cells are paragraphs. */
  widths: number[];
  rows: (string | Paragraph)[][][];
  borders?: boolean;
}

export type Block = Paragraph | { table: Table } | { pageBreak: true };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraphXml(p: Paragraph | string): string {
  const para = typeof p === 'string' ? { text: p } : p;
  const size = (para.size ?? 11) * 2;
  const props = `<w:pPr><w:spacing w:after="80"/>${para.align ? `<w:jc w:val="${para.align}"/>` : ''}</w:pPr>`;
  const runProps = `<w:rPr>${para.bold ? '<w:b/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  return `<w:p>${props}<w:r>${runProps}<w:t xml:space="preserve">${escape(para.text)}</w:t></w:r></w:p>`;
}

function tableXml(table: Table): string {
  const border = table.borders ? 'single' : 'nil';
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="${border}" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  const grid = table.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const rows = table.rows
    .map((cells) => `<w:tr>${cells.map((paragraphs, i) => `<w:tc><w:tcPr><w:tcW w:w="${table.widths[i]}" w:type="dxa"/></w:tcPr>${(paragraphs.length ? paragraphs : ['']).map(paragraphXml).join('')}</w:tc>`).join('')}</w:tr>`)
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

function blockXml(block: Block): string {
  if ('table' in block) return tableXml(block.table) + paragraphXml('');
  if ('pageBreak' in block) return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  return paragraphXml(block);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="22"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`;

/** A DOCX file of these blocks on A4 with 2 cm margins. */
export function buildDocx(blocks: readonly Block[]): Buffer {
  const body = blocks.map(blockXml).join('');
  const section = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1418" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}${section}</w:body></w:document>`;
  const zip = new PizZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/document.xml', document);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The text of a DOCX, paragraph by paragraph (tests and the placeholder check read it). */
export function docxText(docx: Buffer): string {
  const xml = new PizZip(docx).file('word/document.xml')?.asText() ?? '';
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
