import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import {
  BoardTask_TaskFragmentDoc,
  TaskDrawer_TaskFragmentDoc,
  TaskRights_TaskFragmentDoc,
  type TaskDrawerQueryQuery,
  type TaskStatus,
} from '../../gql/graphql';
import { formatDateTime } from '../../kernel/i18n/format';
import { TaskDependencies } from './TaskDependencies';
import { detailsOf, type TaskWrites } from './taskDetails';
import { TaskDetailsForm } from './TaskDetailsForm';
import { TaskDetailsView } from './TaskDetailsView';
import { TaskStatusPanel } from './TaskStatusPanel';

interface TaskDetailsTabProps {
  task: TaskDrawerQueryQuery['task'];
  userOptions: { value: string; label: string }[];
  /** a new form after a save or a reload, so that it starts from the server's task */
  formKey: number;
  saving: boolean;
  onStatus: (status: TaskStatus) => void;
  onSave: (writes: TaskWrites) => Promise<unknown>;
  onFailure: (failure: unknown) => void;
  onDelete: () => void;
}

/**
 * The drawer's «Детали» tab: for a viewer who may edit the task, one form of every field saved by
 * «Сохранить»; for the others the fields as text, with the status select of an accountant's own
 * task; then what the task waits for and who created it.
 */
export function TaskDetailsTab({ task: queried, userOptions, formKey, saving, onStatus, onSave, onFailure, onDelete }: TaskDetailsTabProps) {
  const { t, i18n } = useTranslation();
  const task = readFragment(TaskDrawer_TaskFragmentDoc, queried);
  const boardTask = readFragment(BoardTask_TaskFragmentDoc, task);
  // the server's answer for this viewer (project editors, or an accountant on their own task)
  const rights = readFragment(TaskRights_TaskFragmentDoc, queried);
  return (
    <Stack gap="sm">
      {rights.viewerCanEdit ? (
        <TaskDetailsForm
          key={formKey}
          details={detailsOf({ ...task, status: boardTask.status, assignee: boardTask.assignee })}
          version={boardTask.version}
          overdue={boardTask.overdue}
          saving={saving}
          userOptions={userOptions}
          onSave={onSave}
          onFailure={onFailure}
          onDelete={onDelete}
        />
      ) : (
        <>
          <TaskStatusPanel task={boardTask} canChangeStatus={rights.viewerCanChangeStatus} onStatus={onStatus} />
          <TaskDetailsView details={detailsOf({ ...task, status: boardTask.status, assignee: boardTask.assignee })} overdue={boardTask.overdue} />
        </>
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
