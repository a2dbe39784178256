import { Checkbox, Group, MultiSelect, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { InfobaseMode } from '../../gql/graphql';
import type { FactsValues } from './projectFacts';
import { useProjectUsers } from './useProjectOptions';
import { DayInput } from '../../kernel/ui/DayInput';

interface SectionProps {
  form: UseFormReturnType<FactsValues>;
  readOnly: boolean;
}

/** Name, people, dates and the client's specifics. */
export function ProjectGeneralFields({ form, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const { options: userOptions } = useProjectUsers();
  return (
    <Paper withBorder p="md">
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label={t('projects.project.name')} readOnly={readOnly} {...form.getInputProps('name')} data-testid="project-facts-name" />
          <Select
            label={t('projects.project.coordinator')}
            data={userOptions}
            readOnly={readOnly}
            searchable
            clearable
            {...form.getInputProps('coordinatorId')}
          />
          <MultiSelect label={t('projects.project.members')} data={userOptions} readOnly={readOnly} searchable {...form.getInputProps('memberIds')} />
          <Group grow align="flex-start">
            <DayInput label={t('projects.project.startDate')} readOnly={readOnly} {...form.getInputProps('startDate')} />
            <DayInput label={t('projects.project.dueDate')} readOnly={readOnly} clearable {...form.getInputProps('dueDate')} />
          </Group>
        </SimpleGrid>
        <Textarea
          label={t('projects.project.specifics')}
          autosize
          minRows={3}
          readOnly={readOnly}
          {...form.getInputProps('specifics')}
          data-testid="project-specifics"
        />
      </Stack>
    </Paper>
  );
}

/** The 1C infobase handover. */
export function ProjectInfobaseFields({ form, readOnly }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="project-infobase">
      <Title order={4} mb="sm">
        {t('projects.infobase.title')}
      </Title>
      <Stack gap="sm">
        <Checkbox label={t('projects.infobase.handedOver')} disabled={readOnly} {...form.getInputProps('handedOver', { type: 'checkbox' })} />
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            label={t('projects.infobase.configuration')}
            placeholder={t('projects.infobase.configurationPlaceholder')}
            readOnly={readOnly}
            {...form.getInputProps('configuration')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('projects.infobase.mode')}
            </Text>
            <SegmentedControl
              disabled={readOnly}
              value={form.values.mode ?? ''}
              data={[
                { value: '', label: t('common.none') },
                { value: InfobaseMode.File, label: t('projects.infobase.modes.FILE') },
                { value: InfobaseMode.Cloud, label: t('projects.infobase.modes.CLOUD') },
              ]}
              onChange={(value) => form.setFieldValue('mode', value === InfobaseMode.File || value === InfobaseMode.Cloud ? value : null)}
            />
          </Stack>
          <DayInput label={t('projects.infobase.date')} readOnly={readOnly} clearable {...form.getInputProps('infobaseDate')} />
        </SimpleGrid>
        <Textarea label={t('projects.infobase.notes')} autosize minRows={2} readOnly={readOnly} {...form.getInputProps('notes')} />
      </Stack>
    </Paper>
  );
}
