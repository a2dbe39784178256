import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Knex } from '@mikro-orm/postgresql';
import { tooManyRequests } from '../../graphql/errors.js';

export interface LoginLimits {
  perEmail: number;
  perAddress: number;
  windowSeconds: number;
}

export interface SignUpLimits {
  perAddress: number;
  windowSeconds: number;
}

/**
 * Counts login attempts per e-mail and per client address in PostgreSQL, so every server
 * instance shares the same counters. A successful login clears its e-mail's counter. Sign-ups
 * are counted per client address too: each one costs a password hash and a seeded firm.
 */
export class LoginRateLimit {
  private readonly byEmail: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;
  private readonly signUpsByAddress: RateLimiterPostgres;

  constructor(knex: Knex, limits: LoginLimits, signUps: SignUpLimits) {
    const common = { storeClient: knex, storeType: 'knex', tableName: 'login_rate_limit', tableCreated: true, clearExpiredByTimeout: false };
    this.byEmail = new RateLimiterPostgres({ ...common, keyPrefix: 'email', points: limits.perEmail, duration: limits.windowSeconds });
    this.byAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'addr', points: limits.perAddress, duration: limits.windowSeconds });
    this.signUpsByAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'signup', points: signUps.perAddress, duration: signUps.windowSeconds });
  }

  /** Takes one attempt from both budgets; refuses with TOO_MANY_REQUESTS when either is spent. */
  async attempt(email: string, address: string): Promise<void> {
    await spend(Promise.all([this.byEmail.consume(email), this.byAddress.consume(address)]));
  }

  /** Takes one sign-up from the address's budget; refuses with TOO_MANY_REQUESTS when it is spent. */
  async signUp(address: string): Promise<void> {
    await spend(this.signUpsByAddress.consume(address));
  }

  async succeeded(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }
}

async function spend(consumed: Promise<unknown>): Promise<void> {
  try {
    await consumed;
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooManyRequests(Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}
