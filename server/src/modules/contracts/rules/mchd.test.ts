import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mchdMismatches, MchdUnreadable, readMchd } from './mchd.js';

const fixture = (name: string) => readFileSync(new URL(`../testdata/mchd/${name}`, import.meta.url));
const EMCHD = 'ON_EMCHD_20260310_7f3c2a10-5b1e-4c8e-9d2a-0e6b1f4a9c21.xml';
const DOVBB = 'ON_DOVBB_20260115_3b9d0c4e-2f71-4a55-8c3e-91d7a6e0b5f2.xml';

describe('reading a МЧД file', () => {
  it.each([
    [EMCHD, { format: 'EMCHD_1', number: '7f3c2a10-5b1e-4c8e-9d2a-0e6b1f4a9c21', internalNumber: 'Д-2026-001', issueDate: '2026-03-10', validUntil: '2027-03-10' }],
    // format 002 in windows-1251: the end date is ДатаКонДовер
    [DOVBB, { format: '002', number: '3b9d0c4e-2f71-4a55-8c3e-91d7a6e0b5f2', internalNumber: '15', issueDate: '2026-01-15', validUntil: '2026-12-31' }],
    // well-formed, but no СвДов: nothing to compare
    ['no-poa-data.xml', { format: '5.01', number: null, internalNumber: null, issueDate: null, validUntil: null }],
  ])('%s', (name, facts) => {
    expect(readMchd(fixture(name))).toEqual(facts);
  });

  it('refuses a file that is not well-formed XML', () => {
    expect(() => readMchd(fixture('broken.xml'))).toThrow(MchdUnreadable);
    expect(() => readMchd(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toThrow(MchdUnreadable);
  });

  it('reads Russian dates of the older tax formats', () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?><Файл ВерсФорм="5.01"><Документ><Доверенность><СвДов НомДовер="ABC-1" ДатаВыдДовер="01.02.2026" ДатаКонДовер="31.01.2027"/></Доверенность></Документ></Файл>';
    expect(readMchd(new TextEncoder().encode(xml))).toMatchObject({ number: 'ABC-1', issueDate: '2026-02-01', validUntil: '2027-01-31' });
  });
});

describe('comparing a МЧД file with the record', () => {
  const file = { format: 'EMCHD_1', number: '7F3C2A10-5B1E-4C8E-9D2A-0E6B1F4A9C21', internalNumber: null, issueDate: '2026-03-10', validUntil: '2027-03-10' };
  it.each([
    ['all the same (the GUID in another case)', { registrationNumber: '7f3c2a10-5b1e-4c8e-9d2a-0e6b1f4a9c21', issueDate: '2026-03-10', validUntil: '2027-03-10' }, []],
    ['no number recorded', { registrationNumber: null, issueDate: '2026-03-10', validUntil: '2027-03-10' }, [{ field: 'NUMBER', inRecord: null, inFile: file.number }]],
    [
      'other dates',
      { registrationNumber: file.number, issueDate: '2026-03-11', validUntil: '2026-12-31' },
      [{ field: 'ISSUE_DATE', inRecord: '2026-03-11', inFile: '2026-03-10' }, { field: 'VALID_UNTIL', inRecord: '2026-12-31', inFile: '2027-03-10' }],
    ],
  ])('%s', (_name, record, expected) => {
    expect(mchdMismatches(record, file)).toEqual(expected);
  });

  it('compares only what the file carries', () => {
    expect(mchdMismatches({ registrationNumber: 'x', issueDate: '2026-01-01', validUntil: '2026-12-31' }, { format: null, number: null, internalNumber: null, issueDate: null, validUntil: null })).toEqual([]);
  });
});
