import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import { DocumentRow_DocumentFragmentDoc, type ContractCard_ContractFragment, type ContractParty } from '../../gql/graphql';
import { formatDay } from '../../kernel/i18n/format';
import { AttachScanButton } from './AttachScanButton';
import { CONTRACT_STATUS_COLORS } from './contractEnums';
import { DocumentsList } from './DocumentsList';
import { latestAndScans } from './files';

type Amendment = ContractCard_ContractFragment['amendments'][number];

/** A contract's amendments: each with its signatures, its generated document and scans. */
export function ContractAmendments({ contract, canSign, money, onNew, onSign, onGenerate, onChanged }: {
  contract: Pick<ContractCard_ContractFragment, 'status' | 'amendments'>;
  canSign: boolean;
  money: (value: string) => string;
  onNew: () => void;
  onSign: (party: ContractParty, amendment: Amendment) => void;
  onGenerate: (amendmentId: string) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t('contracts.card.amendments')}</Text>
          {canSign && contract.status === 'SIGNED_BOTH' && (
            <Button size="compact-sm" variant="light" onClick={() => onNew()} data-testid="new-amendment">{t('contracts.card.newAmendment')}</Button>
          )}
        </Group>
        {contract.amendments.length === 0 && <Text size="sm" c="dimmed">{t('contracts.card.noAmendments')}</Text>}
        {contract.amendments.length > 0 && (
          <Table>
            <Table.Tbody>
              {contract.amendments.map((a) => (
                <Table.Tr key={a.id} data-testid="amendment-row">
                  <Table.Td>{t('contracts.card.amendmentLine', { number: a.number, date: formatDay(a.date), price: money(a.price), from: formatDay(a.effectiveFrom) })}</Table.Td>
                  <Table.Td><Badge color={CONTRACT_STATUS_COLORS[a.status]} variant="light">{t(`contracts.statuses.${a.status}`)}</Badge></Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {canSign && !a.firmSignedOn && <Button size="compact-xs" onClick={() => onSign('FIRM', a)}>{t('contracts.parties.FIRM')}</Button>}
                      {canSign && !a.clientSignedOn && <Button size="compact-xs" onClick={() => onSign('CLIENT', a)}>{t('contracts.parties.CLIENT')}</Button>}
                      {canSign && (
                        <Button size="compact-xs" variant="light" onClick={() => onGenerate(a.id)}>
                          {t('contracts.card.generateAmendment')}
                        </Button>
                      )}
                      {canSign && <AttachScanButton ownerType="AMENDMENT" ownerId={a.id} onDone={onChanged} size="compact-xs" />}
                    </Group>
                    <DocumentsList documents={latestAndScans(readFragment(DocumentRow_DocumentFragmentDoc, a.documents))} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
