import { describe, expect, it } from 'vitest';
import { OKVED_COMMON, searchOkvedCommon, validateOkvedCode } from './okved.js';

describe('validateOkvedCode accepts', () => {
  it.each([
    ['62', '62'],
    ['62.0', '62.0'],
    ['62.01', '62.01'],
    ['47.91.1', '47.91.1'],
    ['68.20.2', '68.20.2'],
    ['43.99.01', '43.99.01'],
    ['01.11', '01.11'],
    ['99.00', '99.00'],
    [' 62.01 ', '62.01'],
    ['62 . 01', '62.01'],
    ['62,01', '62.01'],
    ['620', '62.0'],
    ['6201', '62.01'],
    ['47911', '47.91.1'],
    ['439901', '43.99.01'],
    ['12.34', '12.34'],
  ])('%j → %s', (value, code) => {
    expect(validateOkvedCode(value)).toEqual({ ok: true, code });
  });
});

describe('validateOkvedCode rejects', () => {
  const FORMAT = 'OKVED code must look like 62, 62.0, 62.01, 62.01.1 or 62.01.11';
  it.each([
    ['', 'OKVED code is required'],
    ['  ', 'OKVED code is required'],
    ['6', FORMAT],
    ['62.', FORMAT],
    ['.62', FORMAT],
    ['62.011', FORMAT],
    ['62.0.1', FORMAT],
    ['62.01.', FORMAT],
    ['62.01.111', FORMAT],
    ['62.01.1.1', FORMAT],
    ['6201111', FORMAT],
    ['62-01', FORMAT],
    ['A62.01', FORMAT],
    ['62.01a', FORMAT],
    ['00', 'OKVED code cannot start with 00 — divisions run from 01 to 99'],
    ['00.11', 'OKVED code cannot start with 00 — divisions run from 01 to 99'],
  ])('%j', (value, message) => {
    expect(validateOkvedCode(value)).toEqual({ ok: false, message });
  });
});

describe('OKVED_COMMON', () => {
  it('has about sixty entries with unique, well-formed codes in ascending order', () => {
    expect(OKVED_COMMON.length).toBeGreaterThanOrEqual(55);
    const codes = OKVED_COMMON.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    for (const { code, title } of OKVED_COMMON) {
      expect(validateOkvedCode(code)).toEqual({ ok: true, code });
      expect(title.trim()).toBe(title);
      expect(title.length).toBeGreaterThan(5);
    }
  });

  it.each([
    ['47.91', 'Торговля розничная по почте или по информационно-коммуникационной сети Интернет'],
    ['62.01', 'Разработка компьютерного программного обеспечения'],
    ['69.20', 'Деятельность по оказанию услуг в области бухгалтерского учета, по проведению финансового аудита, по налоговому консультированию'],
    ['41.20', 'Строительство жилых и нежилых зданий'],
    ['43.21', 'Производство электромонтажных работ'],
    ['46.90', 'Торговля оптовая неспециализированная'],
    ['49.41', 'Деятельность автомобильного грузового транспорта'],
    ['56.10', 'Деятельность ресторанов и услуги по доставке продуктов питания'],
    ['68.20', 'Аренда и управление собственным или арендованным недвижимым имуществом'],
    ['70.22', 'Консультирование по вопросам коммерческой деятельности и управления'],
    ['73.11', 'Деятельность рекламных агентств'],
    ['85.41', 'Образование дополнительное детей и взрослых'],
    ['86.23', 'Стоматологическая практика'],
    ['96.02', 'Предоставление услуг парикмахерскими и салонами красоты'],
  ])('lists %s', (code, title) => {
    expect(OKVED_COMMON.find((e) => e.code === code)?.title).toBe(title);
  });
});

describe('searchOkvedCommon', () => {
  it.each([
    ['62', ['62.01', '62.02', '62.09']],
    ['62,0', ['62.01', '62.02', '62.09']],
    ['69.2', ['69.20']],
    ['бухгалтерск', ['69.20']],
    ['ИНТЕРНЕТ', ['47.91']],
    ['такси', ['49.32']],
    ['легких', ['77.11']],
    ['лёгких', ['77.11']],
    ['', []],
    ['zzz', []],
  ])('%j', (query, codes) => {
    expect(searchOkvedCommon(query).map((e) => e.code)).toEqual(codes);
  });

  it('puts code matches before title matches and honours the limit', () => {
    expect(searchOkvedCommon('43').length).toBe(10);
    expect(searchOkvedCommon('43', 3).map((e) => e.code)).toEqual(['43.21', '43.22', '43.29']);
  });
});
