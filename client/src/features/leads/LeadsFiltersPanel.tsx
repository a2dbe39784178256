import { Button, Drawer } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The filters in place, or on a phone folded into a bottom drawer behind a button that counts the active ones. */
export function LeadsFiltersPanel({ compact, filterCount, children }: { compact: boolean; filterCount: number; children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, drawer] = useDisclosure();
  if (!compact) return children;
  return (
    <>
      <Button variant="default" onClick={drawer.open} data-testid="leads-filters-open">
        {filterCount ? t('leads.filtersDrawer.openCount', { count: filterCount }) : t('leads.filtersDrawer.open')}
      </Button>
      <Drawer opened={opened} onClose={drawer.close} title={t('leads.filtersDrawer.title')} position="bottom" size="85%">
        {children}
      </Drawer>
    </>
  );
}
