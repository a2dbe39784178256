import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { NotificationSettingsDocument, NotificationSettingsSetDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';

/** Each kind of notification the app sends, grouped by area: the user turns off what they do not want. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(NotificationSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const [save] = useMutation(NotificationSettingsSetDocument, {
    // the answer is the whole list: the page follows it without a refetch
    update: (cache, { data: answer }) => answer && cache.writeQuery({ query: NotificationSettingsDocument, data: { __typename: 'Query', notificationPreferences: answer.setNotificationPreferences } }),
  });
  const preferences = data?.notificationPreferences ?? [];
  const areas = [...new Set(preferences.map((p) => p.area))];
  const toggle = (kind: string, enabled: boolean) =>
    save({ variables: { changes: [{ kind, enabled }] } }).catch((failure: unknown) => notifications.show({ color: 'red', message: errorMessage(failure, t) }));

  return (
    <Stack maw={720}>
      <Title order={2}>{t('notifications.settings.title')}</Title>
      <Text c="dimmed" size="sm">{t('notifications.settings.explain')}</Text>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {areas.map((area) => (
        <Card key={area} withBorder data-testid="notification-area">
          <Text fw={600} mb="xs">{t(`notifications.areas.${area}`, { defaultValue: area })}</Text>
          <Stack gap="xs">
            {preferences.filter((p) => p.area === area).map((p) => (
              <Switch
                key={p.kind}
                label={t(`notifications.kindNames.${p.kind}`, { defaultValue: t('notifications.kinds.other') })}
                checked={p.enabled}
                onChange={(event) => void toggle(p.kind, event.currentTarget.checked)}
                data-testid={`notification-kind-${p.kind}`}
              />
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
