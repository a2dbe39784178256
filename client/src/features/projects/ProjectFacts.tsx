import { Button, Checkbox, Group, MultiSelect, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InfobaseMode, type ProjectFacts_ProjectFragment, type UpdateProjectInput } from '../../gql/graphql';
import { ChecklistEditor, checklistInput } from './ChecklistEditor';
import { ContactsEditor, type ContactDraft } from './ContactsEditor';
import { asDay } from './format';
import { useProjectUsers } from './useProjectOptions';
import { useUpdateProject } from './useUpdateProject';

interface FactsDraft {
  name: string;
  coordinatorId: string | null;
  memberIds: string[];
  startDate: string;
  dueDate: string;
  specifics: string;
  contacts: ContactDraft[];
  handedOver: boolean;
  configuration: string;
  mode: InfobaseMode | null;
  infobaseDate: string;
  notes: string;
}

function draftOf(project: ProjectFacts_ProjectFragment): FactsDraft {
  return {
    name: project.name,
    coordinatorId: project.coordinator?.id ?? null,
    memberIds: project.members.map((member) => member.id),
    startDate: asDay(project.startDate) ?? '',
    dueDate: asDay(project.dueDate) ?? '',
    specifics: project.specifics ?? '',
    contacts: project.contacts.map((contact) => ({
      name: contact.name,
      position: contact.position ?? '',
      phone: contact.phone ?? '',
      email: contact.email ?? '',
      decides: contact.decides ?? '',
    })),
    handedOver: project.infobase.handedOver,
    configuration: project.infobase.configuration ?? '',
    mode: project.infobase.mode,
    infobaseDate: asDay(project.infobase.date) ?? '',
    notes: project.infobase.notes ?? '',
  };
}

const orNull = (value: string) => value.trim() || null;

function inputOf(draft: FactsDraft): UpdateProjectInput {
  return {
    name: draft.name.trim(),
    coordinatorId: draft.coordinatorId,
    memberIds: draft.memberIds,
    startDate: draft.startDate || null,
    dueDate: draft.dueDate || null,
    specifics: draft.specifics.trim(),
    contacts: draft.contacts
      .filter((contact) => contact.name.trim())
      .map((contact) => ({
        name: contact.name.trim(),
        position: orNull(contact.position),
        phone: orNull(contact.phone),
        email: orNull(contact.email),
        decides: orNull(contact.decides),
      })),
    infobase: {
      handedOver: draft.handedOver,
      configuration: orNull(draft.configuration),
      mode: draft.mode,
      date: draft.infobaseDate || null,
      notes: orNull(draft.notes),
    },
  };
}

/**
 * The client's facts. Edits stay a local draft until saved; with no draft the form shows the
 * project as loaded, so a save or a reload after a conflict simply drops the draft.
 */
export function ProjectFacts({ project }: { project: ProjectFacts_ProjectFragment }) {
  const { t } = useTranslation();
  const readOnly = !project.canEdit;
  const { options: userOptions } = useProjectUsers();
  const [update, { loading }] = useUpdateProject(project.id);
  const [draft, setDraft] = useState<FactsDraft | null>(null);
  const current = draft ?? draftOf(project);
  const edit = (patch: Partial<FactsDraft>) => setDraft({ ...current, ...patch });

  const save = async () => {
    await update(project.version, inputOf(current));
    // saved: show what the server keeps; refused: the project is reloaded, start from it
    setDraft(null);
  };

  const saveChecklist = (items: Parameters<typeof checklistInput>[0]) =>
    void update(project.version, { checklist: checklistInput(items) }, true);

  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              label={t('projects.project.name')}
              value={current.name}
              readOnly={readOnly}
              onChange={(event) => edit({ name: event.currentTarget.value })}
              data-testid="project-facts-name"
            />
            <Select
              label={t('projects.project.coordinator')}
              data={userOptions}
              value={current.coordinatorId}
              readOnly={readOnly}
              searchable
              clearable
              onChange={(coordinatorId) => edit({ coordinatorId })}
            />
            <MultiSelect
              label={t('projects.project.members')}
              data={userOptions}
              value={current.memberIds}
              readOnly={readOnly}
              searchable
              onChange={(memberIds) => edit({ memberIds })}
            />
            <Group grow>
              <TextInput
                type="date"
                label={t('projects.project.startDate')}
                value={current.startDate}
                readOnly={readOnly}
                onChange={(event) => edit({ startDate: event.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('projects.project.dueDate')}
                value={current.dueDate}
                readOnly={readOnly}
                onChange={(event) => edit({ dueDate: event.currentTarget.value })}
              />
            </Group>
          </SimpleGrid>
          <Textarea
            label={t('projects.project.specifics')}
            autosize
            minRows={3}
            value={current.specifics}
            readOnly={readOnly}
            onChange={(event) => edit({ specifics: event.currentTarget.value })}
            data-testid="project-specifics"
          />
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('projects.contacts.title')}
        </Title>
        <ContactsEditor contacts={current.contacts} readOnly={readOnly} onChange={(contacts) => edit({ contacts })} />
      </Paper>

      <Paper withBorder p="md" data-testid="project-infobase">
        <Title order={4} mb="sm">
          {t('projects.infobase.title')}
        </Title>
        <Stack gap="sm">
          <Checkbox
            label={t('projects.infobase.handedOver')}
            checked={current.handedOver}
            disabled={readOnly}
            onChange={(event) => edit({ handedOver: event.currentTarget.checked })}
          />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput
              label={t('projects.infobase.configuration')}
              placeholder={t('projects.infobase.configurationPlaceholder')}
              value={current.configuration}
              readOnly={readOnly}
              onChange={(event) => edit({ configuration: event.currentTarget.value })}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('projects.infobase.mode')}
              </Text>
              <SegmentedControl
                disabled={readOnly}
                value={current.mode ?? ''}
                data={[
                  { value: '', label: t('common.none') },
                  { value: InfobaseMode.File, label: t('projects.infobase.modes.FILE') },
                  { value: InfobaseMode.Cloud, label: t('projects.infobase.modes.CLOUD') },
                ]}
                onChange={(value) => edit({ mode: value === InfobaseMode.File || value === InfobaseMode.Cloud ? value : null })}
              />
            </Stack>
            <TextInput
              type="date"
              label={t('projects.infobase.date')}
              value={current.infobaseDate}
              readOnly={readOnly}
              onChange={(event) => edit({ infobaseDate: event.currentTarget.value })}
            />
          </SimpleGrid>
          <Textarea
            label={t('projects.infobase.notes')}
            autosize
            minRows={2}
            value={current.notes}
            readOnly={readOnly}
            onChange={(event) => edit({ notes: event.currentTarget.value })}
          />
        </Stack>
      </Paper>

      {!readOnly && (
        <Group justify="flex-end">
          {draft && (
            <Button variant="default" onClick={() => setDraft(null)}>
              {t('projects.project.cancel')}
            </Button>
          )}
          <Button onClick={() => void save()} loading={loading} disabled={!draft || !current.name.trim()} data-testid="project-save">
            {t('projects.project.save')}
          </Button>
        </Group>
      )}

      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('projects.checklist.title')}
        </Title>
        <ChecklistEditor items={project.checklist} readOnly={readOnly} onChange={saveChecklist} testId="project-checklist" />
      </Paper>
    </Stack>
  );
}
