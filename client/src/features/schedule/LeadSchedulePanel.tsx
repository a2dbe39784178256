import { useQuery } from '@apollo/client/react';
import { Alert, Checkbox, Group, Loader, Select, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import {
  LeadSchedulePanelQueryDocument,
  ProfitAdvanceMethod,
  type LegalForm,
  type TaxRegime,
} from '../../gql/graphql';
import { ScheduleMonths } from './ScheduleMonths';

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
      <ScheduleMonths items={items} />
    </Stack>
  );
}
