import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, FileButton, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFragment as readFragment } from '../../gql';
import { DocumentRow_DocumentFragmentDoc, GenerateDocumentDocument, IssuePowerOfAttorneyDocument, ReissuePowerOfAttorneyDocument, RevokePowerOfAttorneyDocument, UploadPowerOfAttorneyXmlDocument, type PoaRow_PoaFragment } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay } from '../../kernel/i18n/format';
import { AttachScanButton } from './AttachScanButton';
import { POA_STATUS_COLORS } from './contractEnums';
import { DocumentsList } from './DocumentsList';
import { downloadDocument } from './downloadDocument';
import { latestAndScans } from './files';
import { PoaPrincipalLink } from './PoaPrincipalLink';

/** Powers of attorney: status by the firm's clock, who they are for, and the actions on each. */
export function PoaTable({ poas, showContract = true, onChanged }: { poas: readonly PoaRow_PoaFragment[]; showContract?: boolean; onChanged?: () => void }) {
  const { t } = useTranslation();
  const [revoking, setRevoking] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [issue] = useMutation(IssuePowerOfAttorneyDocument);
  const [revoke] = useMutation(RevokePowerOfAttorneyDocument);
  const [generate] = useMutation(GenerateDocumentDocument);
  const [reissue] = useMutation(ReissuePowerOfAttorneyDocument);
  const [uploadXml] = useMutation(UploadPowerOfAttorneyXmlDocument);
  const upload = async (poa: PoaRow_PoaFragment, file: File | null) => {
    if (!file) return;
    // base64 of the bytes as they are: the server reads the encoding the XML declares (often windows-1251)
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    await uploadXml({ variables: { id: poa.id, version: poa.version, fileName: file.name, contentBase64: btoa(binary) } }).then(done, fail);
  };
  const shown = (field: string, value: string | null | undefined) => (value && field !== 'NUMBER' ? formatDay(value) : (value ?? '—'));
  const fail = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(error, t) });
  const done = () => onChanged?.();
  const downloadXml = (file: { url: string; fileName: string }) =>
    downloadDocument(file.url, file.fileName).catch(() => notifications.show({ color: 'red', message: t('contracts.download.failed') }));

  return (
    <Table striped data-testid="poa-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('contracts.registry.columns.number')}</Table.Th>
          <Table.Th>{t('contracts.registry.columns.kind')}</Table.Th>
          <Table.Th>{t('contracts.registry.columns.client')}</Table.Th>
          {showContract && <Table.Th>{t('contracts.registry.columns.contract')}</Table.Th>}
          <Table.Th>{t('contracts.registry.columns.representative')}</Table.Th>
          <Table.Th>{t('contracts.registry.columns.validUntil')}</Table.Th>
          <Table.Th>{t('contracts.registry.columns.status')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {poas.map((poa) => (
          <Table.Tr key={poa.id} data-testid="poa-row" data-status={poa.status} bg={poa.expiringSoon ? 'var(--mantine-color-orange-light)' : undefined}>
            <Table.Td>
              {poa.number}{poa.machineReadable ? ' (МЧД)' : ''}
              {poa.replaces && <Text size="xs" c="dimmed">{t('contracts.poaReissue.replaces', { number: poa.replaces.number })}</Text>}
              {poa.reissuedAs && <Text size="xs" c="dimmed" data-testid="poa-reissued-as">{t('contracts.poaReissue.reissuedAs', { number: poa.reissuedAs.number })}</Text>}
              {poa.machineReadable && poa.xmlFile && (
                <Group gap={4}>
                  <Text size="xs" c="dimmed">{t('contracts.poaXml.file', { name: poa.xmlFile.fileName })}</Text>
                  <Button size="compact-xs" variant="subtle" onClick={() => downloadXml(poa.xmlFile!)} data-testid="poa-download-xml">{t('contracts.poaXml.download')}</Button>
                </Group>
              )}
              {poa.xmlMismatches.length > 0 && (
                <Stack gap={0} data-testid="poa-xml-mismatch">
                  <Badge color="red" variant="filled" size="sm">{t('contracts.poaXml.mismatch')}</Badge>
                  {poa.xmlMismatches.map((m) => (
                    <Text key={m.field} size="xs" c="red">
                      {t('contracts.poaXml.differs', { what: t(`contracts.poaXml.fields.${m.field}`), record: shown(m.field, m.inRecord), file: shown(m.field, m.inFile) })}
                    </Text>
                  ))}
                </Stack>
              )}
            </Table.Td>
            <Table.Td>{t(`contracts.poaKinds.${poa.kind}`)}</Table.Td>
            <Table.Td>
              <PoaPrincipalLink principal={poa.principal} withInn />
            </Table.Td>
            {showContract && <Table.Td>{poa.contract && <Anchor component={Link} to={`/contracts/${poa.contract.id}`}>{poa.contract.number}</Anchor>}</Table.Td>}
            <Table.Td>{poa.representative?.name ?? t(`contracts.representativeKinds.${poa.representativeKind}`)}</Table.Td>
            <Table.Td>{formatDay(poa.validUntil)}</Table.Td>
            <Table.Td>
              <Badge color={POA_STATUS_COLORS[poa.status]} variant="light">{t(`contracts.poaStatuses.${poa.status}`)}</Badge>
              {poa.expiringSoon && poa.daysLeft !== null && poa.daysLeft !== undefined && (
                <Badge color="orange" variant="filled" ml={4} data-testid="poa-expiring-badge">{t('contracts.poaReissue.daysLeft', { count: poa.daysLeft })}</Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap="xs">
                {poa.viewerCanEdit && poa.status === 'DRAFT' && (
                  <Button size="compact-xs" onClick={() => issue({ variables: { id: poa.id, version: poa.version } }).then(done, fail)} data-testid="poa-issue">
                    {t('contracts.poa.issue')}
                  </Button>
                )}
                {poa.viewerCanEdit && revoking !== poa.id && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => { setRevoking(poa.id); setReason(''); }}>
                    {t('contracts.poa.revoke')}
                  </Button>
                )}
                {revoking === poa.id && (
                  <Group gap={4}>
                    <TextInput size="xs" placeholder={t('contracts.poa.revokeReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
                    <Button size="compact-xs" color="red" disabled={!reason.trim()} onClick={() => revoke({ variables: { id: poa.id, version: poa.version, reason } }).then(() => { setRevoking(null); done(); }, fail)}>
                      {t('contracts.poa.revoke')}
                    </Button>
                  </Group>
                )}
                {poa.viewerCanEdit && poa.status !== 'DRAFT' && (!poa.reissuedAs || poa.reissuedAs.status === 'REVOKED') && (
                  <Button size="compact-xs" variant="light" onClick={() => reissue({ variables: { id: poa.id } }).then(done, fail)} data-testid="poa-reissue">
                    {t('contracts.poaReissue.reissue')}
                  </Button>
                )}
                {poa.viewerCanEdit && poa.machineReadable && (
                  <FileButton onChange={(file) => void upload(poa, file)} accept=".xml,application/xml,text/xml">
                    {(props) => <Button {...props} size="compact-xs" variant="light" data-testid="poa-upload-xml">{t(poa.xmlFile ? 'contracts.poaXml.replace' : 'contracts.poaXml.upload')}</Button>}
                  </FileButton>
                )}
                {poa.viewerCanEdit && (
                  <Button size="compact-xs" variant="light" onClick={() => generate({ variables: { ownerType: 'POWER_OF_ATTORNEY', ownerId: poa.id } }).then(done, fail)}>
                    {t('contracts.poa.generate')}
                  </Button>
                )}
                {poa.viewerCanEdit && <AttachScanButton ownerType="POWER_OF_ATTORNEY" ownerId={poa.id} onDone={done} size="compact-xs" />}
              </Group>
              <DocumentsList documents={latestAndScans(readFragment(DocumentRow_DocumentFragmentDoc, poa.documents))} />
            </Table.Td>
          </Table.Tr>
        ))}
        {poas.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={8}><Text size="sm" c="dimmed">{t('contracts.registry.emptyPoas')}</Text></Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  );
}
