import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../kernel/apollo/errors';
import { setServerFieldErrors } from '../../kernel/forms/serverErrors';
import { CreateProjectDocument, ProjectsPageQueryDocument } from '../../gql/graphql';
import { NewProjectFields } from './NewProjectFields';
import type { ProjectFromLead } from './projectFromLead';
import { newProjectFieldOf, useNewProjectForm } from './useNewProjectForm';

interface NewProjectDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Opened from a lead: the client chosen, the name proposed, its people and INN carried into the client facts. */
  from?: ProjectFromLead | null;
}

export function NewProjectDialog({ opened, onClose, from = null }: NewProjectDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const project = useNewProjectForm(from);
  const { form, carried } = project;
  // a failure that names no field of the form
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading, reset }] = useMutation(CreateProjectDocument, {
    refetchQueries: [ProjectsPageQueryDocument],
  });

  const close = () => {
    reset();
    setFormError(null);
    project.clear();
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const result = await create({
      variables: {
        input: {
          name: values.name.trim(),
          leadId: values.lead?.value ?? null,
          coordinatorId: values.coordinatorId,
          memberIds: values.memberIds,
          startDate: values.startDate || null,
          dueDate: values.dueDate || null,
          templateId: values.templateId,
          ...(carried ?? {}),
        },
      },
    }).catch((failure: unknown) => {
      if (setServerFieldErrors(form, failure, newProjectFieldOf).matched === 0) setFormError(errorMessage(failure, t));
      return null;
    });
    const created = result?.data?.createProject;
    if (!created) return;
    notifications.show({ color: 'teal', message: t('projects.create.created', { name: created.name }) });
    close();
    void navigate(`/projects/${created.id}`);
  });

  return (
    <Modal opened={opened} onClose={close} title={t('projects.create.title')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {formError && <Alert color="red">{formError}</Alert>}
          <NewProjectFields project={project} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={!form.values.name.trim()} data-testid="project-create">
              {t('projects.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
