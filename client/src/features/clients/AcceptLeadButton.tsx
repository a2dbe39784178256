import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CreateClientFromLeadDocument } from '../../gql/graphql';

/** On the lead card: makes the lead a client (its card carries over) and opens the client card; once a client, links to it. */
export function AcceptLeadButton({ lead }: { lead: { id: string; version: number; client?: { id: string } | null } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateClientFromLeadDocument);
  if (lead.client) {
    return (
      <Button variant="default" component={Link} to={`/clients/${lead.client.id}`} data-testid="lead-client">
        {t('clients.fromLead.open')}
      </Button>
    );
  }
  return (
    <Button
      variant="light"
      loading={loading}
      data-testid="accept-lead"
      onClick={async () => {
        const { data } = await create({ variables: { leadId: lead.id, leadVersion: lead.version } });
        if (data) void navigate(`/clients/${data.createClientFromLead.id}`);
      }}
    >
      {t('clients.fromLead.button')}
    </Button>
  );
}
