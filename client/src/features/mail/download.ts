import { bearer } from '../../kernel/apollo/endpoints';
import { getToken } from '../../kernel/session/session';
import { numberFormat } from '../../kernel/i18n/format';

/** Opens or saves a letter's attachment with the user's token (the link alone opens nothing). */
export async function downloadAttachment(url: string, fileName: string): Promise<void> {
  const token = getToken();
  const response = await fetch(`${url}?download=1`, { headers: token ? { authorization: bearer(token) } : {} });
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(href);
}

/** A size in bytes as people read it: «512 Б», «12,5 КБ», «3,1 МБ». */
export function formatSize(bytes: number, language: string): string {
  const units = language === 'ru' ? ['Б', 'КБ', 'МБ'] : ['B', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${numberFormat(language, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`;
}

/** A file read as base64, for sending with a letter. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
