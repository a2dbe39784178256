import { describe, expect, it } from 'vitest';
import { moneyOf, priceProblem } from './price';

describe('a price typed in roubles', () => {
  it.each([
    ['25000', null, '25000.00'],
    ['25 000,5', null, '25000.50'],
    ['1\u00a0500.05 ₽', null, '1500.05'],
    ['0.01', null, '0.01'],
    ['007', null, '7.00'],
    ['100000000', null, '100000000.00'],
  ])('%j is sent as %s', (text, problem, money) => {
    expect(priceProblem(text)).toBe(problem);
    expect(moneyOf(text)).toBe(money);
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['-100', 'negative'],
    ['−5,00', 'negative'],
    ['0', 'zero'],
    ['0,00', 'zero'],
    ['-0', 'zero'],
    ['12.345', 'format'],
    ['12,', 'format'],
    ['двадцать', 'format'],
    ['1e5', 'format'],
    ['100000000.01', 'tooLarge'],
  ])('%j: %s', (text, problem) => expect(priceProblem(text)).toBe(problem));
});
