import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Code, FileInput, Group, Loader, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ApplyClientScheduleDiffsDocument, CalendarState, LoadProductionCalendarDocument, PendingScheduleDiffsQueryDocument, ProductionCalendarPreviewQueryDocument, ProductionCalendarsPageQueryDocument,
} from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDateTime, formatDay } from '../../kernel/i18n/format';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { ScheduleDiffDialog } from './ScheduleDiffDialog';

const STATE_COLORS: Record<CalendarState, string> = { PROVISIONAL: 'orange', BUILT_IN: 'gray', LOADED: 'green' };
const days = (list: readonly string[]) => (list.length ? list.map(formatDay).join(', ') : '—');

/** The file the owner picked, as text, with its name. */
interface PickedFile {
  name: string;
  content: string;
}

function CalendarUpload({ years, onLoaded }: { years: number[]; onLoaded: () => void }) {
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

/** The clients whose schedules the firm's calendars now re-date or confirm: each diff to review, or all applied at once. */
function PendingDiffs() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(PendingScheduleDiffsQueryDocument, { fetchPolicy: 'network-only' });
  const [applyAll, { loading: applying, error: applyError }] = useMutation(ApplyClientScheduleDiffsDocument);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const pending = data?.pendingScheduleDiffs ?? [];
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('clients.calendars.pending')}</Title>
          {pending.length > 0 && (
            <Button
              loading={applying}
              data-testid="apply-all-diffs"
              onClick={async () => {
                await applyAll({ variables: { diffs: pending.map((p) => ({ clientId: p.client.id, digest: p.digest })) } });
                void refetch();
              }}
            >
              {t('clients.calendars.applyAll', { count: pending.length })}
            </Button>
          )}
        </Group>
        {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
        {applyError && <Alert color="red">{errorMessage(applyError, t)}</Alert>}
        {loading && !data && <Loader />}
        {data && !pending.length && <EmptyState title={t('clients.calendars.pending')} description={t('clients.calendars.nothingPending')} />}
        {pending.length > 0 && (
          <Table data-testid="pending-diffs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.obligations.columns.client')}</Table.Th>
                <Table.Th>{t('clients.diff.redated')}</Table.Th>
                <Table.Th>{t('clients.diff.added')}</Table.Th>
                <Table.Th>{t('clients.diff.removed')}</Table.Th>
                <Table.Th>{t('clients.calendars.confirmedColumn')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((p) => (
                <Table.Tr key={p.client.id} data-testid="pending-diff">
                  <Table.Td><Anchor component={Link} to={`/clients/${p.client.id}`}>{p.client.shortName}</Anchor></Table.Td>
                  <Table.Td>{p.redated.length}{p.keptDone.length ? ` (+${p.keptDone.length} ${t('clients.calendars.doneKept')})` : ''}</Table.Td>
                  <Table.Td>{p.added.length}</Table.Td>
                  <Table.Td>{p.removed.length}</Table.Td>
                  <Table.Td>{p.confirmed}</Table.Td>
                  <Table.Td><Button size="xs" variant="default" onClick={() => setReviewing(p.client.id)}>{t('clients.calendars.review')}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {reviewing && (
        <ScheduleDiffDialog
          clientId={reviewing}
          opened
          onClose={() => setReviewing(null)}
          onApplied={() => {
            setReviewing(null);
            void refetch();
          }}
        />
      )}
    </Card>
  );
}

/**
 * «Производственный календарь»: the calendar each year's schedules are computed by, loading a
 * year's official calendar from a file (checked and summarised first), and the clients whose
 * schedules then change, to review and apply.
 */
export function ProductionCalendarsPage() {
  const { t, i18n } = useTranslation();
  const { data, error, loading, refetch } = useQuery(ProductionCalendarsPageQueryDocument, { fetchPolicy: 'cache-and-network' });
  const [generation, setGeneration] = useState(0);
  const years = data?.productionCalendars ?? [];
  return (
    <Stack>
      <Title order={2}>{t('clients.calendars.title')}</Title>
      <Text size="sm" c="dimmed">{t('clients.calendars.intro')}</Text>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {years.length > 0 && (
        <Table data-testid="production-calendars">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.calendars.year')}</Table.Th>
              <Table.Th>{t('clients.calendars.stateColumn')}</Table.Th>
              <Table.Th>{t('clients.calendars.source')}</Table.Th>
              <Table.Th>{t('clients.calendars.workingDays')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((y) => (
              <Table.Tr key={y.year} data-testid={`calendar-year-${y.year}`} data-state={y.state}>
                <Table.Td>{y.year}</Table.Td>
                <Table.Td><Badge variant="light" color={STATE_COLORS[y.state]}>{t(`clients.calendars.state.${y.state}`)}</Badge></Table.Td>
                <Table.Td>
                  <Text size="sm">{y.source}</Text>
                  {y.calendar && (
                    <Text size="xs" c="dimmed">{t('clients.calendars.loadedBy', { name: y.calendar.loadedBy?.name ?? '—', at: formatDateTime(y.calendar.loadedAt, i18n.language) })}</Text>
                  )}
                </Table.Td>
                <Table.Td>{y.workingDays}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {years.length > 0 && (
        <CalendarUpload
          key={generation}
          years={years.map((y) => y.year)}
          onLoaded={() => {
            setGeneration((g) => g + 1);
            void refetch();
          }}
        />
      )}
      <PendingDiffs key={`pending-${generation}`} />
    </Stack>
  );
}
