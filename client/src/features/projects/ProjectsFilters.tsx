import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROJECT_STATUSES } from './projectEnums';
import { useLeadSearch, useProjectUsers, type Option } from './useProjectOptions';

export interface ProjectsFilterValues {
  search: string;
  statuses: string[];
  coordinatorId: string | null;
  lead: Option | null;
}

/** The projects list's filters: a name search, statuses, the coordinator and the client (looked up as typed). */
export function ProjectsFilters({ value, onChange }: { value: ProjectsFilterValues; onChange: (next: ProjectsFilterValues) => void }) {
  const { t } = useTranslation();
  const [leadSearch, setLeadSearch] = useState('');
  const { options: userOptions } = useProjectUsers();
  const { options: leadOptions } = useLeadSearch(leadSearch, value.lead);
  return (
    <Group align="flex-end">
      <TextInput
        label={t('projects.list.search')}
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.currentTarget.value })}
        data-testid="projects-search"
      />
      <MultiSelect
        label={t('projects.list.status')}
        data={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`projects.statuses.${status}`) }))}
        value={value.statuses}
        onChange={(statuses) => onChange({ ...value, statuses })}
        clearable
        miw={200}
        data-testid="projects-status-filter"
      />
      <Select
        label={t('projects.list.coordinator')}
        data={userOptions}
        value={value.coordinatorId}
        onChange={(coordinatorId) => onChange({ ...value, coordinatorId })}
        searchable
        clearable
        data-testid="projects-coordinator-filter"
      />
      <Select
        label={t('projects.list.client')}
        data={leadOptions}
        value={value.lead?.value ?? null}
        searchValue={leadSearch}
        onSearchChange={setLeadSearch}
        onChange={(lead, option) => onChange({ ...value, lead: lead && option ? { value: lead, label: option.label } : null })}
        filter={({ options }) => options}
        searchable
        clearable
        data-testid="projects-client-filter"
      />
    </Group>
  );
}
