import { useMutation } from '@apollo/client/react';
import { Badge, Button, Checkbox, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { setServerFieldErrors } from '../../kernel/forms/serverErrors';
import {
  CreateProjectTemplateDocument,
  ProjectTemplatesPageQueryDocument,
  UpdateProjectTemplateDocument,
  type TemplateEditor_TemplateFragment,
} from '../../gql/graphql';
import { emptyTask, templateDraftOf, templateInput, templateProblems, type TemplateDraft } from './templateDraft';
import { TemplateTaskFields } from './TemplateTaskFields';

interface TemplateEditorProps {
  template: TemplateEditor_TemplateFragment | null;
  editable: boolean;
  onSaved: (id: string) => void;
  onConflict: () => void;
}

/** Remounted per template version (its key), so a save or a reload starts from the server's copy. */
export function TemplateEditor({ template, editable, onSaved, onConflict }: TemplateEditorProps) {
  const { t } = useTranslation();
  const form = useForm<TemplateDraft>({
    initialValues: template ? templateDraftOf(template) : { name: t('projects.templates.newName'), description: '', archived: false, isDefault: false, tasks: [] },
    validate: (draft) =>
      Object.fromEntries(templateProblems(draft).map((problem) => [problem.path, t(`projects.templates.problems.${problem.message}`, problem.params)])),
  });
  const [create, { loading: creating }] = useMutation(CreateProjectTemplateDocument, { refetchQueries: [ProjectTemplatesPageQueryDocument] });
  // making one template the default takes the flag from another: the list is read again
  const [update, { loading: updating }] = useMutation(UpdateProjectTemplateDocument, { refetchQueries: [ProjectTemplatesPageQueryDocument] });

  const save = form.onSubmit(async (draft) => {
    try {
      const input = templateInput(draft);
      const id = template
        ? (await update({ variables: { id: template.id, version: template.version, input } })).data?.updateProjectTemplate.id
        : (await create({ variables: { input } })).data?.createProjectTemplate.id;
      notifications.show({ color: 'teal', message: t('projects.templates.saved') });
      form.resetDirty();
      if (id) onSaved(id);
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        notifications.show({ color: 'yellow', message: t('projects.templates.conflict') });
        onConflict();
      } else if (errorCode(error) !== 'BAD_USER_INPUT' || setServerFieldErrors(form, error, (field) => field.replace(/^input\./, '')).matched === 0) {
        notifications.show({ color: 'red', message: errorMessage(error, t) });
      }
    }
  });

  const dirty = editable && form.isDirty();
  return (
    <form onSubmit={save} noValidate>
      <Stack data-testid="template-editor">
        <Group align="flex-start">
          <TextInput flex={1} label={t('projects.templates.name')} readOnly={!editable} {...form.getInputProps('name')} data-testid="template-name" />
          <Stack gap={4} mt={28}>
            <Checkbox
              label={t('projects.templates.isDefault')}
              // the default is moved, never just removed: another template is made the default instead
              disabled={!editable || Boolean(template?.isDefault)}
              {...form.getInputProps('isDefault', { type: 'checkbox' })}
              data-testid="template-default"
            />
            <Checkbox
              label={t('projects.templates.archived')}
              disabled={!editable || form.values.isDefault}
              {...form.getInputProps('archived', { type: 'checkbox' })}
            />
          </Stack>
        </Group>
        <Textarea label={t('projects.templates.description')} autosize minRows={2} readOnly={!editable} {...form.getInputProps('description')} />
        <Title order={4}>{t('projects.templates.tasks')}</Title>
        {form.values.tasks.map((_, index) => (
          <TemplateTaskFields key={index} form={form} index={index} editable={editable} />
        ))}
        {editable && (
          <Group justify="space-between">
            <Button variant="light" onClick={() => form.insertListItem('tasks', emptyTask(form.getValues().tasks))} data-testid="template-add-task">
              {t('projects.templates.addTask')}
            </Button>
            <Group gap="xs">
              {dirty && (
                <>
                  <Badge color="yellow" variant="light" data-testid="template-unsaved">
                    {t('projects.task.unsaved')}
                  </Badge>
                  <Button variant="default" onClick={() => form.reset()} data-testid="template-discard">
                    {t('projects.task.discard')}
                  </Button>
                </>
              )}
              <Button type="submit" loading={creating || updating} data-testid="template-save">
                {t('projects.templates.save')}
              </Button>
            </Group>
          </Group>
        )}
      </Stack>
    </form>
  );
}
