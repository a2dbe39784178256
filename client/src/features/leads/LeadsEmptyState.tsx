import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../kernel/ui/EmptyState';

/** What an empty leads list says: nothing matches the filters (clear them), or no leads yet (add or import). */
export function LeadsEmptyState({ filtered, editor, onClearFilters, onImport }: {
  filtered: boolean;
  editor: boolean;
  onClearFilters: () => void;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  if (filtered) {
    return (
      <EmptyState
        title={t('leads.empty.filteredTitle')}
        description={t('leads.empty.filteredText')}
        action={
          <Button variant="default" onClick={onClearFilters} data-testid="leads-clear-filters">
            {t('leads.empty.clearFilters')}
          </Button>
        }
      />
    );
  }
  return (
    <EmptyState
      title={t('leads.empty.title')}
      description={t(editor ? 'leads.empty.text' : 'leads.empty.textReadOnly')}
      action={
        editor && (
          <Group gap="sm" justify="center">
            <Button component={Link} to="/leads/new" data-testid="empty-new-lead">
              {t('leads.table.new')}
            </Button>
            <Button variant="default" onClick={onImport}>
              {t('leads.import.button')}
            </Button>
          </Group>
        )
      }
    />
  );
}
