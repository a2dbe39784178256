import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import {
  ImportLeadsDialogImportDocument,
  ImportLeadsDialogPreviewDocument,
  LegalForm,
  TaxRegime,
  type ImportLeadsDialogPreviewMutation,
  type UploadedFileInput,
} from '../../gql/graphql';
import { IMPORT_TEMPLATE_FILENAME, importTemplateCsv, readFileAsBase64, saveBlob } from './leadFiles';

type PreviewRow = ImportLeadsDialogPreviewMutation['previewLeadImport']['rows'][number];

interface ImportLeadsDialogProps {
  opened: boolean;
  onClose: () => void;
  onImported: () => void;
}

const isOneOf = <T extends string>(values: Record<string, T>, value: string | null | undefined): value is T =>
  Object.values(values).some((candidate) => candidate === value);

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

  const enumText = (namespace: string, values: Record<string, string>, value: string | null | undefined) =>
    isOneOf(values, value) ? t(`leads.${namespace}.${value}`) : (value ?? '');

  const problems = (row: PreviewRow) => [
    ...row.errors.map((error) => `${t(`leads.fields.${error.field}`, { defaultValue: error.field })}: ${error.message}`),
    ...row.duplicates.map((duplicate) =>
      t('leads.import.duplicate', {
        company: duplicate.lead.companyName,
        fields: duplicate.matchedOn.map((match) => t(`leads.matchedOn.${match}`)).join(', '),
      }),
    ),
  ];

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
            <Table.ScrollContainer minWidth={1100} mah={420}>
              <Table striped data-testid="import-preview">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('leads.import.columns.row')}</Table.Th>
                    <Table.Th>{t('leads.import.columns.company')}</Table.Th>
                    <Table.Th>{t('leads.import.columns.contact')}</Table.Th>
                    <Table.Th>{t('leads.import.columns.inn')}</Table.Th>
                    <Table.Th>{t('leads.import.columns.legalForm')}</Table.Th>
                    <Table.Th>{t('leads.import.columns.regime')}</Table.Th>
                    <Table.Th>{t('leads.import.columns.region')}</Table.Th>
                    <Table.Th>{t('leads.import.columns.phone')}</Table.Th>
                    <Table.Th>{t('leads.import.columns.email')}</Table.Th>
                    <Table.Th>{t('leads.import.columns.problems')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.rows.map((row) => {
                    const rowProblems = problems(row);
                    const bad = rowProblems.length > 0;
                    return (
                      <Table.Tr
                        key={row.rowNumber}
                        bg={bad ? 'var(--mantine-color-red-light)' : undefined}
                        data-testid="import-row"
                        data-valid={String(!bad)}
                      >
                        <Table.Td>{row.rowNumber}</Table.Td>
                        <Table.Td>{row.companyName}</Table.Td>
                        <Table.Td>{[row.lastName, row.firstName].filter(Boolean).join(' ')}</Table.Td>
                        <Table.Td>{row.inn}</Table.Td>
                        <Table.Td>{enumText('legalFormsShort', LegalForm, row.legalForm)}</Table.Td>
                        <Table.Td>{enumText('regimes', TaxRegime, row.taxRegime)}</Table.Td>
                        <Table.Td>{row.regionCode}</Table.Td>
                        <Table.Td>{row.phone}</Table.Td>
                        <Table.Td>{row.email}</Table.Td>
                        <Table.Td>
                          {bad ? (
                            rowProblems.map((problem) => (
                              <Text key={problem} size="sm" c="red">
                                {problem}
                              </Text>
                            ))
                          ) : (
                            <Text size="sm" c="green">
                              {t('leads.import.ok')}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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
