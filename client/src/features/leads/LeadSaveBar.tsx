import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The card's save row: unsaved changes, «Отменить изменения» and «Сохранить». */
export function LeadSaveBar({ dirty, saving, onDiscard }: { dirty: boolean; saving: boolean; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {dirty && (
        <>
          <Badge color="yellow" variant="light" data-testid="lead-unsaved">
            {t('leads.card.unsaved')}
          </Badge>
          <Button variant="default" onClick={onDiscard} data-testid="lead-discard">
            {t('leads.card.discard')}
          </Button>
        </>
      )}
      <Button type="submit" loading={saving} data-testid="lead-save">
        {t('leads.card.save')}
      </Button>
    </Group>
  );
}

/** Someone else saved the lead first: reload it and make the change again. */
export function LeadConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('leads.card.conflict')} data-testid="lead-conflict">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('leads.card.conflictHint')}</Text>
        <Button size="xs" variant="light" onClick={onReload} data-testid="lead-reload">
          {t('leads.card.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
