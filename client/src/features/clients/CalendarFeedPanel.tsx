import { useMutation, useQuery } from '@apollo/client/react';
import { Accordion, Alert, Button, Divider, Group, List, Modal, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarFeedPanelQueryDocument, CalendarFeedPanelRevokeDocument, CalendarFeedPanelRotateDocument, CalendarFeedPanelSetDaysDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDateTime } from '../../kernel/i18n/format';
import { SecretReveal } from '../../kernel/ui/SecretReveal';

const APPS = ['outlook', 'google', 'apple'] as const;

/**
 * «Календарь и напоминания»: the caller's private calendar feed (the URL is shown once when
 * issued; a new one replaces it, revoking stops it) and how many days ahead they are reminded.
 */
export function CalendarFeedButton() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button variant="default" onClick={open} data-testid="calendar-feed-open">{t('clients.feed.open')}</Button>
      <Modal opened={opened} onClose={close} title={t('clients.feed.title')} size="lg" centered>
        {opened && <CalendarFeedPanel />}
      </Modal>
    </>
  );
}

function CalendarFeedPanel() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(CalendarFeedPanelQueryDocument, { fetchPolicy: 'cache-and-network' });
  const [rotate, rotation] = useMutation(CalendarFeedPanelRotateDocument);
  const [revoke, revocation] = useMutation(CalendarFeedPanelRevokeDocument);
  const [setDays, saving] = useMutation(CalendarFeedPanelSetDaysDocument);
  // the URL exists only in the answer that issued it
  const [url, setUrl] = useState<string | null>(null);
  const [days, setDaysValue] = useState<number | null>(null);
  const feed = data?.myCalendarFeed;
  const saved = data?.myObligationReminders.daysBefore;
  const failure = error ?? rotation.error ?? revocation.error ?? saving.error;

  const issue = async () => {
    const answer = await rotate().catch(() => null);
    if (answer?.data) {
      setUrl(answer.data.rotateCalendarFeed.url);
      await refetch();
    }
  };
  const stop = async () => {
    await revoke().catch(() => null);
    setUrl(null);
    await refetch();
  };
  const save = async () => {
    if (days === null) return;
    const answer = await setDays({ variables: { days } }).catch(() => null);
    if (answer?.data) {
      setDaysValue(null);
      await refetch();
    }
  };

  return (
    <Stack>
      {failure && <Alert color="red">{errorMessage(failure, t)}</Alert>}
      <Title order={5}>{t('clients.feed.subscription')}</Title>
      <Text size="sm">{t('clients.feed.intro')}</Text>
      {url && <SecretReveal value={url} hint={t('clients.feed.urlHint')} testId="calendar-feed-url" />}
      {!url && feed && (
        <Text size="sm" c="dimmed" data-testid="calendar-feed-status">
          {t('clients.feed.issued', { at: formatDateTime(feed.createdAt, i18n.language) })}{' '}
          {feed.lastUsedAt ? t('clients.feed.lastUsed', { at: formatDateTime(feed.lastUsedAt, i18n.language) }) : t('clients.feed.neverUsed')}
        </Text>
      )}
      {!url && data && !feed && <Text size="sm" c="dimmed">{t('clients.feed.none')}</Text>}
      <Group>
        <Button onClick={() => void issue()} loading={rotation.loading} data-testid="calendar-feed-rotate">
          {feed ? t('clients.feed.rotate') : t('clients.feed.create')}
        </Button>
        {feed && (
          <Button color="red" variant="light" onClick={() => void stop()} loading={revocation.loading} data-testid="calendar-feed-revoke">
            {t('clients.feed.revoke')}
          </Button>
        )}
      </Group>
      {feed && !url && <Text size="xs" c="dimmed">{t('clients.feed.rotateHint')}</Text>}
      <Accordion variant="contained">
        {APPS.map((app) => (
          <Accordion.Item key={app} value={app}>
            <Accordion.Control>{t(`clients.feed.apps.${app}.name`)}</Accordion.Control>
            <Accordion.Panel>
              <List type="ordered" size="sm" spacing={4}>
                {(t(`clients.feed.apps.${app}.steps`, { returnObjects: true }) as string[]).map((step) => <List.Item key={step}>{step}</List.Item>)}
              </List>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Divider />
      <Title order={5}>{t('clients.feed.reminders')}</Title>
      <Text size="sm">{t('clients.feed.remindersIntro')}</Text>
      <Group align="end">
        <NumberInput
          label={t('clients.feed.daysBefore')}
          description={t('clients.feed.daysHint')}
          min={0}
          max={30}
          clampBehavior="strict"
          allowDecimal={false}
          w={260}
          value={days ?? saved ?? ''}
          onChange={(value) => setDaysValue(typeof value === 'number' ? value : null)}
          data-testid="reminder-days"
        />
        <Button onClick={() => void save()} loading={saving.loading} disabled={days === null || days === saved} data-testid="reminder-days-save">
          {t('clients.feed.save')}
        </Button>
      </Group>
    </Stack>
  );
}
