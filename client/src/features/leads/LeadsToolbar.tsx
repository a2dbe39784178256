import { Button, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The leads list's heading and its actions: settings, export, import and a new lead. */
export function LeadsToolbar({ canEditLists, editor, exporting, onExport, onImport }: {
  canEditLists: boolean;
  editor: boolean;
  exporting: boolean;
  onExport: () => void;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Title order={2}>{t('leads.table.title')}</Title>
      <Group gap="sm">
        {canEditLists && (
          <Button variant="subtle" component={Link} to="/leads/settings" data-testid="lead-settings-open">
            {t('leads.settings.open')}
          </Button>
        )}
        <Button variant="default" onClick={onExport} loading={exporting} data-testid="export-leads">
          {t('leads.export.button')}
        </Button>
        {editor && (
          <Button variant="default" onClick={onImport} data-testid="import-leads">
            {t('leads.import.button')}
          </Button>
        )}
        {editor && (
          <Button component={Link} to="/leads/new" data-testid="new-lead">
            {t('leads.table.new')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
