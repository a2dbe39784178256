import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../kernel/ui/LanguageSwitch';

/** The centred card that frames the signed-out pages. */
export function AuthCard({ title, children }: { title?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={440} maw="100%">
        <Stack>
          <Group justify="space-between">
            <Title order={2}>{t('app.name')}</Title>
            <LanguageSwitch />
          </Group>
          <Text c="dimmed" size="sm">
            {title ?? t('auth.tagline')}
          </Text>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
