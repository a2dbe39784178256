import { useQuery } from '@apollo/client/react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMemo } from 'react';
import { CurrentUserQueryDocument } from '../gql/graphql';
import { errorMessage } from '../kernel/apollo/errors';
import { CurrentUserContext, useCurrentUser, type Capability } from '../kernel/session/currentUser';
import { useToken } from '../kernel/session/session';

export function RequireSignedOut() {
  return useToken() ? <Navigate to="/" replace /> : <Outlet />;
}

export function RequireSignedIn() {
  const token = useToken();
  const location = useLocation();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CurrentUserQueryDocument, { skip: !token });
  const user = useMemo(() => (data ? { ...data.me, can: data.viewerCan } : null), [data]);

  if (!token) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (user) {
    return (
      <CurrentUserContext.Provider value={user}>
        <Outlet />
      </CurrentUserContext.Provider>
    );
  }
  if (error) {
    return (
      <Center h="100vh">
        <Stack align="center">
          <Alert color="red">{errorMessage(error, t)}</Alert>
          <Button variant="light" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Center>
    );
  }
  return (
    <Center h="100vh">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

/** A page for those the server grants `capability`. */
export function RequireCapability({ capability }: { capability: Capability }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return user.can[capability] ? <Outlet /> : <Alert color="yellow">{t('app.forbidden')}</Alert>;
}
