import { describe, expect, it } from 'vitest';
import { hasValidOgrnChecksum, validateKpp, validateOgrn } from './registration.js';

describe('ОГРН and ОГРНИП', () => {
  it.each([
    ['1027700132195', 'ORGANIZATION', { ok: true, value: '1027700132195' }],
    ['1027700229193', 'ORGANIZATION', { ok: true, value: '1027700229193' }],
    ['5077746887312', 'ORGANIZATION', { ok: true, value: '5077746887312' }],
    ['1 027 700 132 195', 'ORGANIZATION', { ok: true, value: '1027700132195' }],
    ['304500116000157', 'INDIVIDUAL_ENTREPRENEUR', { ok: true, value: '304500116000157' }],
    ['1027700132196', 'ORGANIZATION', { ok: false, code: 'OGRN_CHECKSUM' }],
    ['304500116000158', 'INDIVIDUAL_ENTREPRENEUR', { ok: false, code: 'OGRN_CHECKSUM' }],
    ['102770013219', 'ORGANIZATION', { ok: false, code: 'OGRN_LENGTH' }],
    ['304500116000157', 'ORGANIZATION', { ok: false, code: 'OGRN_LENGTH' }],
    ['1027700132195', 'INDIVIDUAL_ENTREPRENEUR', { ok: false, code: 'OGRN_LENGTH' }],
    ['3027700132195', 'ORGANIZATION', { ok: false, code: 'OGRN_KIND' }],
    ['104500116000157', 'INDIVIDUAL_ENTREPRENEUR', { ok: false, code: 'OGRN_KIND' }],
    ['10277001321x5', 'ORGANIZATION', { ok: false, code: 'OGRN_DIGITS' }],
  ] as const)('%s for %s', (value, form, expected) => {
    expect(validateOgrn(value, form)).toMatchObject(expected);
  });

  it.each([
    ['1027700132195', true],
    ['304500116000157', true],
    // 14 digits exceed 2^53: the remainder must come from BigInt, not a float
    ['316774600012345', false],
    ['12345', false],
    ['', false],
  ])('checksum of %s is %s', (value, valid) => {
    expect(hasValidOgrnChecksum(value)).toBe(valid);
  });
});

describe('КПП', () => {
  it.each([
    ['773601001', 'ORGANIZATION', { ok: true, value: '773601001' }],
    ['7736AB001', 'ORGANIZATION', { ok: true, value: '7736AB001' }],
    ['7736ab001', 'ORGANIZATION', { ok: true, value: '7736AB001' }],
    ['77360100', 'ORGANIZATION', { ok: false, code: 'KPP_FORMAT' }],
    ['7736010011', 'ORGANIZATION', { ok: false, code: 'KPP_FORMAT' }],
    ['77A601001', 'ORGANIZATION', { ok: false, code: 'KPP_FORMAT' }],
    ['7736АБ001', 'ORGANIZATION', { ok: false, code: 'KPP_FORMAT' }],
    ['773601001', 'INDIVIDUAL_ENTREPRENEUR', { ok: false, code: 'KPP_NOT_FOR_IP' }],
  ] as const)('%s for %s', (value, form, expected) => {
    expect(validateKpp(value, form)).toMatchObject(expected);
  });
});
