import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MailSecrets, parseMailKey } from './mail-crypto.js';

const KEY = 'a'.repeat(64);

describe('mailbox passwords sealed at rest', () => {
  it('seals with a fresh IV each time and opens back', () => {
    const secrets = new MailSecrets({ envKey: KEY, dataDir: '/nonexistent' });
    const a = secrets.seal('пароль приложения');
    const b = secrets.seal('пароль приложения');
    expect(a).not.toBe(b);
    expect(a).not.toContain('пароль');
    expect(secrets.open(a)).toBe('пароль приложения');
  });

  it('refuses a value sealed with another key or altered', () => {
    const sealed = new MailSecrets({ envKey: KEY, dataDir: '/nonexistent' }).seal('secret');
    expect(() => new MailSecrets({ envKey: 'b'.repeat(64), dataDir: '/nonexistent' }).open(sealed)).toThrow();
    const parts = sealed.split(':');
    parts[3] = Buffer.from('other').toString('base64');
    expect(() => new MailSecrets({ envKey: KEY, dataDir: '/nonexistent' }).open(parts.join(':'))).toThrow();
  });

  it('generates a key once into the data directory when the environment has none', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mail-key-'));
    const sealed = new MailSecrets({ dataDir: dir }).seal('secret');
    expect(fs.statSync(path.join(dir, 'mail-secret.key')).mode & 0o777).toBe(0o600);
    expect(new MailSecrets({ dataDir: dir }).open(sealed)).toBe('secret');
    fs.rmSync(dir, { recursive: true });
  });

  it.each([
    ['64 hex digits', KEY, true],
    ['base64 of 32 bytes', Buffer.alloc(32, 7).toString('base64'), true],
    ['too short', 'abcd', false],
  ])('reads a key given as %s', (_name, text, valid) => {
    if (valid) expect(parseMailKey(text)).toHaveLength(32);
    else expect(() => parseMailKey(text)).toThrow(/32 bytes/);
  });
});
