import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../kernel/i18n/format';
import { useCurrentUser } from '../../kernel/session/currentUser';
import type { LeadCardPage_LeadFragment } from '../../gql/graphql';
import { NewContractButton } from '../contracts';
import { NewProjectDialog, projectFromLead } from '../projects';
import { AcceptLeadButton } from '../clients';
import { LeadStageControl } from './LeadStageControl';

interface LeadCardHeaderProps {
  lead: LeadCardPage_LeadFragment;
  /** the version the card's form was filled from */
  version: number;
  lostReasons: ComponentProps<typeof LeadStageControl>['lostReasons'];
  editable: boolean;
  onMoved: () => void;
}

/** The lead card's head: back to the list, the company and when it came, «Создать проект приёма» and the stage. */
export function LeadCardHeader({ lead, version, lostReasons, editable, onMoved }: LeadCardHeaderProps) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [creatingProject, setCreatingProject] = useState(false);
  return (
    <>
      <Anchor component={Link} to="/leads" size="sm">
        ← {t('leads.card.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} data-testid="lead-title">
            {lead.companyName}
          </Title>
          <Text size="sm" c="dimmed">
            {t('leads.card.created', { at: formatDateTime(lead.createdAt, i18n.language) })}
          </Text>
        </Stack>
        <Group align="flex-start">
          {me.can.createProjects && (
            <Button variant="light" onClick={() => setCreatingProject(true)} data-testid="lead-create-project">
              {t('leads.card.createProject')}
            </Button>
          )}
          <NewContractButton leadId={lead.id} />
          {(editable || lead.client) && <AcceptLeadButton lead={{ id: lead.id, version, client: lead.client }} />}
          <LeadStageControl lead={{ ...lead, version }} lostReasons={lostReasons} editable={editable} onMoved={onMoved} />
        </Group>
      </Group>
      {me.can.createProjects && (
        <NewProjectDialog
          opened={creatingProject}
          onClose={() => setCreatingProject(false)}
          // as saved, not as being typed: the project takes the lead's stored contacts
          from={projectFromLead(lead, (inn) => t('projects.create.innLine', { inn }))}
        />
      )}
    </>
  );
}
