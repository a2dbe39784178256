import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Code, FileInput, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadProductionCalendarDocument, ProductionCalendarPreviewQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay } from '../../kernel/i18n/format';

const days = (list: readonly string[]) => (list.length ? list.map(formatDay).join(', ') : '—');

/** The file the owner picked, as text, with its name. */
interface PickedFile {
  name: string;
  content: string;
}

/** Loading a year's official calendar from a file: checked and summarised first, then loaded. */
export function CalendarUpload({ years, onLoaded }: { years: number[]; onLoaded: () => void }) {
  const { t } = useTranslation();
  const [year, setYear] = useState<string | null>(years.at(-1) ? String(years.at(-1)) : null);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, { data, error, loading }] = useLazyQuery(ProductionCalendarPreviewQueryDocument, { fetchPolicy: 'network-only' });
  const [load, { loading: loadingFile, error: loadError }] = useMutation(LoadProductionCalendarDocument);
  const summary = file && data?.productionCalendarPreview.year === Number(year) ? data.productionCalendarPreview : null;
  const check = (picked: PickedFile | null, forYear: string | null) => {
    // a refused file shows as the query's error below
    if (picked && forYear) preview({ variables: { year: Number(forYear), content: picked.content, fileName: picked.name } }).catch(() => undefined);
  };
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>{t('clients.calendars.upload')}</Title>
        <Text size="sm" c="dimmed">{t('clients.calendars.formats')}</Text>
        <Code block>{'<calendar year="2027">…<day d="01.01" t="1"/>…</calendar>\n\n# 2027\n2027-01-01\n2027-02-20 рабочий\n05.11.2027 выходной'}</Code>
        <Group align="end">
          <Select
            w={120}
            label={t('clients.calendars.year')}
            value={year}
            onChange={(value) => {
              setYear(value);
              check(file, value);
            }}
            data={years.map(String)}
            allowDeselect={false}
            data-testid="calendar-year"
          />
          <FileInput
            w={320}
            label={t('clients.calendars.file')}
            placeholder={t('clients.calendars.pick')}
            accept=".xml,.txt,.csv,text/xml,text/plain"
            onChange={async (picked) => {
              const next = picked ? { name: picked.name, content: await picked.text() } : null;
              setFile(next);
              check(next, year);
            }}
            data-testid="calendar-file"
          />
          {loading && <Loader size="sm" />}
        </Group>
        {error && file && <Alert color="red" data-testid="calendar-error">{errorMessage(error, t)}</Alert>}
        {summary && (
          <Stack gap={4} data-testid="calendar-summary">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Text size="sm">{t('clients.calendars.workingDays')}: <b>{summary.workingDays}</b></Text>
              <Text size="sm">{t('clients.calendars.nonWorkingDays')}: <b>{summary.nonWorkingDays}</b></Text>
              <Text size="sm">{t('clients.calendars.replaces')}: {t(`clients.calendars.state.${summary.replaces}`)}</Text>
            </SimpleGrid>
            <Text size="sm">{t('clients.calendars.daysOff')}: {days(summary.daysOff)}</Text>
            <Text size="sm">{t('clients.calendars.workingWeekends')}: {days(summary.workingWeekends)}</Text>
            <Text size="sm" fw={500}>{t('clients.calendars.changes', { count: summary.changes.length })}</Text>
            {summary.changes.map((change) => (
              <Text key={change.date} size="sm" data-testid="calendar-change">
                {formatDay(change.date)}: {change.working ? t('clients.calendars.becomesWorking') : t('clients.calendars.becomesOff')}
              </Text>
            ))}
            {summary.replaces === 'BUILT_IN' && <Alert color="yellow">{t('clients.calendars.overridesBuiltIn')}</Alert>}
            {loadError && <Alert color="red">{errorMessage(loadError, t)}</Alert>}
            <Group>
              <Button
                loading={loadingFile}
                data-testid="calendar-load"
                onClick={async () => {
                  await load({ variables: { year: summary.year, content: file!.content, fileName: file!.name } });
                  setFile(null);
                  onLoaded();
                }}
              >
                {t('clients.calendars.load', { year: summary.year })}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
