import { describe, expect, it } from 'vitest';
import { ContractStatus, PoaStatus } from './enums.js';
import { contractStatus, defaultValidUntil, poaStatus, priceOn } from './status.js';

describe('contract status from its dates', () => {
  it.each([
    [{}, ContractStatus.DRAFT],
    [{ sentOn: '2026-01-10' }, ContractStatus.SENT],
    [{ sentOn: '2026-01-10', firmSignedOn: '2026-01-11' }, ContractStatus.SIGNED_BY_FIRM],
    [{ clientSignedOn: '2026-01-12' }, ContractStatus.SIGNED_BY_CLIENT],
    [{ firmSignedOn: '2026-01-11', clientSignedOn: '2026-01-12' }, ContractStatus.SIGNED_BOTH],
    [{ firmSignedOn: '2026-01-11', clientSignedOn: '2026-01-12', terminatedOn: '2026-06-30' }, ContractStatus.TERMINATED],
    [{ terminatedOn: '2026-02-01' }, ContractStatus.TERMINATED],
  ])('%j → %s', (dates, status) => expect(contractStatus(dates)).toBe(status));
});

describe('power of attorney status on the firm’s day', () => {
  const issued = { issuedOn: '2026-01-01', validUntil: '2026-12-31' };
  it.each([
    [{ validUntil: '2026-12-31' }, '2026-03-01', PoaStatus.DRAFT],
    [issued, '2026-03-01', PoaStatus.ISSUED],
    [issued, '2026-12-01', PoaStatus.EXPIRING],
    [issued, '2026-12-02', PoaStatus.EXPIRING],
    [issued, '2026-11-30', PoaStatus.ISSUED],
    [issued, '2026-12-31', PoaStatus.EXPIRING],
    [issued, '2027-01-01', PoaStatus.EXPIRED],
    [{ ...issued, revokedOn: '2026-05-01' }, '2026-05-01', PoaStatus.REVOKED],
    [{ ...issued, revokedOn: '2026-05-01' }, '2027-02-01', PoaStatus.REVOKED],
  ])('%j on %s → %s', (dates, today, status) => expect(poaStatus(dates, today, 30)).toBe(status));
});

describe('default term of one year', () => {
  it.each([
    ['2026-01-10', '2027-01-10'],
    ['2026-03-01', '2027-03-01'],
    ['2028-02-29', '2029-02-28'],
  ])('%s → %s', (issue, until) => expect(defaultValidUntil(issue)).toBe(until));
});

describe('price history', () => {
  const steps = [{ from: '2026-01-01', price: 3_036_000 }, { from: '2026-03-01', price: 3_500_000 }];
  it.each([
    ['2025-12-31', null],
    ['2026-01-01', 3_036_000],
    ['2026-02-28', 3_036_000],
    ['2026-03-01', 3_500_000],
  ])('on %s → %s', (day, price) => expect(priceOn(steps, day)).toBe(price));
});
