import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage, fieldErrors } from '../../kernel/apollo/errors';
import { CreateProjectDocument, ProjectsPageQueryDocument } from '../../gql/graphql';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { asDay } from './format';
import type { ProjectFromLead } from './projectFromLead';
import { useLeadSearch, useProjectUsers, useTemplateOptions, type Option } from './useProjectOptions';

interface NewProjectDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Opened from a lead: the client chosen, the name proposed, its people and INN carried into the client facts. */
  from?: ProjectFromLead | null;
}

export function NewProjectDialog({ opened, onClose, from = null }: NewProjectDialogProps) {
  const { t } = useTranslation();
  const initialLead: Option | null = from?.lead ?? null;
  const initialName = from ? t('projects.create.nameFromLead', { company: from.company }) : '';
  const navigate = useNavigate();
  const { options: userOptions } = useProjectUsers();
  const { templates } = useTemplateOptions();
  const [name, setName] = useState(initialName);
  const [lead, setLead] = useState<Option | null>(initialLead);
  const [leadSearch, setLeadSearch] = useState('');
  const [coordinatorId, setCoordinatorId] = useState<string | null>(null);
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const me = useCurrentUser();
  // the firm's today from the server: the browser's calendar may be in another zone
  const [startDate, setStartDate] = useState(asDay(me.firm.today) ?? '');
  const [dueDate, setDueDate] = useState('');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [templateTouched, setTemplateTouched] = useState(false);
  const { options: leadOptions } = useLeadSearch(leadSearch, lead);
  const [create, { loading, error, reset }] = useMutation(CreateProjectDocument, {
    refetchQueries: [ProjectsPageQueryDocument],
  });

  // the firm's default template (its flag, not its name), once the templates have loaded
  useEffect(() => {
    if (templateTouched || templateId) return;
    const preferred = templates.find((template) => template.isDefault) ?? templates[0];
    if (preferred) setTemplateId(preferred.id);
  }, [templates, templateId, templateTouched]);

  const close = () => {
    reset();
    setName(initialName);
    setLead(initialLead);
    setMemberIds([]);
    setDueDate('');
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({
      variables: {
        input: {
          name: name.trim(),
          leadId: lead?.value ?? null,
          coordinatorId,
          memberIds,
          startDate: startDate || null,
          dueDate: dueDate || null,
          templateId,
          // only for the lead it was opened with: another client has other people
          ...(from && lead?.value === from.lead.value ? { contacts: from.contacts, specifics: from.specifics } : {}),
        },
      },
    }).catch(() => null);
    const project = result?.data?.createProject;
    if (!project) return;
    notifications.show({ color: 'teal', message: t('projects.create.created', { name: project.name }) });
    close();
    void navigate(`/projects/${project.id}`);
  };

  const problems = fieldErrors(error);
  return (
    <Modal opened={opened} onClose={close} title={t('projects.create.title')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {error && Object.keys(problems).length === 0 && <Alert color="red">{errorMessage(error, t)}</Alert>}
          <TextInput
            label={t('projects.create.name')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={problems.name}
            data-testid="project-name"
            data-autofocus
          />
          <Select
            label={t('projects.create.lead')}
            placeholder={t('projects.create.leadPlaceholder')}
            searchable
            clearable
            data={leadOptions}
            value={lead?.value ?? null}
            searchValue={leadSearch}
            onSearchChange={setLeadSearch}
            onChange={(value, option) => setLead(value && option ? { value, label: option.label } : null)}
            filter={({ options }) => options}
            error={problems.leadId}
            data-testid="project-lead"
          />
          <Group grow>
            <Select
              label={t('projects.create.coordinator')}
              searchable
              clearable
              data={userOptions}
              value={coordinatorId}
              onChange={setCoordinatorId}
              error={problems.coordinatorId}
              data-testid="project-coordinator"
            />
            <Select
              label={t('projects.create.template')}
              placeholder={t('projects.create.noTemplate')}
              clearable
              data={templates.map((template) => ({ value: template.id, label: template.name }))}
              value={templateId}
              onChange={(value) => {
                setTemplateTouched(true);
                setTemplateId(value);
              }}
              error={problems.templateId}
              data-testid="project-template"
            />
          </Group>
          {from && lead?.value === from.lead.value && (from.contacts.length > 0 || from.specifics) && (
            <Text size="sm" c="dimmed" data-testid="project-carried-facts">
              {t('projects.create.carried', {
                facts: [...from.contacts.map((contact) => [contact.name, contact.phone, contact.email].filter(Boolean).join(', ')), from.specifics]
                  .filter(Boolean)
                  .join('; '),
              })}
            </Text>
          )}
          <MultiSelect
            label={t('projects.create.members')}
            searchable
            data={userOptions}
            value={memberIds}
            onChange={setMemberIds}
            error={problems.memberIds}
            data-testid="project-members"
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('projects.create.startDate')}
              value={startDate}
              onChange={(event) => setStartDate(event.currentTarget.value)}
              error={problems.startDate}
            />
            <TextInput
              type="date"
              label={t('projects.create.dueDate')}
              value={dueDate}
              onChange={(event) => setDueDate(event.currentTarget.value)}
              error={problems.dueDate}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={!name.trim()} data-testid="project-create">
              {t('projects.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
