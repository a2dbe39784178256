import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Checkbox, Group, Loader, Select, SegmentedControl, Stack, Switch, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay } from '../../kernel/i18n/format';
import { useCurrentUser } from '../../kernel/session/currentUser';
import {
  LeadSchedulePanelQueryDocument,
  ProfitAdvanceMethod,
  type LeadSchedulePanelQueryQuery,
  type LegalForm,
  type TaxRegime,
} from '../../gql/graphql';
import { groupByMonth, periodParts } from './scheduleView';

type Item = LeadSchedulePanelQueryQuery['schedulePreview'][number];

const PROFIT_ADVANCE_METHODS: readonly ProfitAdvanceMethod[] = [ProfitAdvanceMethod.Quarterly, ProfitAdvanceMethod.Monthly, ProfitAdvanceMethod.MonthlyActual];

interface LeadSchedulePanelProps {
  legalForm: LegalForm;
  taxRegime: TaxRegime | null | undefined;
  regionCode: string | null | undefined;
}

/**
 * What a prospective client will owe in a year: the lead's legal form, regime and region, plus
 * what the lead card does not hold (employees, VAT, profit advances, property) asked here and
 * kept only on this screen.
 */
export function LeadSchedulePanel({ legalForm, taxRegime, regionCode }: LeadSchedulePanelProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const thisYear = Number(me.firm.today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [hasEmployees, setHasEmployees] = useState(false);
  const [vatPayer, setVatPayer] = useState(taxRegime === 'OSNO');
  const [profitAdvances, setProfitAdvances] = useState<ProfitAdvanceMethod>(ProfitAdvanceMethod.Quarterly);
  const [property, setProperty] = useState({ hasProperty: false, hasTransport: false, hasLand: false });
  // a patent for the whole year shown, the usual case of a lead on ПСН
  const [yearPatent, setYearPatent] = useState(taxRegime === 'PSN');
  const organization = legalForm === 'ORGANIZATION';
  const profitTax = organization && taxRegime === 'OSNO';
  const patentPossible = legalForm === 'INDIVIDUAL_ENTREPRENEUR' && taxRegime === 'PSN';
  const vatPossible = taxRegime === 'OSNO' || taxRegime === 'USN_INCOME' || taxRegime === 'USN_INCOME_MINUS_EXPENSES' || taxRegime === 'ESHN';

  const { data, loading, error } = useQuery(LeadSchedulePanelQueryDocument, {
    skip: !taxRegime,
    variables: {
      year,
      profile: {
        legalForm,
        taxRegime: taxRegime ?? 'OSNO',
        hasEmployees,
        vatPayer: vatPossible && vatPayer,
        profitAdvances: profitTax ? profitAdvances : null,
        ...(organization ? property : {}),
        region: regionCode || null,
        patents: patentPossible && yearPatent ? [{ startDate: `${year}-01-01`, endDate: `${year}-12-31` }] : null,
      },
    },
  });

  if (!taxRegime) return <Alert color="blue">{t('schedule.noRegime')}</Alert>;
  const items = data?.schedulePreview ?? [];
  const provisional = items.some((item) => item.provisional);

  return (
    <Stack data-testid="lead-schedule">
      <Text c="dimmed" size="sm">
        {t('schedule.intro')}
      </Text>
      <Group gap="lg" align="center">
        <SegmentedControl
          aria-label={t('schedule.year')}
          value={String(year)}
          onChange={(value) => setYear(Number(value))}
          data={[thisYear, thisYear + 1].map((y) => ({ value: String(y), label: String(y) }))}
          data-testid="schedule-year"
        />
        <Switch label={t('schedule.hasEmployees')} checked={hasEmployees} onChange={(e) => setHasEmployees(e.currentTarget.checked)} />
        {patentPossible && (
          <Switch label={t('schedule.yearPatent')} checked={yearPatent} onChange={(e) => setYearPatent(e.currentTarget.checked)} />
        )}
        {vatPossible && <Switch label={t('schedule.vatPayer')} checked={vatPayer} onChange={(e) => setVatPayer(e.currentTarget.checked)} />}
        {profitTax && (
          <Select
            label={t('schedule.profitAdvances')}
            value={profitAdvances}
            allowDeselect={false}
            onChange={(value) => value && setProfitAdvances(value as ProfitAdvanceMethod)}
            data={PROFIT_ADVANCE_METHODS.map((method) => ({ value: method, label: t(`schedule.profitAdvanceMethods.${method}`) }))}
          />
        )}
        {organization &&
          (['hasProperty', 'hasTransport', 'hasLand'] as const).map((flag) => (
            <Checkbox
              key={flag}
              label={t(`schedule.${flag}`)}
              checked={property[flag]}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                setProperty((current) => ({ ...current, [flag]: checked }));
              }}
            />
          ))}
      </Group>

      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !data && <Loader />}
      {provisional && (
        <Alert color="yellow" data-testid="schedule-provisional">
          {t('schedule.provisionalNote', { year })}
        </Alert>
      )}
      {data && (
        <Text fw={500} data-testid="schedule-count">
          {items.length ? t('schedule.count', { count: items.length }) : t('schedule.empty')}
        </Text>
      )}
      {groupByMonth(items).map((group) => (
        <Stack key={group.month} gap={4}>
          <Title order={4}>
            {t(`schedule.monthTitles.${Number(group.month.slice(5))}`)} {group.month.slice(0, 4)}
          </Title>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={130}>{t('schedule.columns.dueDate')}</Table.Th>
                <Table.Th>{t('schedule.columns.title')}</Table.Th>
                <Table.Th w={190}>{t('schedule.columns.period')}</Table.Th>
                <Table.Th w={110}>{t('schedule.columns.recipient')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.items.map((item) => (
                <ScheduleRow key={item.key} item={item} />
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Stack>
  );
}

function ScheduleRow({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid="schedule-item" data-code={item.code}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {formatDay(item.dueDate)}
        </Text>
        {item.nominalDate !== item.dueDate && (
          <Text size="xs" c="dimmed">
            {t('schedule.movedFrom', { date: formatDay(item.nominalDate) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap" align="baseline">
          <Badge size="xs" variant="light" color={item.kind === 'PAYMENT' ? 'green' : item.kind === 'REPORT' ? 'blue' : 'grape'}>
            {t(`schedule.kinds.${item.kind}`)}
          </Badge>
          <Text size="sm">{item.title}</Text>
          {item.provisional && (
            <Badge size="xs" color="yellow" variant="outline">
              {t('schedule.provisional')}
            </Badge>
          )}
          {item.unverified && (
            <Tooltip label={t('schedule.unverifiedHint')} multiline w={280}>
              <Badge size="xs" color="gray" variant="outline" data-testid="schedule-unverified">
                {t('schedule.unverified')}
              </Badge>
            </Tooltip>
          )}
        </Group>
        <Text size="xs" c="dimmed" ff="monospace">
          {item.code}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{periodText(item.period, t)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`schedule.recipients.${item.recipient}`)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

function periodText(period: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const parts = periodParts(period);
  switch (parts.kind) {
    case 'month':
      return t('schedule.periods.month', { month: t(`schedule.months.${parts.month}`), year: parts.year });
    case 'range':
      return t('schedule.periods.range', { from: formatDay(parts.from), to: formatDay(parts.to) });
    case 'other':
      return parts.text;
    default:
      return t(`schedule.periods.${parts.kind}`, parts);
  }
}
