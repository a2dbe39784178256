import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LegalForm } from '../../gql/graphql';
import { LEGAL_FORMS, STAGES, TAX_REGIMES } from './leadEnums';
import { DEFAULT_TABLE_STATE, type LeadTableState } from './leadTableQuery';
import { regionItems, type useLeadOptions } from './useLeadOptions';

interface LeadFiltersProps {
  state: LeadTableState;
  search: string;
  onSearchChange: (search: string) => void;
  onChange: (state: LeadTableState) => void;
  options: ReturnType<typeof useLeadOptions>;
}

export function LeadFilters({ state, search, onSearchChange, onChange, options }: LeadFiltersProps) {
  const { t } = useTranslation();
  const set = <K extends keyof LeadTableState>(key: K, value: LeadTableState[K]) => onChange({ ...state, [key]: value });
  const filtered =
    search !== '' ||
    state.stages.length + state.sourceIds.length + state.taxRegimes.length + state.regionCodes.length + state.ownerIds.length > 0 ||
    state.legalForm !== null;

  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        w={320}
        placeholder={t('leads.table.search')}
        aria-label={t('leads.table.search')}
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        data-testid="leads-search"
      />
      <MultiSelect
        w={220}
        placeholder={state.stages.length ? undefined : t('leads.table.filters.stage')}
        aria-label={t('leads.table.filters.stage')}
        data={STAGES.map((stage) => ({ value: stage, label: t(`leads.stages.${stage}`) }))}
        value={state.stages}
        onChange={(values) => set('stages', values as LeadTableState['stages'])}
        clearable
        data-testid="filter-stage"
      />
      <MultiSelect
        w={200}
        placeholder={state.sourceIds.length ? undefined : t('leads.table.filters.source')}
        aria-label={t('leads.table.filters.source')}
        data={options.sources.map((source) => ({ value: source.id, label: source.name }))}
        value={state.sourceIds}
        onChange={(values) => set('sourceIds', values)}
        clearable
        data-testid="filter-source"
      />
      <MultiSelect
        w={220}
        placeholder={state.taxRegimes.length ? undefined : t('leads.table.filters.regime')}
        aria-label={t('leads.table.filters.regime')}
        data={TAX_REGIMES.map((regime) => ({ value: regime, label: t(`leads.regimes.${regime}`) }))}
        value={state.taxRegimes}
        onChange={(values) => set('taxRegimes', values as LeadTableState['taxRegimes'])}
        clearable
        data-testid="filter-regime"
      />
      <Select
        w={200}
        placeholder={t('leads.table.filters.legalForm')}
        aria-label={t('leads.table.filters.legalForm')}
        data={LEGAL_FORMS.map((form) => ({ value: form, label: t(`leads.legalForms.${form}`) }))}
        value={state.legalForm}
        onChange={(value) => set('legalForm', value as LegalForm | null)}
        clearable
        data-testid="filter-legal-form"
      />
      <MultiSelect
        w={220}
        placeholder={state.regionCodes.length ? undefined : t('leads.table.filters.region')}
        aria-label={t('leads.table.filters.region')}
        data={regionItems(options.regions)}
        value={state.regionCodes}
        onChange={(values) => set('regionCodes', values)}
        searchable
        clearable
        data-testid="filter-region"
      />
      <MultiSelect
        w={220}
        placeholder={state.ownerIds.length ? undefined : t('leads.table.filters.owner')}
        aria-label={t('leads.table.filters.owner')}
        data={options.owners.map((user) => ({ value: user.id, label: user.name }))}
        value={state.ownerIds}
        onChange={(values) => set('ownerIds', values)}
        searchable
        clearable
        data-testid="filter-owner"
      />
      {filtered && (
        <Button
          variant="subtle"
          onClick={() => {
            onSearchChange('');
            onChange({ ...DEFAULT_TABLE_STATE, sort: state.sort, direction: state.direction });
          }}
        >
          {t('leads.table.filters.reset')}
        </Button>
      )}
    </Group>
  );
}
