import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { DocumentRequest_RequestFragmentDoc, TimelineFollowUp_FollowUpFragmentDoc, TimelineItem_ItemFragmentDoc, type DocumentRequest_RequestFragment, type TimelineFollowUp_FollowUpFragment } from '../../gql/graphql';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { DocumentRequestCard } from './DocumentRequestCard';
import { formatMoment } from './entryForm';
import { EmailView } from '../mail';
import type { MailMessage_MessageFragment } from '../../gql/graphql';

const KIND_COLORS: Record<string, string> = { CALL: 'blue', MEETING: 'grape', NOTE: 'gray', FOLLOW_UP: 'orange', FOLLOW_UP_RESULT: 'teal', EMAIL: 'cyan', DOCUMENT_REQUEST: 'indigo', CHANGE: 'dark' };
export const STATE_COLORS: Record<string, string> = { UPCOMING: 'blue', DUE: 'orange', OVERDUE: 'red', DONE: 'green' };

export function readFollowUp(followUp: FragmentType<typeof TimelineFollowUp_FollowUpFragmentDoc>): TimelineFollowUp_FollowUpFragment {
  return readFragment(TimelineFollowUp_FollowUpFragmentDoc, followUp);
}

interface TimelineItemViewProps {
  item: FragmentType<typeof TimelineItem_ItemFragmentDoc>;
  onClose: (followUp: { id: string; title: string }) => void;
  /** Entries of the timeline a requested document may have come with. */
  entries?: { id: string; label: string }[];
  onEditRequest?: (request: DocumentRequest_RequestFragment) => void;
  /** For an e-mail entry: answer or pass on the letter. */
  onReply?: (message: MailMessage_MessageFragment) => void;
  onForward?: (message: MailMessage_MessageFragment) => void;
}

/** One item of a timeline, as a card: who, when, what, and a follow-up's state with its close button. */
export function TimelineItemView({ item: masked, onClose, entries = [], onEditRequest = () => undefined, onReply, onForward }: TimelineItemViewProps) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const item = readFragment(TimelineItem_ItemFragmentDoc, masked);
  const when = formatMoment(item.at, i18n.language, me.firm.timeZone);
  const followUp = item.followUp ? readFollowUp(item.followUp) : null;
  const closed = item.entry?.followUp ?? null;
  const request = item.documentRequest ? readFragment(DocumentRequest_RequestFragmentDoc, item.documentRequest) : null;
  const who = item.entry?.author?.name ?? followUp?.owner.name ?? request?.responsible.name ?? item.change?.actor?.name ?? t('audit.system');

  return (
    <Card withBorder padding="sm" data-testid="timeline-item" data-kind={item.kind} data-item-id={item.id}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Badge color={KIND_COLORS[item.kind]} variant="light">
              {t(`correspondence.kinds.${item.kind}`)}
            </Badge>
            {item.entry?.direction && <Text size="sm" c="dimmed">{t(`correspondence.directions.${item.entry.direction}`)}</Text>}
            <Text size="sm" fw={500}>{who}</Text>
          </Group>
          <Text size="sm" c="dimmed">{when}</Text>
        </Group>
        {item.entry && (
          <>
            {item.entry.contactName && <Text size="sm" c="dimmed">{t('correspondence.entry.with', { name: item.entry.contactName })}</Text>}
            {item.entry.subject && <Text fw={500}>{item.entry.subject}</Text>}
            {item.entry.email ? (
              <EmailView message={item.entry.email} onReply={onReply} onForward={onForward} />
            ) : (
              <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="timeline-summary">{item.entry.summary}</Text>
            )}
            {item.entry.result && <Text size="sm">{t('correspondence.entry.result', { result: item.entry.result })}</Text>}
            {closed && <Text size="sm" c="dimmed">{closed.title}</Text>}
          </>
        )}
        {followUp && (
          <Group justify="space-between" data-testid="timeline-follow-up" data-state={followUp.state}>
            <Stack gap={0}>
              <Text fw={500}>{followUp.title}</Text>
              <Text size="sm" c="dimmed">
                {t('correspondence.followUp.due', { at: formatMoment(followUp.dueAt, i18n.language, me.firm.timeZone) })} · {t('correspondence.followUp.owner', { name: followUp.owner.name })}
              </Text>
              {followUp.result && <Text size="sm">{t('correspondence.followUp.result', { result: followUp.result })}</Text>}
            </Stack>
            <Group gap="xs">
              <Badge color={STATE_COLORS[followUp.state]}>{t(`correspondence.states.${followUp.state}`)}</Badge>
              {followUp.viewerCanClose && (
                <Button size="xs" variant="light" onClick={() => onClose(followUp)} data-testid="follow-up-close">
                  {t('correspondence.actions.close')}
                </Button>
              )}
            </Group>
          </Group>
        )}
        {request && <DocumentRequestCard request={request} entries={entries} onEdit={onEditRequest} />}
        {item.change && <Text size="sm">{changeText(item.change, t)}</Text>}
      </Stack>
    </Card>
  );
}

const KNOWN_CHANGES = ['LEAD_CREATED', 'PRICING_RUN_CREATED', 'CLIENT_CREATED', 'CLIENT_ACCEPTED', 'CLIENT_STATUS_CHANGED', 'CONTRACT_SIGNED_BY_FIRM', 'CONTRACT_SIGNED_BY_CLIENT', 'CONTRACT_TERMINATED'];

type Change = { type: string; fieldChanges: { field: string; from?: unknown; to?: unknown }[] };

function changeText(change: Change, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (change.type === 'LEAD_STAGE_CHANGED') {
    const stage = change.fieldChanges.find((c) => c.field === 'stage');
    return t('correspondence.changes.LEAD_STAGE_CHANGED', { from: t(`leads.stages.${String(stage?.from)}`), to: t(`leads.stages.${String(stage?.to)}`) });
  }
  if (KNOWN_CHANGES.includes(change.type)) return t(`correspondence.changes.${change.type}`);
  return t('correspondence.changes.other');
}
