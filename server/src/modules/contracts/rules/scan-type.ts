/** Scanned signed copies: PDF or a photo, checked by their first bytes (what the browser claims is never trusted). */
export type ScanType = 'application/pdf' | 'image/jpeg' | 'image/png';

export const SCAN_MAX_BYTES = 20 * 1024 * 1024;

export const SCAN_EXTENSIONS: Record<ScanType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** The scan's type read from its first bytes, or null for anything else. */
export function sniffScanType(bytes: Uint8Array): ScanType | null {
  const starts = (...sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

/** Why a file cannot be a scan, or null when it can. */
export function scanProblem(bytes: Uint8Array): { message: string; code: string } | null {
  if (bytes.length === 0) return { message: 'The file is empty', code: 'FILE_EMPTY' };
  if (bytes.length > SCAN_MAX_BYTES) return { message: `A scan is at most ${SCAN_MAX_BYTES / 1024 / 1024} MB`, code: 'SCAN_TOO_LARGE' };
  if (!sniffScanType(bytes)) return { message: 'A scan is a PDF, JPEG or PNG file', code: 'SCAN_TYPE' };
  return null;
}
