import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { ImportLeadsDialogImportDocument, ImportLeadsDialogPreviewDocument, type UploadedFileInput } from '../../gql/graphql';
import { ImportPreviewTable } from './ImportPreviewTable';
import { IMPORT_TEMPLATE_FILENAME, importTemplateCsv, readFileAsBase64, saveBlob } from './leadFiles';

interface ImportLeadsDialogProps {
  opened: boolean;
  onClose: () => void;
  onImported: () => void;
}

/** Leads from a CSV or XLSX file: a per-row preview first, then the valid rows in one go. */
export function ImportLeadsDialog({ opened, onClose, onImported }: ImportLeadsDialogProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<UploadedFileInput | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [preview, previewState] = useMutation(ImportLeadsDialogPreviewDocument);
  const [importLeads, importState] = useMutation(ImportLeadsDialogImportDocument);
  const result = upload ? previewState.data?.previewLeadImport : undefined;

  const reset = () => {
    setFile(null);
    setUpload(null);
    setReadError(null);
    previewState.reset();
    importState.reset();
  };

  const close = () => {
    reset();
    onClose();
  };

  const pick = async (picked: File | null) => {
    reset();
    setFile(picked);
    if (!picked) return;
    try {
      const next = { name: picked.name, contentBase64: await readFileAsBase64(picked) };
      setUpload(next);
      await preview({ variables: { file: next } }).catch(() => undefined);
    } catch (error) {
      setReadError(error instanceof Error ? error.message : String(error));
    }
  };

  const runImport = async () => {
    if (!upload) return;
    const done = await importLeads({ variables: { file: upload } }).catch(() => null);
    if (!done?.data) return;
    const { imported, skipped } = done.data.importLeads;
    notifications.show({ color: 'green', message: t('leads.import.done', { imported, skipped }) });
    // every cached page of leads (table and board) is now stale
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'leads' });
    client.cache.gc();
    onImported();
    close();
  };

  const downloadTemplate = () =>
    saveBlob(new Blob([importTemplateCsv()], { type: 'text/csv;charset=utf-8' }), IMPORT_TEMPLATE_FILENAME);

  const error = previewState.error ?? importState.error;

  return (
    <Modal opened={opened} onClose={close} title={t('leads.import.title')} size="95%" data-testid="import-dialog">
      <Stack>
        <Text size="sm">{t('leads.import.intro')}</Text>
        <Group align="flex-end">
          <FileInput
            w={360}
            label={t('leads.import.file')}
            placeholder={t('leads.import.filePlaceholder')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={(picked) => void pick(picked)}
            clearable
            data-testid="import-file"
          />
          <Anchor component="button" type="button" onClick={downloadTemplate} data-testid="import-template">
            {t('leads.import.template')}
          </Anchor>
        </Group>
        {readError && <Alert color="red">{readError}</Alert>}
        {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
        {result && (
          <>
            <Group>
              <Text c="green" fw={500} data-testid="import-valid">
                {t('leads.import.valid', { count: result.validCount })}
              </Text>
              <Text c={result.invalidCount ? 'red' : 'dimmed'} fw={500} data-testid="import-invalid">
                {t('leads.import.invalid', { count: result.invalidCount })}
              </Text>
            </Group>
            <ImportPreviewTable rows={result.rows} />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!result || result.validCount === 0}
            loading={importState.loading || previewState.loading}
            onClick={() => void runImport()}
            data-testid="import-submit"
          >
            {t('leads.import.submit', { count: result?.validCount ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
