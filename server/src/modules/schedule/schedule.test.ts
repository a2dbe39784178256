import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';
import type { TaxProfileInput } from '../../../test/gql/graphql.js';

const PREVIEW = graphql(`
  query SchedulePreview($profile: TaxProfileInput!, $year: Int!) {
    schedulePreview(profile: $profile, year: $year) { key code kind recipient period part nominalDate dueDate area title provisional unverified }
  }
`);

const IP_USN: TaxProfileInput = { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'USN_INCOME', hasEmployees: false, vatPayer: false };

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

describe('schedulePreview over HTTP', () => {
  it('answers the worked example of the tax calendar, dates as YYYY-MM-DD', async () => {
    const items = (await ok(app, PREVIEW, { profile: IP_USN, year: 2026 }, owner.token)).schedulePreview;
    expect(items).toHaveLength(10);
    expect(items[0]).toEqual({
      key: 'USN_ADV_NOTIF:2026-Q1',
      code: 'USN_ADV_NOTIF',
      kind: 'NOTIFICATION',
      recipient: 'FNS',
      period: '2026-Q1',
      part: null,
      nominalDate: '2026-04-25',
      dueDate: '2026-04-27',
      area: 'TAXES',
      title: 'Уведомление по авансу УСН',
      provisional: false,
      unverified: false,
    });
    expect(items.at(-1)).toMatchObject({ code: 'IP_INS_FIXED', dueDate: '2026-12-28', title: 'Фиксированные взносы ИП за себя (57 390 ₽ за 2026)' });
  });

  it('marks 2027 provisional and takes every field of the profile', async () => {
    const profile: TaxProfileInput = {
      legalForm: 'ORGANIZATION',
      taxRegime: 'OSNO',
      hasEmployees: true,
      vatPayer: true,
      profitAdvances: 'MONTHLY',
      hasProperty: true,
      hasTransport: true,
      hasLand: false,
      region: '16',
    };
    const items = (await ok(app, PREVIEW, { profile, year: 2027 }, owner.token)).schedulePreview;
    expect(items.every((i) => i.provisional)).toBe(true);
    const codes = new Set(items.map((i) => i.code));
    for (const code of ['PROFIT_ADV_PAY_MONTH', 'VAT_PAY_Q', 'PROP_ORG_DECL_YEAR', 'PROP_ORG_NOTIF_YEAR', 'NDFL_6', 'BUH_OTCH_YEAR']) expect(codes).toContain(code);
    expect(items.filter((i) => i.area === 'PAYROLL').length).toBeGreaterThan(90);
  });

  it('takes patents', async () => {
    const profile: TaxProfileInput = { ...IP_USN, taxRegime: 'PSN', patents: [{ startDate: '2026-03-01', endDate: '2026-05-31' }] };
    const items = (await ok(app, PREVIEW, { profile, year: 2026 }, owner.token)).schedulePreview;
    expect(items.filter((i) => i.code === 'PSN_PAY').map((i) => [i.period, i.dueDate])).toEqual([['2026-03-01..2026-05-31', '2026-06-01']]);
  });

  it.each<[string, TaxProfileInput, number, string, string]>([
    ['a year before 2025', IP_USN, 2024, 'year', 'SCHEDULE_YEAR_NOT_SUPPORTED'],
    ['a year without rules data', IP_USN, 2031, 'year', 'SCHEDULE_YEAR_NOT_SUPPORTED'],
    ['an organization on a patent', { ...IP_USN, legalForm: 'ORGANIZATION', taxRegime: 'PSN' }, 2026, 'profile.taxRegime', 'SCHEDULE_PROFILE_INVALID'],
    ['a patent of an organization', { ...IP_USN, legalForm: 'ORGANIZATION', patents: [{ startDate: '2026-01-01', endDate: '2026-12-31' }] }, 2026, 'profile.patents', 'SCHEDULE_PROFILE_INVALID'],
    ['a patent across the year', { ...IP_USN, taxRegime: 'PSN', patents: [{ startDate: '2026-06-01', endDate: '2027-05-31' }] }, 2026, 'profile.patents', 'SCHEDULE_PROFILE_INVALID'],
    ['an unknown region', { ...IP_USN, region: '98' }, 2026, 'profile.region', 'REGION_UNKNOWN'],
    ['a region that is not a code', { ...IP_USN, region: 'Москва' }, 2026, 'profile.region', 'isLength'],
  ])('refuses %s with BAD_USER_INPUT', async (_name, profile, year, field, code) => {
    const result = await gql(app, PREVIEW, { profile, year }, owner.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field, code })]);
  });

  it('refuses a caller who is not signed in', async () => {
    expect(errorCode(await gql(app, PREVIEW, { profile: IP_USN, year: 2026 }))).toBe('UNAUTHENTICATED');
  });
});
