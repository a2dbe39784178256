import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../kernel/apollo/errors';
import { FirmSettingsQueryDocument, FirmSettingsUpdateDocument } from '../../gql/graphql';
import { timeZoneGroups } from './timeZones';

/** The owner's firm-wide settings: the time zone that decides the firm's "today". */
export function FirmSettingsSection() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(FirmSettingsQueryDocument);
  const saved = data?.me.firm.timeZone ?? null;
  const [picked, setPicked] = useState<string | null>(null);
  const [save, saving] = useMutation(FirmSettingsUpdateDocument);
  const zone = picked ?? saved;
  const groups = useMemo(
    () =>
      timeZoneGroups({
        current: saved,
        russianName: (name) => t(`firm.zones.${name}`),
        russiaGroup: t('firm.settings.russia'),
        otherGroup: t('firm.settings.other'),
      }),
    [saved, t],
  );

  const submit = async () => {
    if (!zone) return;
    const result = await save({ variables: { input: { timeZone: zone } } }).catch(() => null);
    const firm = result?.data?.updateFirmSettings;
    if (!firm) return;
    setPicked(null);
    notifications.show({ color: 'teal', message: t('firm.settings.saved', { zone: firm.timeZone }) });
  };

  return (
    <Stack data-testid="firm-settings" maw={520}>
      <Title order={3}>{t('firm.settings.title')}</Title>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {data && (
        <Group align="flex-end">
          <Select
            flex={1}
            label={t('firm.settings.timeZone')}
            description={t('firm.settings.timeZoneHint')}
            data={groups}
            value={zone}
            onChange={setPicked}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('firm.settings.nothingFound')}
            error={fieldErrors(saving.error).timeZone}
            data-testid="firm-time-zone"
          />
          <Button onClick={submit} loading={saving.loading} disabled={!zone || zone === saved} data-testid="firm-settings-save">
            {t('firm.settings.save')}
          </Button>
        </Group>
      )}
      {saving.error && !fieldErrors(saving.error).timeZone && <Text c="red">{errorMessage(saving.error, t)}</Text>}
    </Stack>
  );
}
