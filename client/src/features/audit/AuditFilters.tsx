import { Button, Group, MultiSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../kernel/ui/DayInput';
import { eventTypesByArea } from './auditFilters';
import type { AuditFilterState } from './useAuditFilter';

/** The audit log's filters: people, event types grouped by area, a period, and a reset. */
export function AuditFilters({ state, users }: { state: AuditFilterState; users: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Group align="flex-end" wrap="wrap" data-testid="audit-filters">
        <MultiSelect
          label={t('auditLog.filters.actors')}
          placeholder={state.actorIds.length ? undefined : t('auditLog.filters.actorsPlaceholder')}
          data={users.map((user) => ({ value: user.id, label: user.name }))}
          value={state.actorIds}
          onChange={state.setActorIds}
          searchable
          clearable
          w={240}
        />
        <MultiSelect
          label={t('auditLog.filters.types')}
          placeholder={state.types.length ? undefined : t('auditLog.filters.typesPlaceholder')}
          data={eventTypesByArea().map(([area, list]) => ({
            group: t(`auditLog.areas.${area}`),
            items: list.map((type) => ({ value: type, label: t(`audit.events.${type}`, { defaultValue: type }) })),
          }))}
          value={state.types}
          onChange={state.setTypes}
          searchable
          clearable
          w={320}
        />
        <DayInput
          label={t('auditLog.filters.from')}
          value={state.from}
          onChange={state.setFrom}
          clearable
          w={150}
          data-testid="audit-filter-from"
        />
        <DayInput
          label={t('auditLog.filters.to')}
          value={state.to}
          onChange={state.setTo}
          error={state.badPeriod}
          clearable
          w={150}
          data-testid="audit-filter-to"
        />
        {state.filtered && (
          <Button variant="subtle" onClick={state.reset}>
            {t('auditLog.filters.reset')}
          </Button>
        )}
      </Group>
      {state.badPeriod && <Text c="red" size="sm">{t('auditLog.filters.invalidPeriod')}</Text>}
    </>
  );
}
