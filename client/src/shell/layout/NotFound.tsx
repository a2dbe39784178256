import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('app.notFound')}</Text>;
}
