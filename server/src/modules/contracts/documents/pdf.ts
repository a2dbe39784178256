import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
let found: Promise<string | null> | null = null;

/** The LibreOffice binary, or null where it is not installed (then documents come as DOCX only). */
export function libreOffice(): Promise<string | null> {
  found ??= (async () => {
    for (const name of [process.env.SOFFICE_PATH, 'soffice', 'libreoffice'].filter(Boolean) as string[]) {
      try {
        await run(name, ['--version'], { timeout: 60_000 });
        return name;
      } catch {
        // try the next name
      }
    }
    return null;
  })();
  return found;
}

/**
 * Converts a DOCX to PDF with LibreOffice in headless mode, each run with a profile of its own
 * (two conversions sharing one profile lock each other out). Null where LibreOffice is missing.
 */
export async function docxToPdf(docx: Buffer): Promise<Buffer | null> {
  const soffice = await libreOffice();
  if (!soffice) return null;
  const dir = await mkdtemp(path.join(tmpdir(), 'schetovod-pdf-'));
  try {
    const input = path.join(dir, 'document.docx');
    await writeFile(input, docx);
    await run(soffice, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 120_000 });
    return await readFile(path.join(dir, 'document.pdf'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
