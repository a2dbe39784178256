import { Group, MultiSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TimelineKind } from '../../gql/graphql';

interface TimelineFiltersProps {
  kinds: string[];
  onKindsChange: (kinds: string[]) => void;
  personIds: string[];
  onPersonIdsChange: (personIds: string[]) => void;
  people: { id: string; name: string }[];
  search: string;
  onSearchChange: (search: string) => void;
}

/** What a timeline shows: the kinds of item, the people, or a full-text search instead. */
export function TimelineFilters({ kinds, onKindsChange, personIds, onPersonIdsChange, people, search, onSearchChange }: TimelineFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-end">
      <MultiSelect
        label={t('correspondence.filters.kinds')}
        data={Object.values(TimelineKind).map((kind) => ({ value: kind, label: t(`correspondence.kinds.${kind}`) }))}
        value={kinds}
        onChange={onKindsChange}
        clearable
      />
      <MultiSelect label={t('correspondence.filters.people')} data={people.map((p) => ({ value: p.id, label: p.name }))} value={personIds} onChange={onPersonIdsChange} clearable searchable />
      <TextInput
        label={t('correspondence.filters.search')}
        description={t('correspondence.filters.searchHint')}
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        maxLength={200}
        data-testid="timeline-search"
      />
    </Group>
  );
}
