import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock, type Clock } from './clock.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Config {
  port: number;
  host: string;
  /** External PostgreSQL; when absent the server starts an embedded one. */
  databaseUrl?: string;
  dataDir: string;
  seedDemo: boolean;
  publicUrl: string;
  clientDist: string;
  logLevel: string;
  introspection: boolean;
  explorer: boolean;
  trustProxy: boolean;
  /** A WebSocket with more than this waiting to be sent is closed (the subscriber resumes with `after`). */
  wsMaxBufferedBytes: number;
  limits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number };
  loginRateLimit: { perEmail: number; perAddress: number; windowSeconds: number };
  signUpRateLimit: { perAddress: number; windowSeconds: number };
  sessionTtlDays: number;
  invitationTtlDays: number;
  /** Seals mailbox passwords (MAIL_SECRET_KEY: 64 hex digits); without it, a key generated into dataDir. */
  mailSecretKey?: string;
  /** "Now" for business dates (a firm's today, overdue); tests pass one they can set. */
  clock: Clock;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`Expected a boolean, got "${value}"`);
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

/** Reads and validates the environment once; a bad value stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = int('PORT', env.PORT, 4000);
  // a production server does not describe its schema to strangers unless asked to
  const production = env.NODE_ENV === 'production';
  const introspection = bool(env.GRAPHQL_INTROSPECTION, !production);
  const config: Config = {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, '.data')),
    seedDemo: env.DATABASE_URL ? bool(env.SEED_DEMO, false) : bool(env.SEED_DEMO, true),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    clientDist: path.resolve(env.CLIENT_DIST || path.join(repoRoot, 'client/dist')),
    logLevel: env.LOG_LEVEL || 'info',
    introspection,
    // the explorer needs introspection: turning that on offers the explorer too
    explorer: bool(env.GRAPHQL_EXPLORER, introspection),
    trustProxy: bool(env.TRUST_PROXY, false),
    wsMaxBufferedBytes: int('WS_MAX_BUFFERED_BYTES', env.WS_MAX_BUFFERED_BYTES, 4 * 1024 * 1024),
    limits: {
      maxDepth: int('GRAPHQL_MAX_DEPTH', env.GRAPHQL_MAX_DEPTH, 10),
      maxAliases: int('GRAPHQL_MAX_ALIASES', env.GRAPHQL_MAX_ALIASES, 15),
      maxCost: int('GRAPHQL_MAX_COST', env.GRAPHQL_MAX_COST, 5000),
      maxTokens: int('GRAPHQL_MAX_TOKENS', env.GRAPHQL_MAX_TOKENS, 2000),
    },
    loginRateLimit: {
      perEmail: int('LOGIN_LIMIT_PER_EMAIL', env.LOGIN_LIMIT_PER_EMAIL, 5),
      perAddress: int('LOGIN_LIMIT_PER_ADDRESS', env.LOGIN_LIMIT_PER_ADDRESS, 30),
      windowSeconds: int('LOGIN_LIMIT_WINDOW_SECONDS', env.LOGIN_LIMIT_WINDOW_SECONDS, 900),
    },
    signUpRateLimit: {
      perAddress: int('SIGNUP_LIMIT_PER_ADDRESS', env.SIGNUP_LIMIT_PER_ADDRESS, 5),
      windowSeconds: int('SIGNUP_LIMIT_WINDOW_SECONDS', env.SIGNUP_LIMIT_WINDOW_SECONDS, 3600),
    },
    sessionTtlDays: int('SESSION_TTL_DAYS', env.SESSION_TTL_DAYS, 30),
    invitationTtlDays: int('INVITATION_TTL_DAYS', env.INVITATION_TTL_DAYS, 7),
    mailSecretKey: env.MAIL_SECRET_KEY || undefined,
    clock: systemClock,
    ...overrides,
  };
  if (config.explorer && !config.introspection) config.explorer = false;
  return config;
}
