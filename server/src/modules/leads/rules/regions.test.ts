import { describe, expect, it } from 'vitest';
import { findRegion, RUSSIAN_REGIONS } from './regions.js';

describe('RUSSIAN_REGIONS', () => {
  it('lists exactly the 89 subjects of the Russian Federation', () => {
    expect(RUSSIAN_REGIONS).toHaveLength(89);
  });

  it('has unique two-digit codes in ascending order and unique names', () => {
    const codes = RUSSIAN_REGIONS.map((r) => r.code);
    expect(codes.every((c) => /^\d{2}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(89);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(RUSSIAN_REGIONS.map((r) => r.name)).size).toBe(89);
  });

  it('covers 01–79 without gaps and none of the codes of merged subjects or Baikonur', () => {
    for (let n = 1; n <= 79; n++) expect(findRegion(String(n).padStart(2, '0'))).toBeDefined();
    for (const gone of ['80', '81', '82', '84', '85', '88', '96', '97', '98', '99', '00']) expect(findRegion(gone)).toBeUndefined();
  });

  it('counts the kinds of subject as the Constitution does', () => {
    const kinds = (pred: (name: string) => boolean) => RUSSIAN_REGIONS.filter((r) => pred(r.name)).length;
    expect(kinds((n) => /Республик/.test(n))).toBe(24);
    expect(kinds((n) => n.endsWith(' край'))).toBe(9);
    expect(kinds((n) => / область/.test(n) && !/автономная/.test(n))).toBe(48);
    expect(kinds((n) => n.startsWith('г. '))).toBe(3);
    expect(kinds((n) => /автономная область/.test(n))).toBe(1);
    expect(kinds((n) => /автономный округ/.test(n))).toBe(4);
  });
});

describe('findRegion', () => {
  it.each([
    ['01', 'Республика Адыгея'],
    ['02', 'Республика Башкортостан'],
    ['14', 'Республика Саха (Якутия)'],
    ['16', 'Республика Татарстан'],
    ['23', 'Краснодарский край'],
    ['42', 'Кемеровская область — Кузбасс'],
    ['50', 'Московская область'],
    ['54', 'Новосибирская область'],
    ['66', 'Свердловская область'],
    ['77', 'г. Москва'],
    ['78', 'г. Санкт-Петербург'],
    ['79', 'Еврейская автономная область'],
    ['83', 'Ненецкий автономный округ'],
    ['86', 'Ханты-Мансийский автономный округ — Югра'],
    ['87', 'Чукотский автономный округ'],
    ['89', 'Ямало-Ненецкий автономный округ'],
    ['90', 'Запорожская область'],
    ['91', 'Республика Крым'],
    ['92', 'г. Севастополь'],
    ['93', 'Донецкая Народная Республика'],
    ['94', 'Луганская Народная Республика'],
    ['95', 'Херсонская область'],
    [' 77 ', 'г. Москва'],
    ['7', 'Кабардино-Балкарская Республика'],
  ])('%j → %s', (code, name) => {
    expect(findRegion(code)?.name).toBe(name);
  });

  it.each(['', '99', '100', 'ab', '7 7'])('finds nothing for %j', (code) => {
    expect(findRegion(code)).toBeUndefined();
  });
});
