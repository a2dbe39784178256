import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Grid,
  Group,
  Loader,
  MultiSelect,
  NavLink,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { useFragment as readFragment } from '../../gql';
import {
  CreateProjectTemplateDocument,
  Department,
  ProjectTemplatesPageQueryDocument,
  Role,
  TemplateEditor_TemplateFragmentDoc,
  UpdateProjectTemplateDocument,
  type TaskPriority,
  type TemplateEditor_TemplateFragment,
} from '../../gql/graphql';
import { canEditTemplates, TASK_PRIORITIES } from './projectEnums';
import {
  emptyTask,
  removeTask,
  renameKey,
  templateInput,
  templateProblems,
  type TemplateDraft,
  type TemplateTaskDraft,
} from './templateDraft';

const NEW = 'new';

function draftOf(template: TemplateEditor_TemplateFragment): TemplateDraft {
  return {
    name: template.name,
    description: template.description ?? '',
    archived: template.archived,
    tasks: template.tasks.map((task) => ({
      key: task.key,
      title: task.title,
      description: task.description ?? '',
      department: task.department,
      assigneeRole: task.assigneeRole,
      priority: task.priority,
      dueInWorkingDays: task.dueInWorkingDays,
      dependsOn: [...task.dependsOn],
    })),
  };
}

export function TemplatesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { data, error, loading, refetch } = useQuery(ProjectTemplatesPageQueryDocument, { fetchPolicy: 'cache-and-network' });
  const templates = readFragment(TemplateEditor_TemplateFragmentDoc, data?.projectTemplates ?? []);
  const [selected, setSelected] = useState<string | null>(null);
  const editable = canEditTemplates(me.role);
  const template = templates.find((candidate) => candidate.id === selected) ?? null;

  return (
    <Stack>
      <Anchor component={Link} to="/projects" size="sm">
        {t('projects.project.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={2}>{t('projects.templates.title')}</Title>
        {editable && (
          <Button onClick={() => setSelected(NEW)} data-testid="template-new">
            {t('projects.templates.new')}
          </Button>
        )}
      </Group>
      {!editable && <Alert color="blue">{t('projects.templates.readOnly')}</Alert>}
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p="xs">
            {templates.length === 0 && data && <Text c="dimmed">{t('projects.templates.empty')}</Text>}
            {templates.map((candidate) => (
              <NavLink
                key={candidate.id}
                label={candidate.name}
                description={candidate.archived ? t('projects.templates.archived') : undefined}
                active={candidate.id === selected}
                onClick={() => setSelected(candidate.id)}
                data-testid="template-item"
              />
            ))}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {selected === NEW ? (
            <TemplateEditor key={NEW} template={null} editable={editable} onSaved={setSelected} onConflict={() => void refetch()} />
          ) : template ? (
            <TemplateEditor
              key={`${template.id}:${template.version}`}
              template={template}
              editable={editable}
              onSaved={setSelected}
              onConflict={() => void refetch()}
            />
          ) : (
            <Text c="dimmed">{t('projects.templates.pick')}</Text>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

interface TemplateEditorProps {
  template: TemplateEditor_TemplateFragment | null;
  editable: boolean;
  onSaved: (id: string) => void;
  onConflict: () => void;
}

/** Remounted per template version (its key), so a save or a reload starts from the server's copy. */
function TemplateEditor({ template, editable, onSaved, onConflict }: TemplateEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TemplateDraft>(() =>
    template ? draftOf(template) : { name: t('projects.templates.newName'), description: '', archived: false, tasks: [] },
  );
  const [showProblems, setShowProblems] = useState(false);
  const [create, { loading: creating }] = useMutation(CreateProjectTemplateDocument, { refetchQueries: [ProjectTemplatesPageQueryDocument] });
  const [update, { loading: updating }] = useMutation(UpdateProjectTemplateDocument);
  const problems = templateProblems(draft);
  const problemAt = (path: string) => {
    const problem = showProblems ? problems.find((candidate) => candidate.path === path) : undefined;
    return problem ? t(`projects.templates.problems.${problem.message}`, problem.params) : undefined;
  };
  const editTask = (index: number, patch: Partial<TemplateTaskDraft>) =>
    setDraft({ ...draft, tasks: draft.tasks.map((task, i) => (i === index ? { ...task, ...patch } : task)) });

  const save = async () => {
    setShowProblems(true);
    if (problems.length) return;
    try {
      const input = templateInput(draft);
      const id = template
        ? (await update({ variables: { id: template.id, version: template.version, input } })).data?.updateProjectTemplate.id
        : (await create({ variables: { input } })).data?.createProjectTemplate.id;
      notifications.show({ color: 'teal', message: t('projects.templates.saved') });
      if (id) onSaved(id);
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        notifications.show({ color: 'yellow', message: t('projects.templates.conflict') });
        onConflict();
      } else {
        notifications.show({ color: 'red', message: errorMessage(error, t) });
      }
    }
  };

  const roleOptions = Object.values(Role).map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const departmentOptions = Object.values(Department).map((department) => ({ value: department, label: t(`departments.${department}`) }));
  const priorityOptions = TASK_PRIORITIES.map((priority) => ({ value: priority, label: t(`projects.priorities.${priority}`) }));

  return (
    <Stack data-testid="template-editor">
      <Group align="flex-end">
        <TextInput
          flex={1}
          label={t('projects.templates.name')}
          value={draft.name}
          readOnly={!editable}
          error={problemAt('name')}
          onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
          data-testid="template-name"
        />
        <Checkbox
          label={t('projects.templates.archived')}
          checked={draft.archived}
          disabled={!editable}
          onChange={(event) => setDraft({ ...draft, archived: event.currentTarget.checked })}
          mb={8}
        />
      </Group>
      <Textarea
        label={t('projects.templates.description')}
        autosize
        minRows={2}
        value={draft.description}
        readOnly={!editable}
        onChange={(event) => setDraft({ ...draft, description: event.currentTarget.value })}
      />
      <Title order={4}>{t('projects.templates.tasks')}</Title>
      {draft.tasks.map((task, index) => (
        <Paper key={index} withBorder p="sm" data-testid="template-task">
          <Stack gap="xs">
            <Group align="flex-start" wrap="nowrap">
              <TextInput
                w={140}
                label={t('projects.templates.key')}
                value={task.key}
                readOnly={!editable}
                error={problemAt(`tasks.${index}.key`)}
                onChange={(event) => setDraft({ ...draft, tasks: renameKey(draft.tasks, index, event.currentTarget.value) })}
              />
              <TextInput
                flex={1}
                label={t('projects.templates.taskTitle')}
                value={task.title}
                readOnly={!editable}
                error={problemAt(`tasks.${index}.title`)}
                onChange={(event) => editTask(index, { title: event.currentTarget.value })}
              />
              {editable && (
                <ActionIcon
                  mt={26}
                  variant="subtle"
                  color="red"
                  aria-label={t('projects.templates.removeTask')}
                  onClick={() => setDraft({ ...draft, tasks: removeTask(draft.tasks, index) })}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
            <Textarea
              label={t('projects.templates.taskDescription')}
              autosize
              minRows={1}
              value={task.description}
              readOnly={!editable}
              onChange={(event) => editTask(index, { description: event.currentTarget.value })}
            />
            <Group grow align="flex-start">
              <Select
                label={t('projects.templates.role')}
                placeholder={t('projects.templates.anyRole')}
                data={roleOptions}
                value={task.assigneeRole}
                clearable
                disabled={!editable}
                onChange={(role) => editTask(index, { assigneeRole: role as Role | null })}
              />
              <Select
                label={t('projects.templates.department')}
                placeholder={t('projects.task.noDepartment')}
                data={departmentOptions}
                value={task.department}
                clearable
                disabled={!editable}
                error={problemAt(`tasks.${index}.department`)}
                onChange={(department) => editTask(index, { department: department as Department | null })}
              />
              <Select
                label={t('projects.templates.priority')}
                data={priorityOptions}
                value={task.priority}
                clearable
                disabled={!editable}
                onChange={(priority) => editTask(index, { priority: priority as TaskPriority | null })}
              />
              <NumberInput
                label={t('projects.templates.dueIn')}
                min={0}
                max={365}
                value={task.dueInWorkingDays}
                readOnly={!editable}
                onChange={(value) => editTask(index, { dueInWorkingDays: typeof value === 'number' ? value : Number(value) || 0 })}
              />
            </Group>
            <MultiSelect
              label={t('projects.templates.dependsOn')}
              data={draft.tasks
                .filter((other) => other.key && other.key !== task.key)
                .map((other) => ({ value: other.key, label: `${other.key} — ${other.title}` }))}
              value={task.dependsOn}
              disabled={!editable}
              onChange={(dependsOn) => editTask(index, { dependsOn })}
            />
          </Stack>
        </Paper>
      ))}
      {editable && (
        <Group justify="space-between">
          <Button variant="light" onClick={() => setDraft({ ...draft, tasks: [...draft.tasks, emptyTask(draft.tasks)] })} data-testid="template-add-task">
            {t('projects.templates.addTask')}
          </Button>
          <Button onClick={() => void save()} loading={creating || updating} data-testid="template-save">
            {t('projects.templates.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
