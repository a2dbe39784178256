import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeClientStatusDocument, type ClientPageQueryQuery, type ClientStatus } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { DayInput } from '../../kernel/ui/DayInput';
import { nextStatuses } from './clientProfileForm';

type ClientCard = NonNullable<ClientPageQueryQuery['client']>;

/** The client's status from the card: suspended, terminated or active again, from a day. */
export function ClientStatusControl({ client, today, onChanged }: { client: ClientCard; today: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const options = nextStatuses(client.status);
  const [status, setStatus] = useState<ClientStatus | null>(null);
  const [since, setSince] = useState<string | null>(today);
  const [change, { loading, error }] = useMutation(ChangeClientStatusDocument);
  if (!options.length) return null;
  return (
    <Stack gap={4}>
      <Group align="end" gap="xs">
        <Select size="xs" w={220} label={t('clients.form.newStatus')} value={status} onChange={(value) => setStatus(value as ClientStatus | null)} data={options.map((s) => ({ value: s, label: t(`clients.status.${s}`) }))} data-testid="client-new-status" />
        <DayInput size="xs" w={130} label={t('clients.form.statusSince')} value={since} onChange={setSince} />
        <Button
          size="xs"
          variant="default"
          disabled={!status}
          loading={loading}
          data-testid="change-client-status"
          onClick={async () => {
            await change({ variables: { id: client.id, version: client.version, status: status!, since } });
            setStatus(null);
            onChanged();
          }}
        >
          {t('clients.form.changeStatus')}
        </Button>
      </Group>
      {error && <Text size="xs" c="red">{errorMessage(error, t)}</Text>}
    </Stack>
  );
}
