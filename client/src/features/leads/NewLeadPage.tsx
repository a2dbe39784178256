import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { NewLeadPageCreateLeadDocument } from '../../gql/graphql';
import { DuplicateWarning } from './DuplicateWarning';
import { LeadForm } from './LeadForm';
import { emptyLeadForm, formToInput } from './leadForm';
import { leadSaveErrors } from './leadMutationErrors';
import { showLeadFieldErrors, useLeadForm } from './useLeadForm';
import { useLeadOptions } from './useLeadOptions';

export function NewLeadPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const client = useApolloClient();
  const options = useLeadOptions();
  const form = useLeadForm(() => emptyLeadForm(me.id));
  const [createLead, { loading, error }] = useMutation(NewLeadPageCreateLeadDocument);
  const errors = leadSaveErrors(error, t);

  const submit = form.onSubmit(async (values) => {
    const result = await createLead({ variables: { input: formToInput(values, options.fields) } }).catch((failure: unknown) => {
      showLeadFieldErrors(form, failure);
      return null;
    });
    const created = result?.data?.createLead;
    if (!created) return;
    // the table and the board must show the new lead
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'leads' });
    client.cache.gc();
    if (created.duplicates.length > 0) {
      notifications.show({ color: 'yellow', message: t('leads.card.createdWithDuplicates') });
    }
    void navigate(`/leads/${created.id}`);
  });

  if (!me.can.editLeads) return <Alert color="yellow">{t('leads.card.readOnly')}</Alert>;

  const { values } = form;
  return (
    <form onSubmit={submit} noValidate>
    <Stack>
      <Anchor component={Link} to="/leads" size="sm">
        ← {t('leads.card.back')}
      </Anchor>
      <Title order={2}>{t('leads.new.title')}</Title>
      <DuplicateWarning inn={values.inn} phone={values.phone} email={values.email} />
      <LeadForm form={form} options={options} />
      {errors.general && <Alert color="red">{errors.general}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" component={Link} to="/leads">
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={loading} data-testid="lead-save">
          {t('leads.new.submit')}
        </Button>
      </Group>
    </Stack>
    </form>
  );
}
