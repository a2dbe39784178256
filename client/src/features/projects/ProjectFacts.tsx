import { Badge, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setServerFieldErrors } from '../../kernel/forms/serverErrors';
import type { ProjectFacts_ProjectFragment } from '../../gql/graphql';
import { checklistInput, type ChecklistItemDraft } from './checklist';
import { ChecklistEditor } from './ChecklistEditor';
import { ContactsEditor } from './ContactsEditor';
import { factsFieldOf, factsInput, factsOf, type FactsValues } from './projectFacts';
import { ProjectGeneralFields, ProjectInfobaseFields } from './ProjectFactsFields';
import { useUpdateProject } from './useUpdateProject';

/** The client's facts: a form saved by «Сохранить»; the checklist below saves each change at once. */
export function ProjectFacts({ project }: { project: ProjectFacts_ProjectFragment }) {
  const { t } = useTranslation();
  const [update] = useUpdateProject(project.id);
  // a new form after a save or a refused save, so that it starts from the project as loaded
  const [formKey, setFormKey] = useState(0);

  const saveChecklist = (items: ChecklistItemDraft[]) => void update(project.version, { checklist: checklistInput(items) }, { quiet: true });

  return (
    <Stack>
      <ProjectFactsForm key={formKey} project={project} onDone={() => setFormKey((key) => key + 1)} />
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('projects.checklist.title')}
        </Title>
        <ChecklistEditor items={project.checklist} readOnly={!project.viewerCanEdit} onChange={saveChecklist} testId="project-checklist" />
      </Paper>
    </Stack>
  );
}

function ProjectFactsForm({ project, onDone }: { project: ProjectFacts_ProjectFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const readOnly = !project.viewerCanEdit;
  const [update, { loading }] = useUpdateProject(project.id);
  const form = useForm<FactsValues>({
    initialValues: factsOf(project),
    validate: { name: (name) => (name.trim() ? null : t('projects.project.nameRequired')) },
  });

  // while nothing is edited, the form shows the project as it changes elsewhere (once per version)
  const shownVersion = useRef(project.version);
  useEffect(() => {
    if (shownVersion.current === project.version || form.isDirty()) return;
    shownVersion.current = project.version;
    const next = factsOf(project);
    form.setValues(next);
    form.resetDirty(next);
  }, [project, form]);

  const dirty = form.isDirty();
  const save = form.onSubmit(async (values) => {
    let badInput = false;
    await update(project.version, factsInput(values), {
      onBadInput: (error) => (badInput = setServerFieldErrors(form, error, factsFieldOf).matched > 0),
    });
    // saved: show what the server keeps; refused as stale: the project was reloaded, start from it
    if (!badInput) onDone();
  });

  const discard = () => {
    const current = factsOf(project);
    form.setValues(current);
    form.resetDirty(current);
    form.clearErrors();
  };

  return (
    <form onSubmit={save}>
      <Stack>
        <ProjectGeneralFields form={form} readOnly={readOnly} />
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            {t('projects.contacts.title')}
          </Title>
          <ContactsEditor contacts={form.values.contacts} readOnly={readOnly} onChange={(contacts) => form.setFieldValue('contacts', contacts)} />
        </Paper>
        <ProjectInfobaseFields form={form} readOnly={readOnly} />
        {!readOnly && (
          <Group justify="flex-end">
            {dirty && (
              <>
                <Badge color="yellow" variant="light" data-testid="project-unsaved">
                  {t('projects.project.unsaved')}
                </Badge>
                <Button variant="default" onClick={discard} data-testid="project-discard">
                  {t('projects.project.discard')}
                </Button>
              </>
            )}
            <Button type="submit" loading={loading} disabled={!dirty} data-testid="project-save">
              {t('projects.project.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
