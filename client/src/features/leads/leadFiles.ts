/** The header row of the import template, in the order the server's export writes it. */
export const IMPORT_TEMPLATE_HEADERS = [
  'Фамилия',
  'Имя',
  'Отчество',
  'Форма',
  'Компания',
  'ИНН',
  'Режим',
  'ОКВЭД',
  'Деятельность',
  'Регион',
  'Источник',
  'Телефон',
  'Email',
  'Заметки',
] as const;

export const IMPORT_TEMPLATE_FILENAME = 'leads-template.csv';

/**
 * The import template: a CSV with «;» separators (what Russian Excel writes) and a byte-order mark,
 * without which Excel reads UTF-8 Cyrillic as mojibake.
 */
export function importTemplateCsv(): string {
  return `\uFEFF${IMPORT_TEMPLATE_HEADERS.join(';')}\r\n`;
}

/** The base64 payload of a `data:` URL as FileReader.readAsDataURL returns it. */
export function dataUrlToBase64(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma === -1 ? dataUrl : dataUrl.slice(comma + 1);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Reads a picked file as base64 for an `UploadedFileInput`. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(dataUrlToBase64(String(reader.result)));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Lets the browser save a blob under the given name. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // give the download a moment to start before the URL goes away
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
