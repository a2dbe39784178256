import { describe, expect, it } from 'vitest';
import * as rules from './index.js';

describe('leads/rules index', () => {
  it('re-exports every rule', () => {
    expect(Object.keys(rules).sort()).toEqual(
      [
        'OKVED_COMMON',
        'RUSSIAN_REGIONS',
        'findRegion',
        'hasValidInnChecksum',
        'innControlDigit',
        'normaliseEmail',
        'normalisePhone',
        'searchOkvedCommon',
        'validateInn',
        'validateOkvedCode',
      ].sort(),
    );
  });
});
