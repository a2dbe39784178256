import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from './format';
import type { CurrentTask } from './taskConflict';

interface TaskConflictAlertProps {
  conflict: CurrentTask;
  /** user names by id */
  names: ReadonlyMap<string, string>;
  onReload: () => void;
}

/** A save was refused as stale: the task as the server holds it now, and a way to load it. */
export function TaskConflictAlert({ conflict, names, onReload }: TaskConflictAlertProps) {
  const { t, i18n } = useTranslation();
  return (
    <Alert color="yellow" title={t('projects.task.conflictTitle')} data-testid="task-conflict">
      <Stack gap={4}>
        <Text size="sm">{t('projects.task.conflictText')}</Text>
        <Text size="sm">
          {t('projects.task.title')}: {conflict.title}
        </Text>
        <Text size="sm">
          {t('projects.task.status')}: {t(`projects.taskStatuses.${conflict.status}`, { defaultValue: conflict.status })}
        </Text>
        <Text size="sm">
          {t('projects.task.assignee')}: {conflict.assigneeId ? names.get(conflict.assigneeId) ?? conflict.assigneeId : t('projects.task.unassigned')}
        </Text>
        <Text size="sm">
          {t('projects.task.priority')}: {t(`projects.priorities.${conflict.priority}`, { defaultValue: conflict.priority })}
        </Text>
        <Text size="sm">
          {t('projects.task.dueDate')}: {formatDay(conflict.dueDate, i18n.language) || t('common.none')}
        </Text>
        {conflict.description && (
          <Text size="sm" lineClamp={4}>
            {t('projects.task.description')}: {conflict.description}
          </Text>
        )}
        <Button size="xs" w="fit-content" onClick={onReload} data-testid="task-reload">
          {t('projects.task.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
