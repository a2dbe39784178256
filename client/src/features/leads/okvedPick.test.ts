import { describe, expect, it } from 'vitest';
import { activityAfterOkvedPick } from './leadForm';

const PROGRAMMING = 'Разработка компьютерного программного обеспечения';
const CONSULTING = 'Деятельность консультативная и работы в области компьютерных технологий';

describe('activity after an ОКВЭД pick', () => {
  it.each([
    ['empty activity takes the name', '', null, PROGRAMMING, PROGRAMMING],
    ['blank activity takes the name', '   ', null, PROGRAMMING, PROGRAMMING],
    ['the previous code’s name is replaced', PROGRAMMING, PROGRAMMING, CONSULTING, CONSULTING],
    ['the previous name with stray spaces is replaced', ` ${PROGRAMMING} `, PROGRAMMING, CONSULTING, CONSULTING],
    ['what the user typed stays', 'Интернет-магазин', PROGRAMMING, CONSULTING, 'Интернет-магазин'],
    ['typed text stays when there was no previous code', 'Интернет-магазин', null, CONSULTING, 'Интернет-магазин'],
    ['a code without a known name changes nothing', '', null, '', ''],
  ])('%s', (_case, activity, previous, title, expected) => {
    expect(activityAfterOkvedPick(activity, previous, title)).toBe(expected);
  });
});
