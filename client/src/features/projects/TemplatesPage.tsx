import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Grid, Group, Loader, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../kernel/apollo/errors';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { useFragment as readFragment } from '../../gql';
import { ProjectTemplatesPageQueryDocument, TemplateEditor_TemplateFragmentDoc } from '../../gql/graphql';
import { TemplateEditor } from './TemplateEditor';

const NEW = 'new';

export function TemplatesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { data, error, loading, refetch } = useQuery(ProjectTemplatesPageQueryDocument, { fetchPolicy: 'cache-and-network' });
  const templates = readFragment(TemplateEditor_TemplateFragmentDoc, data?.projectTemplates ?? []);
  const [selected, setSelected] = useState<string | null>(null);
  const editable = me.can.editTemplates;
  const template = templates.find((candidate) => candidate.id === selected) ?? null;

  return (
    <Stack>
      <Anchor component={Link} to="/projects" size="sm">
        {t('projects.project.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={2}>{t('projects.templates.title')}</Title>
        {editable && (
          <Button onClick={() => setSelected(NEW)} data-testid="template-new">
            {t('projects.templates.new')}
          </Button>
        )}
      </Group>
      {!editable && <Alert color="blue">{t('projects.templates.readOnly')}</Alert>}
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p="xs">
            {templates.length === 0 && data && (
              <EmptyState
                title={t('projects.templates.empty')}
                description={editable ? t('projects.templates.emptyText') : undefined}
                action={
                  editable && (
                    <Button size="xs" onClick={() => setSelected(NEW)}>
                      {t('projects.templates.new')}
                    </Button>
                  )
                }
              />
            )}
            {templates.map((candidate) => (
              <NavLink
                key={candidate.id}
                label={candidate.name}
                description={candidate.isDefault ? t('projects.templates.default') : candidate.archived ? t('projects.templates.archived') : undefined}
                active={candidate.id === selected}
                onClick={() => setSelected(candidate.id)}
                data-testid="template-item"
              />
            ))}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {selected === NEW ? (
            <TemplateEditor key={NEW} template={null} editable={editable} onSaved={setSelected} onConflict={() => void refetch()} />
          ) : template ? (
            <TemplateEditor
              key={`${template.id}:${template.version}`}
              template={template}
              editable={editable}
              onSaved={setSelected}
              onConflict={() => void refetch()}
            />
          ) : (
            <Text c="dimmed">{t('projects.templates.pick')}</Text>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
