import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import {
  BoardTask_TaskFragmentDoc,
  TaskDrawer_TaskFragmentDoc,
  TaskRights_TaskFragmentDoc,
  type TaskDrawerQueryQuery,
  type TaskStatus,
  type UpdateTaskInput,
} from '../../gql/graphql';
import { formatDateTime } from '../../kernel/i18n/format';
import { TaskDependencies } from './TaskDependencies';
import { detailsOf } from './taskDetails';
import { TaskDetailsForm } from './TaskDetailsForm';
import { TaskDetailsView } from './TaskDetailsView';
import { TaskQuickActions } from './TaskQuickActions';

interface TaskDetailsTabProps {
  task: TaskDrawerQueryQuery['task'];
  userOptions: { value: string; label: string }[];
  /** a new form after a save or a reload, so that it starts from the server's task */
  formKey: number;
  saving: boolean;
  onStatus: (status: TaskStatus) => void;
  onAssign: (assigneeId: string | null) => void;
  onSave: (input: UpdateTaskInput) => Promise<unknown>;
  onFailure: (failure: unknown) => void;
  onDelete: () => void;
}

/**
 * The drawer's «Детали» tab: status and assignee that change at once, the fields as a form for a
 * viewer who may edit the task (read-only otherwise), what the task waits for and who created it.
 */
export function TaskDetailsTab({ task: queried, userOptions, formKey, saving, onStatus, onAssign, onSave, onFailure, onDelete }: TaskDetailsTabProps) {
  const { t, i18n } = useTranslation();
  const task = readFragment(TaskDrawer_TaskFragmentDoc, queried);
  const boardTask = readFragment(BoardTask_TaskFragmentDoc, task);
  // the server's answer for this viewer (project editors, or an accountant on their own task)
  const rights = readFragment(TaskRights_TaskFragmentDoc, queried);
  return (
    <Stack gap="sm">
      <TaskQuickActions
        task={boardTask}
        userOptions={userOptions}
        canChangeStatus={rights.viewerCanChangeStatus}
        canAssign={rights.viewerCanEdit}
        onStatus={onStatus}
        onAssign={onAssign}
      />
      {rights.viewerCanEdit ? (
        <TaskDetailsForm
          key={formKey}
          details={detailsOf(task)}
          version={boardTask.version}
          overdue={boardTask.overdue}
          saving={saving}
          onSave={onSave}
          onFailure={onFailure}
          onDelete={onDelete}
        />
      ) : (
        <TaskDetailsView details={detailsOf(task)} overdue={boardTask.overdue} />
      )}
      <TaskDependencies dependencies={queried.dependencies} />
      <Text size="xs" c="dimmed">
        {t('projects.task.createdBy', {
          name: task.createdBy?.name ?? t('projects.task.history.system'),
          at: formatDateTime(task.createdAt, i18n.language),
        })}
      </Text>
    </Stack>
  );
}
