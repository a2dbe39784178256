import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFragment as readFragment } from '../../gql';
import {
  ContractCard_ContractFragmentDoc,
  ContractPageEventsDocument,
  ContractPageQueryDocument,
  DocumentRow_DocumentFragmentDoc,
  GenerateDocumentDocument,
  PoaRow_PoaFragmentDoc,
  RecordContractOriginalDocument,
  SendContractDocument,
  SignContractAmendmentDocument,
  SignContractDocument,
  type ContractParty,
  type SignatureInput,
} from '../../gql/graphql';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { formatDay, formatKopecks } from '../../kernel/i18n/format';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { AttachScanButton } from './AttachScanButton';
import { ContractAmendments } from './ContractAmendments';
import { ContractSummary } from './ContractSummary';
import { CONTRACT_STATUS_COLORS, kopecksOf } from './contractEnums';
import { DocumentsList } from './DocumentsList';
import { NewAmendmentDialog } from './NewAmendmentDialog';
import { NewPoaDialog } from './NewPoaDialog';
import { PoaTable } from './PoaTable';
import { SignatureDialog } from './SignatureDialog';
import { TerminateDialog } from './TerminateDialog';

/** The contract card: its terms, signatures as dedicated actions, amendments, powers of attorney and documents, live. */
export function ContractPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const today = me.firm.today;
  const { data, error, loading, refetch } = useQuery(ContractPageQueryDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // every change of this contract (a document ready, a signature by a colleague) reloads the card
  useSubscription(ContractPageEventsDocument, { variables: { contractId: id }, onData: () => void refetch() });
  const [signing, setSigning] = useState<{ party: ContractParty; amendment?: { id: string; version: number } } | null>(null);
  const [terminating, setTerminating] = useState(false);
  const [amending, setAmending] = useState(false);
  const [poaOpen, setPoaOpen] = useState(false);
  const [send] = useMutation(SendContractDocument);
  const [sign] = useMutation(SignContractDocument);
  const [signAmendment] = useMutation(SignContractAmendmentDocument);
  const [original] = useMutation(RecordContractOriginalDocument);
  const [generate] = useMutation(GenerateDocumentDocument);
  const fail = (e: unknown) => {
    notifications.show({ color: 'red', message: errorCode(e) === 'CONFLICT' ? t('contracts.card.conflict') : errorMessage(e, t) });
    void refetch();
  };

  if (loading && !data) return <Loader />;
  if (error && !data) return <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>;
  if (!data) return null;
  const contract = readFragment(ContractCard_ContractFragmentDoc, data.contract);
  const money = (value: string) => formatKopecks(kopecksOf(value), i18n.language);
  const canSign = contract.viewerCanSign;
  const onSign = (input: SignatureInput) =>
    (signing?.amendment
      ? signAmendment({ variables: { id: signing.amendment.id, version: signing.amendment.version, input } }).then(() => refetch())
      : sign({ variables: { id: contract.id, version: contract.version, input } })
    ).catch(fail);

  return (
    <Stack>
      <Anchor component={Link} to="/contracts" size="sm">← {t('contracts.card.back')}</Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} data-testid="contract-title">{t('contracts.card.title', { number: contract.number, date: formatDay(contract.date) })}</Title>
          <Group gap="xs">
            <Badge color={CONTRACT_STATUS_COLORS[contract.status]} variant="light" data-testid="contract-status" data-status={contract.status}>
              {t(`contracts.statuses.${contract.status}`)}
            </Badge>
            <Anchor component={Link} to={contract.customer ? `/clients/${contract.customer.id}` : `/leads/${contract.lead?.id}`}>{contract.client.fullName ?? contract.customer?.shortName ?? contract.lead?.companyName}</Anchor>
            {contract.client.inn && <Text size="sm" c="dimmed">{t('contracts.card.inn', { inn: contract.client.inn })}</Text>}
          </Group>
        </Stack>
        <Group>
          {canSign && contract.status === 'DRAFT' && (
            <Button variant="light" onClick={() => send({ variables: { id: contract.id, version: contract.version } }).catch(fail)} data-testid="contract-send">{t('contracts.card.send')}</Button>
          )}
          {canSign && contract.status === 'SIGNED_BOTH' && !contract.originalReceivedOn && (
            <Button variant="light" onClick={() => original({ variables: { id: contract.id, version: contract.version } }).catch(fail)}>{t('contracts.card.original')}</Button>
          )}
          {canSign && (
            <Button variant="subtle" color="red" onClick={() => setTerminating(true)}>{t('contracts.card.terminate')}</Button>
          )}
        </Group>
      </Group>
      {contract.terminatedOn && <Alert color="red">{t('contracts.card.terminated', { date: formatDay(contract.terminatedOn), reason: contract.terminationReason })}</Alert>}
      {contract.status === 'SIGNED_BOTH' && <Text size="sm" c="dimmed">{t('contracts.card.lockedHint')}</Text>}

      <ContractSummary contract={contract} canSign={canSign} money={money} onSign={(party) => setSigning({ party })} />

      <Card withBorder>
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600}>{t('contracts.card.documents')}</Text>
            {canSign && (
              <Group gap="xs">
                <AttachScanButton ownerType="CONTRACT" ownerId={contract.id} onDone={() => void refetch()} />
                <Button size="compact-sm" onClick={() => generate({ variables: { ownerType: 'CONTRACT', ownerId: contract.id } }).then(() => refetch(), fail)} data-testid="generate-contract">
                  {t('contracts.card.generate')}
                </Button>
              </Group>
            )}
          </Group>
          <DocumentsList documents={readFragment(DocumentRow_DocumentFragmentDoc, contract.documents)} empty={t('contracts.card.noDocuments')} />
        </Stack>
      </Card>

      <Card withBorder>
        <Stack gap="xs">
          <Text fw={600}>{t('contracts.card.history')}</Text>
          {contract.priceHistory.map((step) => (
            <Text size="sm" key={step.from + (step.amendment?.id ?? '')}>
              {t('contracts.card.historyFrom', { date: formatDay(step.from) })}: {money(step.price)} —{' '}
              {step.amendment ? t('contracts.card.historyAmendment', { number: step.amendment.number }) : t('contracts.card.historyContract')}
            </Text>
          ))}
        </Stack>
      </Card>

      <ContractAmendments
        contract={contract}
        canSign={canSign}
        money={money}
        onNew={() => setAmending(true)}
        onSign={(party, amendment) => setSigning({ party, amendment })}
        onGenerate={(ownerId) => generate({ variables: { ownerType: 'AMENDMENT', ownerId } }).then(() => refetch(), fail)}
        onChanged={() => void refetch()}
      />

      <Card withBorder>
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600}>{t('contracts.card.poas')}</Text>
            {canSign && <Button size="compact-sm" variant="light" onClick={() => setPoaOpen(true)} data-testid="new-poa">{t('contracts.card.newPoa')}</Button>}
          </Group>
          {contract.powersOfAttorney.length === 0 ? (
            <Text size="sm" c="dimmed">{t('contracts.card.noPoas')}</Text>
          ) : (
            <PoaTable poas={readFragment(PoaRow_PoaFragmentDoc, contract.powersOfAttorney)} showContract={false} onChanged={() => void refetch()} />
          )}
        </Stack>
      </Card>

      <SignatureDialog party={signing?.party ?? null} today={today} onClose={() => setSigning(null)} onSign={onSign} />
      <TerminateDialog opened={terminating} contract={contract} today={today} onClose={() => setTerminating(false)} onError={fail} />
      <NewAmendmentDialog opened={amending} contractId={contract.id} runs={contract.lead?.pricingRuns ?? []} today={today} onClose={() => setAmending(false)} onDone={() => void refetch()} onError={fail} />
      <NewPoaDialog opened={poaOpen} contractId={contract.id} today={today} onClose={() => setPoaOpen(false)} onDone={() => void refetch()} onError={fail} />
    </Stack>
  );
}
