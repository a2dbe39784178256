import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { formatDateTime } from '../../kernel/i18n/format';
import { useFragment as readFragment } from '../../gql';
import {
  LeadCardPage_LeadFragmentDoc,
  LeadCardPageQueryDocument,
  LeadCardPageUpdateLeadDocument,
  type LeadCardPage_LeadFragment,
  type LeadCardPageQueryQuery,
} from '../../gql/graphql';
import { LeadPricingPanel } from '../pricing';
import { DuplicateWarning } from './DuplicateWarning';
import { canEditLeads } from './leadEnums';
import { LeadForm } from './LeadForm';
import { formToInput, leadToForm } from './leadForm';
import { LeadHistory } from './LeadHistory';
import { leadSaveErrors } from './leadMutationErrors';
import { showLeadFieldErrors, useLeadForm } from './useLeadForm';
import { LeadStageControl } from './LeadStageControl';
import { useLeadOptions } from './useLeadOptions';

export function LeadCardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [reloads, setReloads] = useState(0);
  const { data, loading, error, refetch } = useQuery(LeadCardPageQueryDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const lead = data ? readFragment(LeadCardPage_LeadFragmentDoc, data.lead) : undefined;

  const reload = async () => {
    await refetch();
    // a fresh form from the current version
    setReloads((count) => count + 1);
  };

  if (!lead) {
    if (error) {
      return (
        <Stack>
          <Anchor component={Link} to="/leads">
            ← {t('leads.card.back')}
          </Anchor>
          <Alert color={errorCode(error) === 'NOT_FOUND' ? 'yellow' : 'red'}>{errorMessage(error, t)}</Alert>
        </Stack>
      );
    }
    return loading ? <Loader /> : null;
  }
  return <LeadCard key={`${lead.id}:${reloads}`} lead={lead} refetch={refetch} onReload={reload} />;
}

interface LeadCardProps {
  lead: LeadCardPage_LeadFragment;
  refetch: () => Promise<{ data?: LeadCardPageQueryQuery }>;
  onReload: () => Promise<void>;
}

function LeadCard({ lead, refetch, onReload }: LeadCardProps) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const editable = canEditLeads(me.role);
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
      <Anchor component={Link} to="/leads" size="sm">
        ← {t('leads.card.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} data-testid="lead-title">
            {lead.companyName}
          </Title>
          <Text size="sm" c="dimmed">
            {t('leads.card.created', { at: formatDateTime(lead.createdAt, i18n.language) })}
          </Text>
        </Stack>
        <LeadStageControl
          lead={{ ...lead, version }}
          lostReasons={options.lostReasons}
          editable={editable}
          onMoved={() => void adoptLatest()}
        />
      </Group>

      {!editable && <Alert color="blue">{t('leads.card.readOnly')}</Alert>}
      {errors.conflict && (
        <Alert color="orange" title={t('leads.card.conflict')} data-testid="lead-conflict">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('leads.card.conflictHint')}</Text>
            <Button size="xs" variant="light" onClick={() => void onReload().then(reset)} data-testid="lead-reload">
              {t('leads.card.reload')}
            </Button>
          </Stack>
        </Alert>
      )}

      <Tabs defaultValue="card" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="card" data-testid="lead-tab-card">
            {t('leads.card.tabs.card')}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="lead-tab-history">
            {t('leads.card.tabs.history')}
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
            {editable && (
              <Group justify="flex-end">
                {dirty && (
                  <>
                    <Badge color="yellow" variant="light" data-testid="lead-unsaved">
                      {t('leads.card.unsaved')}
                    </Badge>
                    <Button variant="default" onClick={() => form.reset()} data-testid="lead-discard">
                      {t('leads.card.discard')}
                    </Button>
                  </>
                )}
                <Button type="submit" loading={saving} data-testid="lead-save">
                  {t('leads.card.save')}
                </Button>
              </Group>
            )}
          </Stack>
          </form>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <LeadHistory entries={lead.history} lookups={options.lookups} />
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
