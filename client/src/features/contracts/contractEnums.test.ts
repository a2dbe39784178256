import { describe, expect, it } from 'vitest';
import { kopecksOf } from './contractEnums';

describe('money from the server', () => {
  it.each([
    ['30360.00', 3_036_000],
    ['0.05', 5],
    ['12.5', 1_250],
    ['-1.01', -101],
  ])('%s → %i kopecks', (money, kopecks) => expect(kopecksOf(money)).toBe(kopecks));
});
