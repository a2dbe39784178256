/** Files of the contracts area over plain HTTP with the user's token: uploads, and what a refusal says. */
import type { TFunction } from 'i18next';
import { bearer } from '../../kernel/apollo/endpoints';
import { getToken } from '../../kernel/session/session';
import type { DocumentRow_DocumentFragment } from '../../gql/graphql';

/** The server's largest scan (rules/scan-type.ts): a larger one is refused before it is sent. */
export const SCAN_MAX_BYTES = 20 * 1024 * 1024;
export const SCAN_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
/** The server's largest template (document-template.service.ts). */
export const TEMPLATE_MAX_BYTES = 2 * 1024 * 1024;

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** The file name a scan is saved under: its title and the extension of its type. */
export function scanFileName(title: string, type: string | null | undefined): string {
  return `${title}.${(type && EXTENSIONS[type]) ?? 'bin'}`;
}

/** One reason a template is unreadable (server: documents/placeholders.ts TEMPLATE_PROBLEMS) and the tag it is about. */
export interface TemplateReason {
  code: string;
  tag: string | null;
}

/** A refusal of an upload: the server's stable code (SCAN_TYPE, TEMPLATE_INVALID …), its own words and, for a template, its coded reasons. */
export class UploadRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly reasons: readonly TemplateReason[] = [],
  ) {
    super(message);
  }
}

/** Sends a file as the request body; answers the server's JSON or throws UploadRefused. */
export async function uploadFile<T>(url: string, file: Blob): Promise<T> {
  const token = getToken();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream', ...(token ? { authorization: bearer(token) } : {}) },
    body: file,
  });
  const answer = (await response.json().catch(() => null)) as { code?: string; error?: string; reasons?: TemplateReason[] } | null;
  if (!response.ok) throw new UploadRefused(answer?.code ?? `HTTP_${response.status}`, answer?.error ?? response.statusText, answer?.reasons ?? []);
  return answer as T;
}

const KNOWN = ['SCAN_TYPE', 'SCAN_TOO_LARGE', 'FILE_EMPTY', 'TEMPLATE_INVALID', 'TEMPLATE_TOO_LARGE', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'];

/** A template's reasons in the user's words: each code's sentence with its tag (an unknown code reads as an unreadable tag). */
function reasonsText(reasons: readonly TemplateReason[], t: TFunction): string {
  return reasons
    .map(({ code, tag }) => {
      const key = `contracts.files.templateProblems.${code}`;
      return t(key, { tag: tag ?? '', defaultValue: t('contracts.files.templateProblems.UNREADABLE_TAG', { tag: tag ?? '' }) });
    })
    .join('; ');
}

/** Why an upload was refused, in the user's words: a known code's sentence (with the reasons translated), else the server's words. */
export function refusalText(error: unknown, t: TFunction): string {
  if (!(error instanceof UploadRefused)) return t('contracts.files.refused.NETWORK');
  if (KNOWN.includes(error.code)) return t(`contracts.files.refused.${error.code}`, { reason: error.reasons.length ? reasonsText(error.reasons, t) : error.message });
  return error.message || t('contracts.files.refused.NETWORK');
}

/** The newest generated document (older ones are superseded) and every scan, as a row shows them. */
export function latestAndScans(documents: readonly DocumentRow_DocumentFragment[]): DocumentRow_DocumentFragment[] {
  const latest = documents.find((d) => d.source === 'GENERATED');
  return documents.filter((d) => d === latest || d.source === 'SCAN');
}
