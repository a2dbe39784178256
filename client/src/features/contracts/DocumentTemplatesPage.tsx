import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Code, Collapse, FileButton, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivateDocumentTemplateDocument, DocumentTemplatesQueryDocument, ResetDocumentTemplateDocument, type DocumentTemplatesQueryQuery } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDateTime } from '../../kernel/i18n/format';
import { downloadDocument } from './downloadDocument';
import { refusalText, TEMPLATE_MAX_BYTES, uploadFile, UploadRefused } from './files';

type Slot = DocumentTemplatesQueryQuery['documentTemplates'][number];

const DOCX_ACCEPT = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A placeholder as it is written in the template. */
const written = (p: Slot['placeholders'][number]) => (p.list ? `{{#${p.name}}} … {{/${p.name}}}` : `{{${p.name}}}`);

/** «Шаблоны документов»: each kind's template — the shipped one or the firm's DOCX, checked for unknown placeholders before use. */
export function DocumentTemplatesPage() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(DocumentTemplatesQueryDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack maw={960} data-testid="document-templates-page">
      <Title order={2}>{t('contracts.templates.title')}</Title>
      <Text c="dimmed">{t('contracts.templates.intro')}</Text>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {data?.documentTemplates.map((slot) => <TemplateCard key={slot.kind} slot={slot} onChanged={() => void refetch()} />)}
    </Stack>
  );
}

function TemplateCard({ slot, onChanged }: { slot: Slot; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [showFields, setShowFields] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [activate, activating] = useMutation(ActivateDocumentTemplateDocument);
  const [reset, resetting] = useMutation(ResetDocumentTemplateDocument);
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorMessage(e, t) });
  const { uploaded } = slot;
  const kindName = t(`contracts.templates.kinds.${slot.kind}`);

  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    try {
      if (file.size > TEMPLATE_MAX_BYTES) throw new UploadRefused('TEMPLATE_TOO_LARGE', '');
      const answer = await uploadFile<{ active: boolean }>(`${slot.fileUrl}?name=${encodeURIComponent(file.name)}`, file);
      if (answer.active) notifications.show({ color: 'teal', message: t('contracts.templates.inUse', { kind: kindName }) });
      onChanged();
    } catch (e) {
      notifications.show({ color: 'red', message: refusalText(e, t) });
    } finally {
      setUploading(false);
    }
  };
  const download = () =>
    downloadDocument(slot.fileUrl, uploaded?.fileName ?? `${kindName}.docx`).catch(() => notifications.show({ color: 'red', message: t('contracts.download.failed') }));

  return (
    <Card withBorder data-testid={`template-${slot.kind}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text fw={600}>{kindName}</Text>
            {uploaded ? (
              <Group gap="xs">
                <Text size="sm">{t('contracts.templates.uploaded', { name: uploaded.fileName, date: formatDateTime(uploaded.uploadedAt, i18n.language) })}</Text>
                <Badge color={uploaded.active ? 'green' : 'yellow'} variant="light" data-testid="template-state" data-active={uploaded.active}>
                  {t(uploaded.active ? 'contracts.templates.active' : 'contracts.templates.waiting')}
                </Badge>
              </Group>
            ) : (
              <Text size="sm" c="dimmed" data-testid="template-state" data-active="default">{t('contracts.templates.default')}</Text>
            )}
          </Stack>
          <Group gap="xs">
            <Button size="compact-sm" variant="default" onClick={() => void download()} data-testid="template-download">{t('contracts.templates.download')}</Button>
            <FileButton onChange={(file) => void upload(file)} accept={DOCX_ACCEPT}>
              {(props) => <Button {...props} size="compact-sm" variant="light" loading={uploading} data-testid="template-upload">{t('contracts.templates.upload')}</Button>}
            </FileButton>
            {uploaded && (
              <Button size="compact-sm" variant="subtle" color="red" loading={resetting.loading} onClick={() => reset({ variables: { kind: slot.kind } }).then(onChanged, fail)} data-testid="template-reset">
                {t('contracts.templates.reset')}
              </Button>
            )}
          </Group>
        </Group>
        {uploaded && uploaded.unknownPlaceholders.length > 0 && (
          <Alert color={uploaded.active ? 'gray' : 'yellow'} data-testid="template-unknown">
            <Stack gap="xs">
              <Text size="sm">{t(uploaded.active ? 'contracts.templates.unknownAccepted' : 'contracts.templates.unknown', { count: uploaded.unknownPlaceholders.length })}</Text>
              <Group gap={4}>
                {uploaded.unknownPlaceholders.map((name) => <Code key={name} data-testid="template-unknown-name">{`{{${name}}}`}</Code>)}
              </Group>
              {!uploaded.active && (
                <Group>
                  <Button size="compact-sm" color="yellow" loading={activating.loading} onClick={() => activate({ variables: { kind: slot.kind } }).then(onChanged, fail)} data-testid="template-activate">
                    {t('contracts.templates.useAnyway')}
                  </Button>
                  <Text size="xs" c="dimmed">{t('contracts.templates.orFix')}</Text>
                </Group>
              )}
            </Stack>
          </Alert>
        )}
        <Button variant="subtle" size="compact-xs" w="fit-content" onClick={() => setShowFields((v) => !v)} data-testid="template-fields-toggle">
          {t(showFields ? 'contracts.templates.hideFields' : 'contracts.templates.showFields', { count: slot.placeholders.length })}
        </Button>
        <Collapse expanded={showFields}>
          <Table fz="sm" data-testid="template-fields">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contracts.templates.field')}</Table.Th>
                <Table.Th>{t('contracts.templates.example')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {slot.placeholders.map((p) => (
                <Table.Tr key={`${p.within ?? ''}.${p.name}`}>
                  <Table.Td>
                    <Code>{written(p)}</Code>
                    {p.within && <Text span size="xs" c="dimmed"> {t('contracts.templates.within', { list: p.within })}</Text>}
                  </Table.Td>
                  <Table.Td>{p.list ? <Text size="xs" c="dimmed">{t('contracts.templates.list')}</Text> : p.example}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Collapse>
      </Stack>
    </Card>
  );
}
