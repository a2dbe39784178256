import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Principal {
  name: string;
  inn?: string | null;
  client?: { id: string } | null;
  lead?: { id: string } | null;
}

/** Who gives a power of attorney: the client's card where there is a client, else the lead's; with the INN when asked. */
export function PoaPrincipalLink({ principal, withInn = false, size }: { principal: Principal; withInn?: boolean; size?: 'sm' }) {
  const { t } = useTranslation();
  const to = principal.client ? `/clients/${principal.client.id}` : principal.lead ? `/leads/${principal.lead.id}` : null;
  return (
    <>
      {to ? <Anchor component={Link} to={to} size={size} data-testid="poa-principal">{principal.name}</Anchor> : <Text size={size ?? 'sm'} span data-testid="poa-principal">{principal.name}</Text>}
      {withInn && principal.inn && <Text size="xs" c="dimmed">{t('contracts.poa.inn', { inn: principal.inn })}</Text>}
    </>
  );
}
