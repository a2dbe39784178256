import { describe, expect, it } from 'vitest';
import { SCAN_MAX_BYTES, scanProblem, sniffScanType } from './scan-type.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('a scan is known by its first bytes', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n'), 'application/pdf'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    ['a DOCX (zip)', bytes(0x50, 0x4b, 0x03, 0x04), null],
    ['text claiming to be a PDF', Buffer.from('PDF-1.7'), null],
    ['a GIF', Buffer.from('GIF89a'), null],
    ['three bytes of a PNG', bytes(0x89, 0x50, 0x4e), null],
  ])('%s', (_, file, type) => {
    expect(sniffScanType(file)).toBe(type);
  });

  it.each([
    ['empty', new Uint8Array(0), 'FILE_EMPTY'],
    ['too large', new Uint8Array(SCAN_MAX_BYTES + 1).fill(0x25), 'SCAN_TOO_LARGE'],
    ['not a scan', Buffer.from('hello'), 'SCAN_TYPE'],
  ])('refuses %s', (_, file, code) => {
    expect(scanProblem(file)?.code).toBe(code);
  });

  it('takes a PDF of exactly the limit', () => {
    const file = new Uint8Array(SCAN_MAX_BYTES);
    file.set(Buffer.from('%PDF-'));
    expect(scanProblem(file)).toBeNull();
  });
});
