import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StartPageQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser, type Capability } from '../../kernel/session/currentUser';
import { startSteps, tariffTouched, type StepKey } from './landing';

// a step is offered only to those the server lets do it
const NEEDS: Record<StepKey, Capability> = {
  addLead: 'editLeads',
  importLeads: 'editLeads',
  checkTariff: 'editTariffs',
  inviteColleagues: 'manageTeam',
};

/** «С чего начать»: the first things a new firm does, each ticked from its real data. */
export function StartPage() {
  const { t } = useTranslation();
  const { can } = useCurrentUser();
  const { data, loading, error } = useQuery(StartPageQueryDocument, { fetchPolicy: 'cache-and-network' });
  const steps = data
    ? startSteps({
        leadCount: data.leads.totalCount,
        tariffTouched: tariffTouched(data.tariffPlans),
        activeUsers: data.users.filter((u) => u.active).length,
      }).filter((step) => can[NEEDS[step.key]])
    : [];

  return (
    <Stack maw={720}>
      <Title order={2}>{t('start.title')}</Title>
      <Text c="dimmed">{t('start.intro')}</Text>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {steps.map((step, i) => (
        <Card key={step.key} withBorder data-testid={`start-step-${step.key}`} data-done={step.done}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Group wrap="nowrap" align="flex-start">
              <ThemeIcon radius="xl" color={step.done ? 'teal' : 'gray'} variant={step.done ? 'filled' : 'light'} aria-label={step.done ? t('start.done') : t('start.todo')}>
                {step.done ? '✓' : i + 1}
              </ThemeIcon>
              <Stack gap={2}>
                <Text fw={600} td={step.done ? 'line-through' : undefined}>
                  {t(`start.steps.${step.key}.title`)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`start.steps.${step.key}.text`)}
                </Text>
              </Stack>
            </Group>
            <Button component={Link} to={step.to} variant={step.done ? 'default' : 'filled'} style={{ flexShrink: 0 }}>
              {t(`start.steps.${step.key}.action`)}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
