import {
  LeadOrderField,
  LeadStage,
  LegalForm,
  SortDirection,
  TaxRegime,
  type LeadFilter,
  type LeadOrder,
} from '../../gql/graphql';

/** What the leads table shows; kept in the URL so a filtered list can be shared as a link. */
export interface LeadTableState {
  stages: LeadStage[];
  sourceIds: string[];
  taxRegimes: TaxRegime[];
  legalForm: LegalForm | null;
  regionCodes: string[];
  ownerIds: string[];
  search: string;
  sort: LeadOrderField;
  direction: SortDirection;
}

export const DEFAULT_TABLE_STATE: LeadTableState = {
  stages: [],
  sourceIds: [],
  taxRegimes: [],
  legalForm: null,
  regionCodes: [],
  ownerIds: [],
  search: '',
  sort: LeadOrderField.CreatedAt,
  direction: SortDirection.Desc,
};

function oneOf<T extends string>(values: Record<string, T>, value: string | null): T | null {
  return Object.values(values).find((candidate) => candidate === value) ?? null;
}

function list(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function enumList<T extends string>(values: Record<string, T>, params: URLSearchParams, key: string): T[] {
  return list(params, key).flatMap((item) => oneOf(values, item) ?? []);
}

/** Reads the table state from a query string; unknown values are dropped. */
export function tableStateFromQuery(params: URLSearchParams): LeadTableState {
  return {
    stages: enumList(LeadStage, params, 'stage'),
    sourceIds: list(params, 'source'),
    taxRegimes: enumList(TaxRegime, params, 'regime'),
    legalForm: oneOf(LegalForm, params.get('form')),
    regionCodes: list(params, 'region'),
    ownerIds: list(params, 'owner'),
    search: params.get('q') ?? '',
    sort: oneOf(LeadOrderField, params.get('sort')) ?? DEFAULT_TABLE_STATE.sort,
    direction: oneOf(SortDirection, params.get('dir')) ?? DEFAULT_TABLE_STATE.direction,
  };
}

/** Writes the table state as a short query string, leaving defaults out. */
export function tableStateToQuery(state: LeadTableState): URLSearchParams {
  const params = new URLSearchParams();
  const setList = (key: string, values: readonly string[]) => {
    if (values.length) params.set(key, values.join(','));
  };
  setList('stage', state.stages);
  setList('source', state.sourceIds);
  setList('regime', state.taxRegimes);
  if (state.legalForm) params.set('form', state.legalForm);
  setList('region', state.regionCodes);
  setList('owner', state.ownerIds);
  if (state.search.trim()) params.set('q', state.search.trim());
  if (state.sort !== DEFAULT_TABLE_STATE.sort) params.set('sort', state.sort);
  if (state.direction !== DEFAULT_TABLE_STATE.direction) params.set('dir', state.direction);
  return params;
}

/** The server's `LeadFilter` for the table state; empty criteria are left out. */
export function toLeadFilter(state: LeadTableState): LeadFilter {
  const filter: LeadFilter = {};
  if (state.stages.length) filter.stages = state.stages;
  if (state.sourceIds.length) filter.sourceIds = state.sourceIds;
  if (state.taxRegimes.length) filter.taxRegimes = state.taxRegimes;
  if (state.legalForm) filter.legalForm = state.legalForm;
  if (state.regionCodes.length) filter.regionCodes = state.regionCodes;
  if (state.ownerIds.length) filter.ownerIds = state.ownerIds;
  if (state.search.trim()) filter.search = state.search.trim();
  return filter;
}

export function toLeadOrder(state: LeadTableState): LeadOrder {
  return { field: state.sort, direction: state.direction };
}

/** Clicking a header sorts by it; clicking the sorted header again flips the direction. */
export function toggleSort(state: LeadTableState, field: LeadOrderField): LeadTableState {
  if (state.sort !== field) {
    const direction = field === LeadOrderField.CreatedAt || field === LeadOrderField.UpdatedAt ? SortDirection.Desc : SortDirection.Asc;
    return { ...state, sort: field, direction };
  }
  return { ...state, direction: state.direction === SortDirection.Asc ? SortDirection.Desc : SortDirection.Asc };
}
