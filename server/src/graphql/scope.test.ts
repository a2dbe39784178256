import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { createLogger } from '../logger.js';
import { AppError } from './errors.js';
import { requireSignedIn, scopeOf } from './scope.js';

const log = createLogger('silent');

describe('a request scope', () => {
  it('forks its EntityManager on first use only, once (a live event that resolves from its snapshot never forks)', () => {
    let forks = 0;
    const em = {} as EntityManager;
    const scope = scopeOf({ em: () => (forks++, em), principal: null, clock: systemClock, log });
    expect(forks).toBe(0);
    expect(scope.em).toBe(em);
    expect(scope.em).toBe(em);
    expect(forks).toBe(1);
  });

  it('without a caller is refused as UNAUTHENTICATED where one is needed', () => {
    const scope = scopeOf({ em: {} as EntityManager, principal: null, clock: systemClock, log });
    let error: unknown;
    try {
      requireSignedIn(scope);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions.code).toBe('UNAUTHENTICATED');
  });
});
