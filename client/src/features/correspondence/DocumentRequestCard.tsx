import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, CopyButton, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentRequestLetterDocument, MarkDocumentRequestItemDocument, type DocumentItemStatus, type DocumentRequest_RequestFragment } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay } from '../../kernel/i18n/format';
import { pendingCount } from './documentRequestForm';

export const REQUEST_COLORS: Record<string, string> = { OPEN: 'blue', PARTIAL: 'yellow', COMPLETE: 'green' };
const ITEM_COLORS: Record<string, string> = { PENDING: 'gray', RECEIVED: 'green', WAIVED: 'dark' };

interface DocumentRequestCardProps {
  request: DocumentRequest_RequestFragment;
  /** Entries of the timeline an item may have come with. */
  entries: { id: string; label: string }[];
  onEdit: (request: DocumentRequest_RequestFragment) => void;
}

type Marking = { itemId: string; description: string; status: Exclude<DocumentItemStatus, 'PENDING'> };

/** A document request on a timeline: what is still awaited, checked off item by item, and its letter to copy. */
export function DocumentRequestCard({ request, entries, onEdit }: DocumentRequestCardProps) {
  const { t } = useTranslation();
  const [marking, setMarking] = useState<Marking | null>(null);
  const [letterOpen, setLetterOpen] = useState(false);
  const [mark, { error: markError }] = useMutation(MarkDocumentRequestItemDocument);

  return (
    <Stack gap={6} data-testid="document-request" data-status={request.status} data-overdue={request.overdue}>
      <Group gap="xs">
        <Badge color={REQUEST_COLORS[request.status]}>{t(`correspondence.requests.status.${request.status}`)}</Badge>
        {request.overdue && <Badge color="red" data-testid="request-overdue">{t('correspondence.requests.overdue')}</Badge>}
        <Text size="sm">{t('correspondence.requests.due', { date: formatDay(request.dueDate) })}</Text>
        <Text size="sm" c="dimmed">{t('correspondence.requests.responsible', { name: request.responsible.name })}</Text>
        {request.status !== 'COMPLETE' && <Text size="sm" c="dimmed">{t('correspondence.requests.pending', { count: pendingCount(request), total: request.items.length })}</Text>}
      </Group>
      {request.items.map((item) => (
        <Group key={item.id} justify="space-between" wrap="nowrap" data-testid="request-item-row" data-status={item.status}>
          <Stack gap={0}>
            <Text size="sm" td={item.status === 'WAIVED' ? 'line-through' : undefined}>
              {item.description}
              {item.periodFrom && item.periodTo ? ` ${t('correspondence.requests.period', { from: formatDay(item.periodFrom), to: formatDay(item.periodTo) })}` : ''}
              {item.note ? ` (${item.note})` : ''}
            </Text>
            {item.resolutionNote && <Text size="xs" c="dimmed">{item.resolutionNote}</Text>}
            {item.entry && <Text size="xs" c="dimmed" lineClamp={1}>{t('correspondence.requests.via', { summary: item.entry.summary })}</Text>}
          </Stack>
          <Group gap={4} wrap="nowrap">
            <Badge variant="light" color={ITEM_COLORS[item.status]}>{t(`correspondence.requests.itemStatus.${item.status}`)}</Badge>
            {request.viewerCanEdit && item.status === 'PENDING' && (
              <>
                <Button size="compact-xs" variant="light" color="green" onClick={() => setMarking({ itemId: item.id, description: item.description, status: 'RECEIVED' })} data-testid="item-received">
                  {t('correspondence.requests.received')}
                </Button>
                <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setMarking({ itemId: item.id, description: item.description, status: 'WAIVED' })}>
                  {t('correspondence.requests.waive')}
                </Button>
              </>
            )}
            {request.viewerCanEdit && item.status !== 'PENDING' && (
              <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void mark({ variables: { requestId: request.id, itemId: item.id, status: 'PENDING' } }).catch(() => null)}>
                {t('correspondence.requests.reopen')}
              </Button>
            )}
          </Group>
        </Group>
      ))}
      {markError && <Alert color="red">{errorMessage(markError, t)}</Alert>}
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => setLetterOpen(true)} data-testid="request-letter">
          {t('correspondence.requests.copy')}
        </Button>
        {request.viewerCanEdit && (
          <Button size="xs" variant="subtle" onClick={() => onEdit(request)}>
            {t('correspondence.requests.edit')}
          </Button>
        )}
      </Group>
      <MarkItemDialog requestId={request.id} marking={marking} entries={entries} onClose={() => setMarking(null)} />
      <LetterDialog requestId={request.id} opened={letterOpen} onClose={() => setLetterOpen(false)} />
    </Stack>
  );
}

/** Marks an item received (with how it came, and the entry it came with) or not needed. */
function MarkItemDialog({ requestId, marking, entries, onClose }: { requestId: string; marking: Marking | null; entries: { id: string; label: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [entryId, setEntryId] = useState<string | null>(null);
  const [mark, { loading, error, reset }] = useMutation(MarkDocumentRequestItemDocument);
  const close = () => {
    setNote('');
    setEntryId(null);
    reset();
    onClose();
  };
  const save = async () => {
    if (!marking) return;
    const done = await mark({ variables: { requestId, itemId: marking.itemId, status: marking.status, note: note.trim() || null, entryId: marking.status === 'RECEIVED' ? entryId : null } }).catch(() => null);
    if (done?.data) close();
  };
  const received = marking?.status === 'RECEIVED';
  return (
    <Modal opened={marking !== null} onClose={close} title={marking ? `${t(received ? 'correspondence.requests.mark.receivedTitle' : 'correspondence.requests.mark.waivedTitle')}: ${marking.description}` : ''}>
      <Stack>
        <TextInput label={t(received ? 'correspondence.requests.mark.receivedNote' : 'correspondence.requests.mark.waivedNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} data-testid="mark-note" />
        {received && entries.length > 0 && (
          <Select
            label={t('correspondence.requests.mark.entry')}
            placeholder={t('correspondence.requests.mark.entryNone')}
            data={entries.map((entry) => ({ value: entry.id, label: entry.label }))}
            value={entryId}
            onChange={setEntryId}
            clearable
            searchable
          />
        )}
        {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('correspondence.requests.mark.cancel')}</Button>
          <Button onClick={() => void save()} loading={loading} data-testid="mark-save">{t('correspondence.requests.mark.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The request's letter from the firm's template, to copy into an e-mail to the client. */
function LetterDialog({ requestId, opened, onClose }: { requestId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [load, { data, error, loading }] = useLazyQuery(DocumentRequestLetterDocument, { fetchPolicy: 'network-only' });
  const letter = data?.documentRequestText;
  const text = letter ? `${letter.subject}\n\n${letter.body}` : '';
  useEffect(() => {
    // read afresh each time: items checked off since are no longer asked for
    if (opened) void load({ variables: { id: requestId } });
  }, [opened]);
  return (
    <Modal opened={opened} onClose={onClose} title={t('correspondence.requests.letter.title')} size="lg">
      <Stack>
        {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
        <TextInput label={t('correspondence.requests.letter.subject')} value={letter?.subject ?? ''} readOnly />
        <Textarea label={t('correspondence.requests.letter.body')} value={letter?.body ?? ''} readOnly autosize minRows={8} data-testid="request-letter-body" />
        <Group justify="flex-end">
          <CopyButton value={text}>
            {({ copied, copy }) => (
              <Button onClick={copy} disabled={loading || !letter} color={copied ? 'green' : undefined} data-testid="request-letter-copy">
                {copied ? t('correspondence.requests.copied') : t('correspondence.requests.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Modal>
  );
}
