import { Button, Group, MultiSelect, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
        <TextInput
          label={t('auditLog.filters.from')}
          placeholder="ДД.ММ.ГГГГ"
          value={state.fromText}
          onChange={(event) => state.setFromText(event.currentTarget.value)}
          error={state.badFrom}
          w={130}
        />
        <TextInput
          label={t('auditLog.filters.to')}
          placeholder="ДД.ММ.ГГГГ"
          value={state.toText}
          onChange={(event) => state.setToText(event.currentTarget.value)}
          error={state.badTo || state.badPeriod}
          w={130}
        />
        {(state.filtered || state.fromText || state.toText) && (
          <Button variant="subtle" onClick={state.reset}>
            {t('auditLog.filters.reset')}
          </Button>
        )}
      </Group>
      {state.badPeriod && <Text c="red" size="sm">{t('auditLog.filters.invalidPeriod')}</Text>}
    </>
  );
}
