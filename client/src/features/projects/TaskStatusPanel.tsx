import { Group, Paper, Select, Stack, Text } from '@mantine/core';
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
        {canAssign ? (
          <Select
            label={t('projects.task.assignee')}
            placeholder={t('projects.task.unassigned')}
            data={userOptions}
            value={task.assignee?.id ?? null}
            searchable
            clearable
            onChange={onAssign}
            data-testid="task-assignee"
          />
        ) : (
          <ReadOnlyValue label={t('projects.task.assignee')} value={task.assignee?.name ?? t('projects.task.unassigned')} testId="task-assignee-text" />
        )}
      </Group>
      {(canChangeStatus || canAssign) && (
        <Text size="xs" c="dimmed" mt={6}>
          {t('projects.task.immediateHint')}
        </Text>
      )}
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
