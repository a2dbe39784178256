import { Group, Paper, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardTask_TaskFragment, TaskStatus } from '../../gql/graphql';
import { isTaskStatus, TASK_STATUSES } from './projectEnums';

interface TaskQuickActionsProps {
  task: BoardTask_TaskFragment;
  userOptions: { value: string; label: string }[];
  canChangeStatus: boolean;
  canAssign: boolean;
  onStatus: (status: TaskStatus) => void;
  onAssign: (assigneeId: string | null) => void;
}

/**
 * Status and assignee: actions that take effect at once, like moving the card on the board —
 * apart from the edited fields below, which wait for «Сохранить».
 */
export function TaskQuickActions({ task, userOptions, canChangeStatus, canAssign, onStatus, onAssign }: TaskQuickActionsProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-light)" data-testid="task-quick-actions">
      <Group grow align="flex-start">
        <Select
          label={t('projects.task.status')}
          data={TASK_STATUSES.map((status) => ({ value: status, label: t(`projects.taskStatuses.${status}`) }))}
          value={task.status}
          allowDeselect={false}
          disabled={!canChangeStatus}
          onChange={(status) => isTaskStatus(status) && onStatus(status)}
          data-testid="task-drawer-status"
        />
        <Select
          label={t('projects.task.assignee')}
          placeholder={t('projects.task.unassigned')}
          data={userOptions}
          value={task.assignee?.id ?? null}
          searchable
          clearable
          disabled={!canAssign}
          onChange={onAssign}
          data-testid="task-assignee"
        />
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        {t('projects.task.immediateHint')}
      </Text>
    </Paper>
  );
}
