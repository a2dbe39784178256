import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './format';

describe('Intl formatters are made once per locale and options', () => {
  it.each([
    ['the same date options', () => dateTimeFormat('ru', { dateStyle: 'short' }), () => dateTimeFormat('ru', { dateStyle: 'short' }), true],
    ['another locale', () => dateTimeFormat('ru', { dateStyle: 'short' }), () => dateTimeFormat('en', { dateStyle: 'short' }), false],
    ['other date options', () => dateTimeFormat('ru', { dateStyle: 'short' }), () => dateTimeFormat('ru', { dateStyle: 'medium' }), false],
    ['the same number options', () => numberFormat('ru', { maximumFractionDigits: 1 }), () => numberFormat('ru', { maximumFractionDigits: 1 }), true],
    ['a date and a number formatter of one locale', () => dateTimeFormat('ru'), () => numberFormat('ru'), false],
  ] as const)('%s', (_name, first, second, same) => {
    expect(first() === second()).toBe(same);
  });

  it('formats as a new formatter would', () => {
    expect(dateTimeFormat('ru', { dateStyle: 'short' }).format(new Date(2026, 11, 3))).toBe(new Intl.DateTimeFormat('ru', { dateStyle: 'short' }).format(new Date(2026, 11, 3)));
  });
});
