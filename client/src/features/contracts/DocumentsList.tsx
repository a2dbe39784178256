import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { DocumentRow_DocumentFragment } from '../../gql/graphql';
import { formatDateTime } from '../../kernel/i18n/format';
import { downloadDocument } from './downloadDocument';
import { scanFileName } from './files';

/** Generated documents and scans with their download buttons; a pending one says so until DOCUMENT_READY arrives. */
export function DocumentsList({ documents, empty }: { documents: readonly DocumentRow_DocumentFragment[]; empty?: string }) {
  const { t, i18n } = useTranslation();
  if (!documents.length) return empty ? <Text size="sm" c="dimmed">{empty}</Text> : null;
  const download = (url: string, name: string) =>
    downloadDocument(url, name).catch(() => notifications.show({ color: 'red', message: t('contracts.download.failed') }));
  return (
    <Stack gap={4}>
      {documents.map((document) => (
        <Group key={document.id} gap="xs" data-testid={document.source === 'SCAN' ? 'contract-scan' : 'contract-document'} data-status={document.status}>
          <Text size="sm">{document.title}</Text>
          <Text size="xs" c="dimmed">{formatDateTime(document.createdAt, i18n.language)}</Text>
          {document.status === 'PENDING' && <Badge variant="light">{t('contracts.card.pending')}</Badge>}
          {document.status === 'FAILED' && <Badge color="red" variant="light">{t('contracts.card.failed')}</Badge>}
          {document.docxUrl && (
            <Button size="compact-xs" variant="light" onClick={() => download(document.docxUrl!, `${document.title}.docx`)} data-testid="download-docx">
              {t('contracts.download.docx')}
            </Button>
          )}
          {document.scanUrl && (
            <Button size="compact-xs" variant="light" onClick={() => download(document.scanUrl!, scanFileName(document.title, document.scanType))} data-testid="download-scan">
              {t('contracts.download.scan')}
            </Button>
          )}
          {document.pdfUrl && (
            <Button size="compact-xs" variant="light" onClick={() => download(document.pdfUrl!, `${document.title}.pdf`)} data-testid="download-pdf">
              {t('contracts.download.pdf')}
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );
}
