import { useSortable } from '@dnd-kit/sortable';
import { Avatar, Badge, Card, Group, NativeSelect, Stack, Text, Tooltip } from '@mantine/core';
import type { CSSProperties, SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../gql/graphql';
import { formatNumber } from '../../kernel/i18n/format';
import { initials } from './board';
import { formatDay } from './format';
import { isTaskStatus, PRIORITY_COLORS, TASK_STATUSES } from './projectEnums';
import type { BoardTask } from './useMoveTask';

interface TaskCardViewProps {
  task: BoardTask;
  /** Who else just changed this card, shown briefly with an outline. */
  changedBy?: string | null;
  dragging?: boolean;
  /** Shown when the user may change the status; the fallback to dragging. */
  onStatusChange?: (status: TaskStatus) => void;
}

// the status menu lives inside a draggable card: its events must not start a drag or open the drawer
const stop = (event: SyntheticEvent) => event.stopPropagation();

export function TaskCardView({ task, changedBy, dragging, onStatusChange }: TaskCardViewProps) {
  const { t, i18n } = useTranslation();
  return (
    <Card
      withBorder
      padding="xs"
      shadow={dragging ? 'md' : undefined}
      style={changedBy ? { outline: '2px solid var(--mantine-color-orange-5)', outlineOffset: 1 } : undefined}
    >
      <Stack gap={4}>
        <Text size="sm" fw={600} lineClamp={3}>
          {task.title}
        </Text>
        <Group gap={6} wrap="wrap">
          <Badge size="xs" variant="light" color={PRIORITY_COLORS[task.priority]}>
            {t(`projects.priorities.${task.priority}`)}
          </Badge>
          {task.department && (
            <Text size="xs" c="dimmed">
              {t(`departments.${task.department}`)}
            </Text>
          )}
        </Group>
        <Group gap={6} wrap="nowrap">
          <Tooltip label={task.assignee?.name ?? t('projects.board.unassigned')}>
            <Avatar size="sm" radius="xl" color={task.assignee ? 'teal' : 'gray'} data-testid="task-card-assignee">
              {task.assignee ? initials(task.assignee.name) : '?'}
            </Avatar>
          </Tooltip>
          {task.commentCount > 0 && (
            <Tooltip label={t('projects.board.commentCount', { count: task.commentCount })}>
              <Text size="xs" c="dimmed" data-testid="task-card-comments" data-count={task.commentCount}>
                💬 {formatNumber(task.commentCount, i18n.language)}
              </Text>
            </Tooltip>
          )}
          {task.dueDate != null && (
            <Text size="xs" c={task.overdue ? 'red' : 'dimmed'} fw={task.overdue ? 700 : undefined} data-overdue={task.overdue}>
              {formatDay(task.dueDate, i18n.language)}
            </Text>
          )}
        </Group>
        {onStatusChange && (
          // a row of its own, the card's full width: beside the date a status such as «К выполнению» was cut
          <NativeSelect
            size="xs"
            aria-label={t('projects.board.statusSelect')}
            value={task.status}
            data={TASK_STATUSES.map((status) => ({ value: status, label: t(`projects.taskStatuses.${status}`) }))}
            onChange={(event) => {
              const status = event.currentTarget.value;
              if (isTaskStatus(status)) onStatusChange(status);
            }}
            onPointerDown={stop}
            onKeyDown={stop}
            onClick={stop}
            data-testid="task-status-select"
          />
        )}
        {changedBy && (
          <Text size="xs" c="orange" data-testid="task-card-changed-by">
            {t('projects.board.changedBy', { name: changedBy })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

interface TaskCardProps extends TaskCardViewProps {
  draggable: boolean;
  onOpen: (taskId: string) => void;
}

export function TaskCard({ task, draggable, onOpen, ...view }: TaskCardProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: task.id,
    data: { task },
    disabled: !draggable,
  });
  const style: CSSProperties = {
    transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined,
    transition,
    opacity: isDragging ? 0.4 : 1,
    cursor: draggable ? 'grab' : 'pointer',
    touchAction: draggable ? 'none' : undefined,
  };

  return (
    <div
      ref={setNodeRef}
      style={style}
      {...attributes}
      {...listeners}
      data-testid="task-card"
      data-task-id={task.id}
      data-status={task.status}
      data-changed={view.changedBy ? 'true' : undefined}
      // the pointer sensor needs a few pixels of movement to start a drag, so a click still opens the card
      onClick={() => onOpen(task.id)}
    >
      <TaskCardView task={task} {...view} />
    </div>
  );
}
