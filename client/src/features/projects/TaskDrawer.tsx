import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Drawer, Group, Loader, Select, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { formatDateTime } from '../../kernel/i18n/format';
import { ConfirmDialog } from '../../kernel/ui/ConfirmDialog';
import { useFragment as readFragment } from '../../gql';
import {
  AssignTaskDocument,
  BoardTask_TaskFragmentDoc,
  DeleteTaskDocument,
  Department,
  Role,
  TaskDrawer_TaskFragmentDoc,
  TaskDrawerQueryDocument,
  UpdateTaskDocument,
  type TaskDrawer_TaskFragment,
  type TaskPriority,
  type UpdateTaskInput,
} from '../../gql/graphql';
import { ChecklistEditor, checklistInput, type ChecklistItemDraft } from './ChecklistEditor';
import { asDay, formatDay } from './format';
import { trackOwnWrite } from './ownWrites';
import { isTaskStatus, TASK_PRIORITIES, TASK_STATUS_COLORS, TASK_STATUSES } from './projectEnums';
import { currentTaskOf, type CurrentTask } from './taskConflict';
import { TaskComments } from './TaskComments';
import { TaskHistory } from './TaskHistory';
import { useChangeTaskStatus } from './useMoveTask';
import { useProjectUsers } from './useProjectOptions';

interface DetailsDraft {
  title: string;
  description: string;
  department: Department | null;
  priority: TaskPriority;
  dueDate: string;
}

const draftOf = (task: TaskDrawer_TaskFragment): DetailsDraft => ({
  title: task.title,
  description: task.description ?? '',
  department: task.department,
  priority: task.priority,
  dueDate: asDay(task.dueDate) ?? '',
});

/** Only the fields the user changed, so a save does not undo someone else's other edits. */
function changesOf(task: TaskDrawer_TaskFragment, draft: DetailsDraft): UpdateTaskInput {
  const before = draftOf(task);
  const input: UpdateTaskInput = {};
  if (draft.title.trim() !== before.title) input.title = draft.title.trim();
  if (draft.description !== before.description) input.description = draft.description;
  if (draft.department !== before.department && draft.department) input.department = draft.department;
  if (draft.priority !== before.priority) input.priority = draft.priority;
  if (draft.dueDate !== before.dueDate) {
    if (draft.dueDate) input.dueDate = draft.dueDate;
    else input.clearDueDate = true;
  }
  return input;
}

interface TaskDrawerProps {
  taskId: string | null;
  onClose: () => void;
}

export function TaskDrawer({ taskId, onClose }: TaskDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer opened={taskId !== null} onClose={onClose} position="right" size="lg" title={t('projects.task.tabs.details')}>
      {taskId && <TaskDrawerBody key={taskId} taskId={taskId} onClose={onClose} />}
    </Drawer>
  );
}

function TaskDrawerBody({ taskId, onClose }: { taskId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { options: userOptions, names } = useProjectUsers();
  const { data, error, refetch } = useQuery(TaskDrawerQueryDocument, { variables: { id: taskId }, fetchPolicy: 'cache-and-network' });
  const [draft, setDraft] = useState<DetailsDraft | null>(null);
  const [conflict, setConflict] = useState<CurrentTask | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [updateTask, { loading: saving }] = useMutation(UpdateTaskDocument);
  const [assignTask] = useMutation(AssignTaskDocument);
  const [deleteTask, { loading: deleting }] = useMutation(DeleteTaskDocument);
  const projectId = data?.task.project.id ?? null;
  const changeStatus = useChangeTaskStatus(projectId, () => refetch());

  const task = data ? readFragment(TaskDrawer_TaskFragmentDoc, data.task) : null;
  const boardTask = task ? readFragment(BoardTask_TaskFragmentDoc, task) : null;

  // history and comments follow the task: reload them whenever it changes (here or elsewhere)
  const version = boardTask?.version;
  useEffect(() => {
    if (version !== undefined) void refetch();
  }, [version, refetch]);

  if (error && !data) return <Alert color="red">{errorMessage(error, t)}</Alert>;
  if (!data || !task || !boardTask) return <Loader />;

  const canEdit = data.task.project.canEdit;
  const own = me.role === Role.Accountant && boardTask.assignee?.id === me.id;
  const current = draft ?? draftOf(task);
  const edit = (patch: Partial<DetailsDraft>) => setDraft({ ...current, ...patch });

  const onFailure = (failure: unknown) => {
    const currentTask = currentTaskOf(failure);
    if (currentTask) setConflict(currentTask);
    else notifications.show({ color: 'red', message: errorMessage(failure, t) });
  };

  const save = async (input: UpdateTaskInput) => {
    if (Object.keys(input).length === 0) return;
    try {
      await trackOwnWrite(task.id, async () => {
        const result = await updateTask({ variables: { id: task.id, version: boardTask.version, input } });
        return result.data ? readFragment(BoardTask_TaskFragmentDoc, readFragment(TaskDrawer_TaskFragmentDoc, result.data.updateTask)) : null;
      });
      setDraft(null);
      notifications.show({ color: 'teal', message: t('projects.task.saved') });
    } catch (failure) {
      onFailure(failure);
    }
  };

  const assign = async (assigneeId: string | null) => {
    try {
      await trackOwnWrite(task.id, async () => {
        const result = await assignTask({ variables: { id: task.id, version: boardTask.version, assigneeId } });
        return result.data ? readFragment(BoardTask_TaskFragmentDoc, result.data.assignTask) : null;
      });
    } catch (failure) {
      onFailure(failure);
    }
  };

  const remove = async () => {
    try {
      await trackOwnWrite(task.id, async () => {
        const result = await deleteTask({
          variables: { id: task.id, version: boardTask.version },
          update(cache) {
            if (!projectId) return;
            cache.modify({
              id: cache.identify({ __typename: 'Project', id: projectId }),
              fields: {
                tasks: (existing: readonly { __ref: string }[] = [], { readField }) => existing.filter((ref) => readField('id', ref) !== task.id),
              },
            });
          },
        });
        return result.data ? readFragment(BoardTask_TaskFragmentDoc, result.data.deleteTask) : null;
      });
      setConfirmDelete(false);
      onClose();
    } catch (failure) {
      setConfirmDelete(false);
      onFailure(failure);
    }
  };

  const reload = async () => {
    await refetch();
    setDraft(null);
    setConflict(null);
  };

  const saveChecklist = (items: ChecklistItemDraft[]) => void save({ checklist: checklistInput(items) });

  return (
    <Stack data-testid="task-drawer" data-task-id={task.id}>
      {conflict && (
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
            <Button size="xs" w="fit-content" onClick={() => void reload()} data-testid="task-reload">
              {t('projects.task.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      <Tabs defaultValue="details">
        <Tabs.List>
          <Tabs.Tab value="details">{t('projects.task.tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="comments" data-testid="task-tab-comments">
            {t('projects.task.tabs.comments', { count: data.task.comments.length })}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="task-tab-history">
            {t('projects.task.tabs.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <Stack gap="sm">
            <TextInput
              label={t('projects.task.title')}
              value={current.title}
              readOnly={!canEdit}
              onChange={(event) => edit({ title: event.currentTarget.value })}
              data-testid="task-title"
            />
            <Group grow>
              <Select
                label={t('projects.task.status')}
                data={TASK_STATUSES.map((status) => ({ value: status, label: t(`projects.taskStatuses.${status}`) }))}
                value={boardTask.status}
                allowDeselect={false}
                disabled={!canEdit && !own}
                onChange={(status) => isTaskStatus(status) && void changeStatus(boardTask, status)}
                data-testid="task-drawer-status"
              />
              <Select
                label={t('projects.task.assignee')}
                placeholder={t('projects.task.unassigned')}
                data={userOptions}
                value={boardTask.assignee?.id ?? null}
                searchable
                clearable
                disabled={!canEdit}
                onChange={(assigneeId) => void assign(assigneeId)}
                data-testid="task-assignee"
              />
            </Group>
            <Group grow>
              <Select
                label={t('projects.task.department')}
                placeholder={t('projects.task.noDepartment')}
                data={Object.values(Department).map((department) => ({ value: department, label: t(`departments.${department}`) }))}
                value={current.department}
                disabled={!canEdit}
                onChange={(department) => edit({ department: department as Department | null })}
              />
              <Select
                label={t('projects.task.priority')}
                data={TASK_PRIORITIES.map((priority) => ({ value: priority, label: t(`projects.priorities.${priority}`) }))}
                value={current.priority}
                allowDeselect={false}
                disabled={!canEdit}
                onChange={(priority) => priority && edit({ priority: priority as TaskPriority })}
              />
              <TextInput
                type="date"
                label={t('projects.task.dueDate')}
                value={current.dueDate}
                readOnly={!canEdit}
                error={boardTask.overdue ? t('projects.task.overdue') : undefined}
                onChange={(event) => edit({ dueDate: event.currentTarget.value })}
              />
            </Group>
            <Textarea
              label={t('projects.task.description')}
              autosize
              minRows={3}
              value={current.description}
              readOnly={!canEdit}
              onChange={(event) => edit({ description: event.currentTarget.value })}
              data-testid="task-description"
            />
            {canEdit && (
              <Group justify="space-between">
                <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)} data-testid="task-delete">
                  {t('projects.task.delete')}
                </Button>
                <Button
                  onClick={() => void save(changesOf(task, current))}
                  loading={saving}
                  disabled={!draft || !current.title.trim()}
                  data-testid="task-save"
                >
                  {t('projects.task.save')}
                </Button>
              </Group>
            )}
            <Text fw={600} size="sm" mt="sm">
              {t('projects.checklist.title')}
            </Text>
            <ChecklistEditor items={task.checklist} readOnly={!canEdit} onChange={saveChecklist} testId="task-checklist" />
            {data.task.dependencies.length > 0 && (
              <Stack gap={4} data-testid="task-dependencies">
                <Text fw={600} size="sm">
                  {t('projects.task.dependsOn')}
                </Text>
                {data.task.dependencies.map((dependency) => (
                  <Group key={dependency.id} gap="xs" wrap="nowrap">
                    <Badge variant="light" size="sm" color={TASK_STATUS_COLORS[dependency.status]}>
                      {t(`projects.taskStatuses.${dependency.status}`)}
                    </Badge>
                    <Text size="sm">{dependency.title}</Text>
                  </Group>
                ))}
              </Stack>
            )}
            <Text size="xs" c="dimmed">
              {t('projects.task.createdBy', {
                name: task.createdBy?.name ?? t('projects.task.history.system'),
                at: formatDateTime(task.createdAt, i18n.language),
              })}
            </Text>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="comments" pt="md">
          <TaskComments taskId={task.id} comments={data.task.comments} canComment={canEdit || own} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <TaskHistory history={data.task.history} />
        </Tabs.Panel>
      </Tabs>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('projects.task.deleteTitle')}
        message={t('projects.task.deleteConfirm', { title: task.title })}
        confirmLabel={t('projects.task.delete')}
        danger
        loading={deleting}
        onConfirm={() => void remove()}
        onClose={() => setConfirmDelete(false)}
      />
    </Stack>
  );
}
