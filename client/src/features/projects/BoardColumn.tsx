import { useMutation } from '@apollo/client/react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { useFragment as readFragment } from '../../gql';
import { BoardTask_TaskFragmentDoc, CreateTaskDocument, type TaskStatus } from '../../gql/graphql';
import { rememberOwnWrite } from './ownWrites';
import { TASK_STATUS_COLORS } from './projectEnums';
import { TaskCard } from './TaskCard';
import type { BoardTask } from './useMoveTask';

interface BoardColumnProps {
  projectId: string;
  status: TaskStatus;
  tasks: BoardTask[];
  canEdit: boolean;
  /** Whether the user may change this task's status (editors; accountants on their own tasks). */
  canChangeStatus: (task: BoardTask) => boolean;
  changedBy: ReadonlyMap<string, string>;
  onOpen: (taskId: string) => void;
  onStatusChange: (task: BoardTask, status: TaskStatus) => void;
}

export function BoardColumn(props: BoardColumnProps) {
  const { status, tasks, canEdit } = props;
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: status });

  return (
    <Paper
      withBorder
      p="xs"
      miw={170}
      bg={isOver ? 'var(--mantine-color-teal-light)' : 'var(--mantine-color-gray-light)'}
      // the statuses share the width: all columns fit at 1366 px, narrower screens scroll sideways
      style={{ flex: '1 0 170px' }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start" preventGrowOverflow={false}>
          <Text fw={600} size="sm" c={TASK_STATUS_COLORS[status]}>
            {t(`projects.taskStatuses.${status}`)}
          </Text>
          <Badge variant="light" color={TASK_STATUS_COLORS[status]} style={{ flexShrink: 0 }}>
            {tasks.length}
          </Badge>
        </Group>
        <SortableContext id={status} items={tasks.map((task) => task.id)} strategy={verticalListSortingStrategy}>
          {/* the droppable area: the whole column body, tall enough to drop on when empty */}
          <Stack ref={setNodeRef} gap="xs" mih={320} data-testid={`board-column-${status}`} data-status={status}>
            {tasks.map((task) => (
              <TaskCard
                key={task.id}
                task={task}
                draggable={canEdit}
                changedBy={props.changedBy.get(task.id)}
                onOpen={props.onOpen}
                onStatusChange={props.canChangeStatus(task) ? (next) => props.onStatusChange(task, next) : undefined}
              />
            ))}
            {tasks.length === 0 && (
              <Text size="xs" c="dimmed" ta="center" py="md">
                {t('projects.board.empty')}
              </Text>
            )}
          </Stack>
        </SortableContext>
        {canEdit && <AddTask projectId={props.projectId} status={status} />}
      </Stack>
    </Paper>
  );
}

function AddTask({ projectId, status }: { projectId: string; status: TaskStatus }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [create, { loading }] = useMutation(CreateTaskDocument, {
    update(cache, { data }) {
      if (!data) return;
      const task = readFragment(BoardTask_TaskFragmentDoc, data.createTask);
      cache.modify({
        id: cache.identify({ __typename: 'Project', id: projectId }),
        fields: {
          tasks: (existing: readonly { __ref: string }[] = [], { readField, toReference }) => {
            if (existing.some((ref) => readField('id', ref) === task.id)) return existing;
            const ref = toReference({ __typename: 'Task', id: task.id });
            return ref ? [...existing, ref] : existing;
          },
        },
      });
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    try {
      const { data } = await create({ variables: { input: { projectId, status, title: title.trim() } } });
      if (data) {
        const task = readFragment(BoardTask_TaskFragmentDoc, data.createTask);
        rememberOwnWrite(task.id, task.version);
      }
      setTitle('');
      setOpen(false);
    } catch (error) {
      notifications.show({ color: 'red', message: t('projects.board.createError', { message: errorMessage(error, t) }) });
    }
  };

  if (!open) {
    return (
      <Button variant="subtle" size="xs" onClick={() => setOpen(true)} data-testid={`add-task-${status}`}>
        {t('projects.board.addTask')}
      </Button>
    );
  }
  return (
    <form onSubmit={submit}>
      <Stack gap={4}>
        <TextInput
          size="xs"
          autoFocus
          placeholder={t('projects.board.newTaskTitle')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
          data-testid="new-task-title"
        />
        <Group gap={4} justify="flex-end">
          <Button size="xs" variant="default" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
          <Button size="xs" type="submit" loading={loading} disabled={!title.trim()} data-testid="new-task-submit">
            {t('projects.board.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
