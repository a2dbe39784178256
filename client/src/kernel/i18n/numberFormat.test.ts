import { describe, expect, it } from 'vitest';
import { formatNumber, numberInputSeparators } from './format';

describe('numbers in the reader’s language', () => {
  it('groups thousands and uses the decimal comma in Russian', () => {
    expect(formatNumber(1800, 'ru').replace(/[\u00a0\u202f]/g, ' ')).toBe('1 800');
    expect(numberInputSeparators('ru')).toEqual({ thousandSeparator: ' ', decimalSeparator: ',' });
  });

  it('uses the comma for thousands and the point for decimals in English', () => {
    expect(formatNumber(1800, 'en')).toBe('1,800');
    expect(numberInputSeparators('en')).toEqual({ thousandSeparator: ',', decimalSeparator: '.' });
  });
});
