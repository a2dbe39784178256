import { Group, MultiSelect, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeadSearch, useProjectUsers } from './useProjectOptions';
import type { NewProjectForm } from './useNewProjectForm';
import { DayInput } from '../../kernel/ui/DayInput';

/** The new project's fields: name, client (looked up as typed), coordinator, template, what the lead brings, members and dates. */
export function NewProjectFields({ project }: { project: NewProjectForm }) {
  const { t } = useTranslation();
  const { form, templates, chooseTemplate, carried } = project;
  const { options: userOptions } = useProjectUsers();
  const [leadSearch, setLeadSearch] = useState('');
  const { options: leadOptions } = useLeadSearch(leadSearch, form.values.lead);
  return (
    <>
      <TextInput label={t('projects.create.name')} required {...form.getInputProps('name')} data-testid="project-name" data-autofocus />
      <Select
        label={t('projects.create.lead')}
        placeholder={t('projects.create.leadPlaceholder')}
        searchable
        clearable
        data={leadOptions}
        value={form.values.lead?.value ?? null}
        searchValue={leadSearch}
        onSearchChange={setLeadSearch}
        onChange={(value, option) => form.setFieldValue('lead', value && option ? { value, label: option.label } : null)}
        filter={({ options }) => options}
        error={form.errors.lead}
        data-testid="project-lead"
      />
      <Group grow>
        <Select
          label={t('projects.create.coordinator')}
          searchable
          clearable
          data={userOptions}
          {...form.getInputProps('coordinatorId')}
          data-testid="project-coordinator"
        />
        <Select
          label={t('projects.create.template')}
          placeholder={t('projects.create.noTemplate')}
          clearable
          data={templates.map((template) => ({ value: template.id, label: template.name }))}
          value={form.values.templateId}
          onChange={chooseTemplate}
          error={form.errors.templateId}
          data-testid="project-template"
        />
      </Group>
      {carried && (carried.contacts.length > 0 || carried.specifics) && (
        <Text size="sm" c="dimmed" data-testid="project-carried-facts">
          {t('projects.create.carried', {
            facts: [...carried.contacts.map((contact) => [contact.name, contact.phone, contact.email].filter(Boolean).join(', ')), carried.specifics]
              .filter(Boolean)
              .join('; '),
          })}
        </Text>
      )}
      <MultiSelect label={t('projects.create.members')} searchable data={userOptions} {...form.getInputProps('memberIds')} data-testid="project-members" />
      <Group grow>
        <DayInput label={t('projects.create.startDate')} {...form.getInputProps('startDate')} data-testid="project-start-date" />
        <DayInput label={t('projects.create.dueDate')} clearable {...form.getInputProps('dueDate')} data-testid="project-due-date" />
      </Group>
    </>
  );
}
