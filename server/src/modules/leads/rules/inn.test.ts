import { describe, expect, it } from 'vitest';
import { innControlDigit, validateInn } from './inn.js';

const W12_FIRST = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12_SECOND = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

describe('validateInn accepts real INNs', () => {
  it.each([
    ['7707083893', 'ПАО Сбербанк'],
    ['7736207543', 'ООО «Яндекс»'],
    ['7702070139', 'Банк ВТБ (ПАО)'],
    ['7740000076', 'ПАО «МТС»'],
    ['7707049388', 'ПАО «Ростелеком»'],
    ['7710140679', 'АО «Т-Банк»'],
  ])('organization %s (%s)', (inn) => {
    expect(validateInn(inn, 'ORGANIZATION')).toEqual({ ok: true, inn });
  });

  // control digits worked out by hand from the official weights, not by the code under test
  it.each(['500100732259', '771234567859', '631100000072', '246518461147'])(
    'individual entrepreneur %s',
    (inn) => {
      expect(validateInn(inn, 'INDIVIDUAL_ENTREPRENEUR')).toEqual({ ok: true, inn });
    },
  );

  it('computes the control digits of a known valid 12-digit INN', () => {
    // 5·7+0·2+0·4+1·10+0·3+0·5+7·9+3·4+2·6+2·8 = 148; 148 mod 11 = 5
    expect(innControlDigit([5, 0, 0, 1, 0, 0, 7, 3, 2, 2], W12_FIRST)).toBe(5);
    // 5·3+0·7+0·2+1·4+0·10+0·3+7·5+3·9+2·4+2·6+5·8 = 141; 141 mod 11 = 9
    expect(innControlDigit([5, 0, 0, 1, 0, 0, 7, 3, 2, 2, 5], W12_SECOND)).toBe(9);
  });

  it.each([
    ['  7707083893  ', 'ORGANIZATION', '7707083893'],
    ['7707 083 893', 'ORGANIZATION', '7707083893'],
    ['\t500100732259\n', 'INDIVIDUAL_ENTREPRENEUR', '500100732259'],
  ] as const)('ignores spaces in %j', (value, form, inn) => {
    expect(validateInn(value, form)).toEqual({ ok: true, inn });
  });
});

describe('validateInn rejects', () => {
  it.each([
    ['7707083894', 'ORGANIZATION', 'INN checksum does not match — check the digits', 'INN_CHECKSUM'],
    ['7707083839', 'ORGANIZATION', 'INN checksum does not match — check the digits', 'INN_CHECKSUM'],
    ['500100732258', 'INDIVIDUAL_ENTREPRENEUR', 'INN checksum does not match — check the digits', 'INN_CHECKSUM'],
    ['500100732269', 'INDIVIDUAL_ENTREPRENEUR', 'INN checksum does not match — check the digits', 'INN_CHECKSUM'],
    ['500100732295', 'INDIVIDUAL_ENTREPRENEUR', 'INN checksum does not match — check the digits', 'INN_CHECKSUM'],
    ['500100732259', 'ORGANIZATION', 'INN of an organization has 10 digits, got 12 (12 digits is an individual entrepreneur INN)', 'INN_LENGTH'],
    ['7707083893', 'INDIVIDUAL_ENTREPRENEUR', 'INN of an individual entrepreneur has 12 digits, got 10 (10 digits is an organization INN)', 'INN_LENGTH'],
    ['770708389', 'ORGANIZATION', 'INN of an organization has 10 digits, got 9', 'INN_LENGTH'],
    ['77070838931', 'ORGANIZATION', 'INN of an organization has 10 digits, got 11', 'INN_LENGTH'],
    ['5001007322591', 'INDIVIDUAL_ENTREPRENEUR', 'INN of an individual entrepreneur has 12 digits, got 13', 'INN_LENGTH'],
    ['77O7083893', 'ORGANIZATION', 'INN must contain digits only', 'INN_DIGITS'],
    ['ИНН7707083893', 'ORGANIZATION', 'INN must contain digits only', 'INN_DIGITS'],
    ['7707-083-893', 'ORGANIZATION', 'INN must contain digits only', 'INN_DIGITS'],
    ['', 'ORGANIZATION', 'INN is required', 'INN_REQUIRED'],
    ['   ', 'INDIVIDUAL_ENTREPRENEUR', 'INN is required', 'INN_REQUIRED'],
  ] as const)('%j as %s', (value, form, message, code) => {
    expect(validateInn(value, form)).toEqual({ ok: false, message, code });
  });

  it('rejects every single-digit change of a valid 10-digit INN in its last position', () => {
    for (let d = 0; d <= 9; d++) {
      const inn = `770708389${d}`;
      expect(validateInn(inn, 'ORGANIZATION').ok).toBe(d === 3);
    }
  });
});
