import { bearer } from '../../kernel/apollo/endpoints';
import { getToken } from '../../kernel/session/session';

/** Downloads a generated file with the user's token (the link alone opens nothing) and saves it. */
export async function downloadDocument(url: string, fileName: string): Promise<void> {
  const token = getToken();
  const response = await fetch(url, { headers: token ? { authorization: bearer(token) } : {} });
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
