import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContractCard_ContractFragment, ContractParty } from '../../gql/graphql';
import { formatDay } from '../../kernel/i18n/format';

/** A contract's terms and where its signatures stand, each side signed with a dedicated action. */
export function ContractSummary({ contract, canSign, money, onSign }: {
  contract: ContractCard_ContractFragment;
  canSign: boolean;
  money: (value: string) => string;
  onSign: (party: ContractParty) => void;
}) {
  const { t } = useTranslation();
  const signatureRow = (party: ContractParty, on: string | null, signer: string | null) => (
    <Group key={party} justify="space-between" data-testid={`signature-${party}`}>
      <Text size="sm">{t(`contracts.parties.${party}`)}</Text>
      {on ? (
        <Text size="sm" data-testid={`signed-${party}`}>{t('contracts.card.signedOn', { date: formatDay(on), signer })}</Text>
      ) : canSign ? (
        <Button size="compact-sm" onClick={() => onSign(party)} data-testid={`sign-${party}`}>{t('contracts.card.sign')}</Button>
      ) : (
        <Text size="sm" c="dimmed">{t('contracts.card.notSigned')}</Text>
      )}
    </Group>
  );
  return (
    <Group align="stretch" grow>
      <Card withBorder>
        <Stack gap={6}>
          <Text size="sm"><b>{t('contracts.card.start')}:</b> {formatDay(contract.startDate)}</Text>
          <Text size="sm"><b>{t('contracts.card.areas')}:</b> {contract.serviceAreas.map((a) => t(`contracts.areas.${a}`)).join(', ')}</Text>
          {contract.paymentTerms && <Text size="sm"><b>{t('contracts.card.payment')}:</b> {contract.paymentTerms}</Text>}
          <Text size="sm"><b>{t('contracts.card.manager')}:</b> {contract.manager?.name ?? '—'}</Text>
          <Text size="sm"><b>{t('contracts.card.price')}:</b> {money(contract.price)}{contract.pricingRun && ` (${t('contracts.card.run', { number: contract.pricingRun.number })})`}</Text>
          <Text size="sm" data-testid="contract-current-price"><b>{t('contracts.card.currentPrice')}:</b> {money(contract.currentPrice)}</Text>
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap={6}>
          <Text fw={600}>{t('contracts.card.signatures')}</Text>
          {contract.sentOn && <Text size="sm" c="dimmed">{t('contracts.card.sentOn', { date: formatDay(contract.sentOn) })}</Text>}
          {signatureRow('FIRM', contract.firmSignedOn, contract.firmSigner)}
          {signatureRow('CLIENT', contract.clientSignedOn, contract.clientSigner)}
          {contract.channel && <Text size="sm" c="dimmed">{t(`contracts.channels.${contract.channel}`)}</Text>}
          {contract.originalReceivedOn && <Text size="sm" c="dimmed">{t('contracts.card.originalOn', { date: formatDay(contract.originalReceivedOn) })}</Text>}
        </Stack>
      </Card>
    </Group>
  );
}
