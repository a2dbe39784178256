import { describe, expect, it } from 'vitest';
import { formatSize } from './download';

describe('attachment sizes', () => {
  it.each([
    [512, 'ru', '512 Б'],
    [12_800, 'ru', '12,5 КБ'],
    [3_250_000, 'en', '3.1 MB'],
  ])('%d bytes in %s', (bytes, language, text) => {
    expect(formatSize(bytes, language).replace(/\u00a0/g, ' ')).toBe(text);
  });
});
