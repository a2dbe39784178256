import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Knex } from '@mikro-orm/postgresql';
import { tooManyRequests } from '../../graphql/errors.js';

export interface LoginLimits {
  perEmail: number;
  perAddress: number;
  windowSeconds: number;
}

/**
 * Counts login attempts per e-mail and per client address in PostgreSQL, so every server
 * instance shares the same counters. A successful login clears its e-mail's counter.
 */
export class LoginRateLimit {
  private readonly byEmail: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(knex: Knex, limits: LoginLimits) {
    const common = { storeClient: knex, storeType: 'knex', tableName: 'login_rate_limit', tableCreated: true, clearExpiredByTimeout: false };
    this.byEmail = new RateLimiterPostgres({ ...common, keyPrefix: 'email', points: limits.perEmail, duration: limits.windowSeconds });
    this.byAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'addr', points: limits.perAddress, duration: limits.windowSeconds });
  }

  /** Takes one attempt from both budgets; refuses with TOO_MANY_REQUESTS when either is spent. */
  async attempt(email: string, address: string): Promise<void> {
    try {
      await Promise.all([this.byEmail.consume(email), this.byAddress.consume(address)]);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooManyRequests(Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }

  async succeeded(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }
}
