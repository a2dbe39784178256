import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Random secret with a readable prefix so a leaked token is recognisable in logs and scanners. */
export function newSecret(prefix: 'ses' | 'sat' | 'inv' | 'cal'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Secrets are long and random, so a fast hash suffices for lookup; passwords get argon2id. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function passwordMatches(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  return verify(passwordHash, password).catch(() => false);
}

/** Spends the same time as a real check, so unknown e-mails are not revealed by timing. */
const decoyHash = hashPassword('decoy-password-for-timing');
export async function spendPasswordCheck(password: string): Promise<void> {
  await passwordMatches(await decoyHash, password);
}
