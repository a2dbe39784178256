import { useMutation } from '@apollo/client/react';
import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { useFragment as readFragment } from '../../gql';
import {
  LeadCardPage_LeadFragmentDoc,
  LeadCardPageUpdateLeadDocument,
  type LeadCardPage_LeadFragment,
  type LeadCardPageQueryQuery,
} from '../../gql/graphql';
import { LeadPricingPanel } from '../pricing';
import { LeadSchedulePanel } from '../schedule';
import { LeadTimeline } from '../correspondence';
import { DuplicateWarning } from './DuplicateWarning';
import { LeadCardHeader } from './LeadCardHeader';
import { LeadForm } from './LeadForm';
import { formToInput, leadToForm } from './leadForm';
import { LeadHistory } from './LeadHistory';
import { leadSaveErrors } from './leadMutationErrors';
import { showLeadFieldErrors, useLeadForm } from './useLeadForm';
import { LeadConflictAlert, LeadSaveBar } from './LeadSaveBar';
import { useLeadOptions } from './useLeadOptions';

interface LeadCardProps {
  lead: LeadCardPage_LeadFragment;
  refetch: () => Promise<{ data?: LeadCardPageQueryQuery }>;
  onReload: () => Promise<void>;
}

/** One lead: its head (stage, a project from it), the editable card and its history, and its pricing. */
export function LeadCard({ lead, refetch, onReload }: LeadCardProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const editable = me.can.editLeads;
  const options = useLeadOptions();
  const form = useLeadForm(() => leadToForm(lead));
  const { values } = form;
  // the version this form was filled from: a save against a newer one is a CONFLICT
  const [version, setVersion] = useState(lead.version);
  const [updateLead, { loading: saving, error, reset }] = useMutation(LeadCardPageUpdateLeadDocument);
  const errors = leadSaveErrors(error, t);

  const save = form.onSubmit(async (input) => {
    const result = await updateLead({
      variables: { id: lead.id, version, input: formToInput(input, options.fields) },
    }).catch((failure: unknown) => {
      showLeadFieldErrors(form, failure);
      return null;
    });
    if (!result?.data) return;
    const saved = readFragment(LeadCardPage_LeadFragmentDoc, result.data.updateLead);
    setVersion(saved.version);
    const next = leadToForm(saved);
    form.setInitialValues(next);
    form.setValues(next);
    form.resetDirty(next);
    notifications.show({ color: 'green', message: t('leads.card.saved') });
  });
  const dirty = editable && form.isDirty();

  // after the user's own stage move or pricing run the lead has a new version the form may adopt
  const adoptLatest = async () => {
    const result = await refetch().catch(() => null);
    if (result?.data) setVersion(readFragment(LeadCardPage_LeadFragmentDoc, result.data.lead).version);
  };

  return (
    <Stack>
      <LeadCardHeader lead={lead} version={version} lostReasons={options.lostReasons} editable={editable} onMoved={() => void adoptLatest()} />

      {!editable && <Alert color="blue">{t('leads.card.readOnly')}</Alert>}
      {errors.conflict && <LeadConflictAlert onReload={() => void onReload().then(reset)} />}

      <Tabs defaultValue="card" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="card" data-testid="lead-tab-card">
            {t('leads.card.tabs.card')}
          </Tabs.Tab>
          <Tabs.Tab value="timeline" data-testid="lead-tab-timeline">
            {t('correspondence.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="lead-tab-history">
            {t('leads.card.tabs.history')}
          </Tabs.Tab>
          <Tabs.Tab value="schedule" data-testid="lead-tab-schedule">
            {t('schedule.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="card" pt="md">
          <form onSubmit={save} noValidate>
            <Stack>
              <DuplicateWarning inn={values.inn} phone={values.phone} email={values.email} excludeId={lead.id} />
              <LeadForm
                form={form}
                options={options}
                disabled={!editable}
                current={{ source: lead.source, owner: lead.owner }}
              />
              {errors.general && <Alert color="red">{errors.general}</Alert>}
              {editable && <LeadSaveBar dirty={dirty} saving={saving} onDiscard={() => form.reset()} />}
            </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <LeadTimeline leadId={lead.id} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <LeadHistory entries={lead.history} lookups={options.lookups} />
        </Tabs.Panel>
        <Tabs.Panel value="schedule" pt="md">
          {/* the saved lead's profile: what the form shows unsaved is not the lead yet */}
          <LeadSchedulePanel legalForm={lead.legalForm} taxRegime={lead.taxRegime} regionCode={lead.regionCode} />
        </Tabs.Panel>
      </Tabs>

      <Stack gap="xs" data-testid="lead-pricing">
        <Title order={3}>{t('leads.card.tabs.pricing')}</Title>
        <LeadPricingPanel
          leadId={lead.id}
          legalForm={lead.legalForm}
          taxRegime={lead.taxRegime}
          onRunSaved={() => void adoptLatest()}
        />
      </Stack>
    </Stack>
  );
}
