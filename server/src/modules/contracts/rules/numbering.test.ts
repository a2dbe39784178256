import { describe, expect, it } from 'vitest';
import { formatNumber, patternProblem } from './numbering.js';

describe('document numbers from the firm pattern', () => {
  it.each([
    ['{YYYY}-{NNN}', 2026, 7, '2026-007'],
    ['ББ-{YYYY}-{NNN}', 2026, 17, 'ББ-2026-017'],
    ['{NNN}/{YYYY}', 2026, 1234, '1234/2026'],
    ['ДГП-{YY}-{NNN}', 2024, 56, 'ДГП-24-056'],
    ['Д{N}', 2026, 3, 'Д3'],
  ])('%s, %i, #%i → %s', (pattern, year, seq, expected) => {
    expect(formatNumber(pattern, year, seq)).toBe(expected);
  });

  it.each([
    ['{YYYY}-{NNN}', null],
    ['{YYYY}', 'sequence'],
    ['{NNN}-{NN}', 'sequence'],
    ['{YYYY}-{NNN}-{client}', 'braces'],
  ])('%s is %s', (pattern, problem) => {
    const found = patternProblem(pattern);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem === 'sequence' ? 'sequence' : 'braces');
  });
});
