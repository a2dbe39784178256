import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { useFragment as readFragment } from '../../gql';
import { LeadCardPage_LeadFragmentDoc, LeadCardPageQueryDocument } from '../../gql/graphql';
import { LeadCard } from './LeadCard';

/** The lead of the route: loaded, then the card afresh for every reload after a conflict. */
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
