import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LegalForm, TaxRegime, type ImportLeadsDialogPreviewMutation } from '../../gql/graphql';

type PreviewRow = ImportLeadsDialogPreviewMutation['previewLeadImport']['rows'][number];

const isOneOf = <T extends string>(values: Record<string, T>, value: string | null | undefined): value is T =>
  Object.values(values).some((candidate) => candidate === value);

/** The import preview: every row of the file as read, with its problems and duplicates. */
export function ImportPreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  const { t } = useTranslation();

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

  return (
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
          {rows.map((row) => {
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
  );
}
