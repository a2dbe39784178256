import { useMutation } from '@apollo/client/react';
import { Alert, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import {
  LeadSettingsCreateLeadSourceDocument,
  LeadSettingsCreateLostReasonDocument,
  LeadSettingsUpdateLeadSourceDocument,
  LeadSettingsUpdateLostReasonDocument,
} from '../../gql/graphql';
import { LeadFieldsSettings } from './LeadFieldsSettings';
import { NamedListSettings } from './NamedListSettings';
import { refetchLeadOptions, useLeadOptions } from './useLeadOptions';


export function LeadSettingsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const options = useLeadOptions();
  const [createSource] = useMutation(LeadSettingsCreateLeadSourceDocument, refetchLeadOptions);
  const [updateSource] = useMutation(LeadSettingsUpdateLeadSourceDocument);
  const [createReason] = useMutation(LeadSettingsCreateLostReasonDocument, refetchLeadOptions);
  const [updateReason] = useMutation(LeadSettingsUpdateLostReasonDocument);

  if (!me.can.editLeadLists) return <Alert color="yellow">{t('leads.settings.forbidden')}</Alert>;

  return (
    <Stack gap="xl">
      <Title order={2}>{t('leads.settings.title')}</Title>
      {options.error && <Alert color="red">{t('common.loadError', { message: errorMessage(options.error, t) })}</Alert>}
      {!options.loaded && options.loading && <Loader />}
      {options.loaded && (
        <>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <NamedListSettings
              title={t('leads.settings.sources')}
              testId="settings-sources"
              items={options.sources}
              onCreate={(name) => createSource({ variables: { input: { name } } })}
              onUpdate={(item, input) => updateSource({ variables: { id: item.id, input } })}
            />
            <NamedListSettings
              title={t('leads.settings.lostReasons')}
              testId="settings-lost-reasons"
              items={options.lostReasons}
              onCreate={(name) => createReason({ variables: { input: { name } } })}
              onUpdate={(item, input) => updateReason({ variables: { id: item.id, input } })}
            />
          </SimpleGrid>
          {me.can.editLeadFields ? (
            <LeadFieldsSettings fields={options.fields} />
          ) : (
            <Text c="dimmed">{t('leads.settings.fieldsOwnerOnly')}</Text>
          )}
        </>
      )}
    </Stack>
  );
}
