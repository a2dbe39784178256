import { Alert, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerEnabled } from '../../kernel/serverInfo/useServerInfo';

// GraphiQL and monaco are megabytes: load them only when the explorer is opened
const ExplorerPage = lazy(() => import('./ExplorerPage'));

export function ExplorerRoute() {
  const { t } = useTranslation();
  const enabled = useExplorerEnabled();
  if (enabled === undefined) return <Loader />;
  if (!enabled) {
    return (
      <Alert color="gray" data-testid="explorer-disabled">
        {t('explorer.disabled')}
      </Alert>
    );
  }
  return (
    <Suspense fallback={<Loader />}>
      <ExplorerPage />
    </Suspense>
  );
}
