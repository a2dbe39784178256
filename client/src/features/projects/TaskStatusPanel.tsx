import { Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardTask_TaskFragment, TaskStatus } from '../../gql/graphql';
import { isTaskStatus, TASK_STATUSES } from './projectEnums';

interface TaskStatusPanelProps {
  task: BoardTask_TaskFragment;
  canChangeStatus: boolean;
  onStatus: (status: TaskStatus) => void;
}

/**
 * Status and assignee for a viewer who may not edit the task: an accountant changes the status of
 * their own task — the one thing they may change, so it applies at once, as on the board; the
 * assignee is text.
 */
export function TaskStatusPanel({ task, canChangeStatus, onStatus }: TaskStatusPanelProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-light)" data-testid="task-quick-actions">
      <Group grow align="flex-start">
        {canChangeStatus ? (
          <Select
            label={t('projects.task.status')}
            data={TASK_STATUSES.map((status) => ({ value: status, label: t(`projects.taskStatuses.${status}`) }))}
            value={task.status}
            allowDeselect={false}
            onChange={(status) => isTaskStatus(status) && onStatus(status)}
            data-testid="task-drawer-status"
          />
        ) : (
          <ReadOnlyValue label={t('projects.task.status')} value={t(`projects.taskStatuses.${task.status}`)} testId="task-drawer-status-text" />
        )}
        <ReadOnlyValue label={t('projects.task.assignee')} value={task.assignee?.name ?? t('projects.task.unassigned')} testId="task-assignee-text" />
      </Group>
    </Paper>
  );
}

/** A value the viewer may not change, as text rather than a disabled control. */
function ReadOnlyValue({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}
