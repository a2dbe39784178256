import { useQuery } from '@apollo/client/react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { HomeLandingQueryDocument } from '../../gql/graphql';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { landingNeedsLeadCount, landingPath } from './landing';

/** `/` (where sign-in lands): each role goes where its work is. */
export function HomeRoute() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const needsCount = landingNeedsLeadCount(role);
  const { data, error } = useQuery(HomeLandingQueryDocument, { skip: !needsCount, fetchPolicy: 'network-only' });
  if (needsCount && !data && !error) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  // when the count cannot be read, the leads page says why itself
  return <Navigate to={landingPath(role, data?.leads.totalCount ?? null)} replace />;
}
