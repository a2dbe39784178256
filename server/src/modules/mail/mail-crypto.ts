import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';

/** Reads a 32-byte key given as 64 hex digits or as base64. */
export function parseMailKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('MAIL_SECRET_KEY must be 32 bytes: 64 hex digits or base64 of 32 bytes (e.g. `openssl rand -hex 32`)');
  return key;
}

/**
 * The key mailbox passwords are sealed with: MAIL_SECRET_KEY from the environment, or (for the
 * embedded start without one) a key generated once into the data directory's `mail-secret.key`.
 * Read only when a password is sealed or opened, so a server without mailboxes needs neither.
 */
export class MailSecrets {
  private key: Buffer | null = null;

  constructor(private readonly source: { envKey?: string | null; dataDir: string }) {}

  private current(): Buffer {
    if (this.key) return this.key;
    if (this.source.envKey) return (this.key = parseMailKey(this.source.envKey));
    const file = path.join(this.source.dataDir, 'mail-secret.key');
    if (!fs.existsSync(file)) {
      fs.mkdirSync(this.source.dataDir, { recursive: true });
      // wx: a second instance starting at the same moment keeps the first one's key
      try {
        fs.writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    return (this.key = parseMailKey(fs.readFileSync(file, 'utf8')));
  }

  /** `v1:iv:tag:ciphertext`, base64 parts; a fresh IV each time. */
  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.current(), iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
  }

  /** The plain text; a sealed value from another key (or altered) fails its authentication tag. */
  open(sealed: string): string {
    const [version, iv, tag, data] = sealed.split(':');
    if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('Not a sealed mailbox password');
    const decipher = createDecipheriv(ALGORITHM, this.current(), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
