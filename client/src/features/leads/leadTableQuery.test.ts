import { describe, expect, it } from 'vitest';
import { LeadOrderField, LeadStage, LegalForm, SortDirection, TaxRegime } from '../../gql/graphql';
import {
  DEFAULT_TABLE_STATE,
  tableStateFromQuery,
  tableStateToQuery,
  toLeadFilter,
  toggleSort,
  type LeadTableState,
} from './leadTableQuery';

describe('leads table state in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const state: LeadTableState = {
      stages: [LeadStage.New, LeadStage.Priced],
      sourceIds: ['s1', 's2'],
      taxRegimes: [TaxRegime.UsnIncome],
      legalForm: LegalForm.IndividualEntrepreneur,
      regionCodes: ['77', '50'],
      ownerIds: ['u1'],
      search: 'Ромашка',
      sort: LeadOrderField.CompanyName,
      direction: SortDirection.Asc,
    };
    const query = tableStateToQuery(state);
    expect(query.toString()).toBe(
      'stage=NEW%2CPRICED&source=s1%2Cs2&regime=USN_INCOME&form=INDIVIDUAL_ENTREPRENEUR&region=77%2C50&owner=u1&q=%D0%A0%D0%BE%D0%BC%D0%B0%D1%88%D0%BA%D0%B0&sort=COMPANY_NAME&dir=ASC',
    );
    expect(tableStateFromQuery(new URLSearchParams(query.toString()))).toEqual(state);
  });

  it('leaves defaults out of the URL and reads an empty URL as the defaults', () => {
    expect(tableStateToQuery(DEFAULT_TABLE_STATE).toString()).toBe('');
    expect(tableStateFromQuery(new URLSearchParams())).toEqual(DEFAULT_TABLE_STATE);
  });

  it('drops values that are not stages, regimes or sort fields', () => {
    const state = tableStateFromQuery(new URLSearchParams('stage=NEW,BOGUS&regime=XYZ&form=LLC&sort=INN&dir=UP'));
    expect(state.stages).toEqual([LeadStage.New]);
    expect(state.taxRegimes).toEqual([]);
    expect(state.legalForm).toBeNull();
    expect(state.sort).toBe(LeadOrderField.CreatedAt);
    expect(state.direction).toBe(SortDirection.Desc);
  });

  it('sends only the criteria that are set, with the search trimmed', () => {
    expect(toLeadFilter(DEFAULT_TABLE_STATE)).toEqual({});
    expect(toLeadFilter({ ...DEFAULT_TABLE_STATE, stages: [LeadStage.Won], search: '  7701 ' })).toEqual({
      stages: [LeadStage.Won],
      search: '7701',
    });
  });

  it('sorts by a new header first ascending (dates newest first) and flips on a second click', () => {
    const byName = toggleSort(DEFAULT_TABLE_STATE, LeadOrderField.CompanyName);
    expect([byName.sort, byName.direction]).toEqual([LeadOrderField.CompanyName, SortDirection.Asc]);
    expect(toggleSort(byName, LeadOrderField.CompanyName).direction).toBe(SortDirection.Desc);
    expect(toggleSort(byName, LeadOrderField.CreatedAt).direction).toBe(SortDirection.Desc);
  });
});
