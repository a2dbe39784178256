import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { ActionIcon, Button, Divider, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NotificationBellEventsDocument, NotificationBellMarkAllReadDocument, NotificationBellMarkReadDocument, NotificationBellQueryDocument } from '../../gql/graphql';
import { formatDateTime } from '../../kernel/i18n/format';

type Data = Record<string, unknown>;

/** The bell in the header: the unread count live, the latest notifications, mark read. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure();
  const { data, refetch } = useQuery(NotificationBellQueryDocument, { fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(NotificationBellMarkReadDocument);
  const [markAllRead] = useMutation(NotificationBellMarkAllReadDocument);
  useSubscription(NotificationBellEventsDocument, {
    variables: { after: null },
    // a new notification or a read mark, here or in another tab: the list and count follow
    onData: () => void refetch(),
  });
  const unread = data?.unreadNotificationCount ?? 0;
  const items = data?.notifications.edges.map((edge) => edge.node) ?? [];

  const open = async (id: string, notification: Data) => {
    close();
    await markRead({ variables: { ids: [id] } }).catch(() => undefined);
    // contracts first: their notices also name the lead, which is not where the work is
    if (typeof notification.contractId === 'string') void navigate(`/contracts/${notification.contractId}`);
    else if (typeof notification.poaId === 'string') void navigate('/contracts');
    else if (typeof notification.leadId === 'string') void navigate(`/leads/${notification.leadId}`);
    else if (typeof notification.clientId === 'string') void navigate(`/clients/${notification.clientId}`);
  };

  return (
    <Popover opened={opened} onChange={(value) => !value && close()} position="bottom-end" width={360} withinPortal>
      <Popover.Target>
        <Indicator label={unread} size={18} disabled={unread === 0} data-testid="notification-count" data-count={unread}>
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={toggle} aria-label={t('notifications.bell')} data-testid="notification-bell">
            <span aria-hidden>🔔</span>
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fw={600}>{t('notifications.title')}</Text>
          {items.length === 0 && <Text size="sm" c="dimmed">{t('notifications.empty')}</Text>}
          <ScrollArea.Autosize mah={360}>
            <Stack gap={4}>
              {items.map((item) => {
                const facts = item.data as Data;
                return (
                  <UnstyledButton key={item.id} onClick={() => void open(item.id, facts)} data-testid="notification" data-read={!!item.readAt} p={4}>
                    <Text size="sm" fw={item.readAt ? 400 : 600}>
                      {t(`notifications.kinds.${item.kind}`, { ...facts, defaultValue: t('notifications.kinds.other') })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(item.createdAt, i18n.language)}
                    </Text>
                  </UnstyledButton>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
          <Divider />
          <Button size="xs" variant="subtle" color="gray" onClick={() => { close(); void navigate('/settings/notifications'); }} data-testid="notification-settings-link">
            {t('notifications.settingsLink')}
          </Button>
          {unread > 0 && (
            <>
              <Button size="xs" variant="subtle" onClick={() => void markAllRead()} data-testid="notifications-mark-all">
                {t('notifications.markAllRead')}
              </Button>
            </>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
