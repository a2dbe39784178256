import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientPatentInput } from '../../gql/graphql';
import { DayInput } from '../../kernel/ui/DayInput';

interface ClientPatentsFieldsProps {
  patents: ClientPatentInput[];
  onChange: (patents: ClientPatentInput[]) => void;
  /** The translated problem of a form field, by its path. */
  problem: (field: string) => string | undefined;
  regionOptions: { value: string; label: string }[];
}

/** A client on ПСН: its patents, each with its dates and region. */
export function ClientPatentsFields({ patents, onChange, problem, regionOptions }: ClientPatentsFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="client-patents">
      <Text size="sm" fw={500}>{t('clients.form.patents')}</Text>
      {problem('patents') && <Text size="xs" c="red">{problem('patents')}</Text>}
      {patents.map((patent, i) => (
        <Group key={i} align="end" gap="xs">
          <DayInput w={150} label={t('clients.form.patentStart')} value={patent.startDate || null} onChange={(day) => onChange(patents.map((p, j) => (j === i ? { ...p, startDate: day ?? '' } : p)))} />
          <DayInput w={150} label={t('clients.form.patentEnd')} value={patent.endDate || null} onChange={(day) => onChange(patents.map((p, j) => (j === i ? { ...p, endDate: day ?? '' } : p)))} error={problem(`patents[${i}].endDate`)} />
          <Select w={220} label={t('clients.form.patentRegion')} searchable clearable value={patent.region ?? null} onChange={(value) => onChange(patents.map((p, j) => (j === i ? { ...p, region: value } : p)))} data={regionOptions} />
          <ActionIcon variant="subtle" color="red" aria-label={t('clients.form.remove')} onClick={() => onChange(patents.filter((_, j) => j !== i))}>✕</ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="default" onClick={() => onChange([...patents, { startDate: '', endDate: '', region: null }])} data-testid="add-patent">{t('clients.form.addPatent')}</Button>
      </Group>
    </Stack>
  );
}
