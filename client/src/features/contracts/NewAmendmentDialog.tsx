import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateContractAmendmentDocument } from '../../gql/graphql';
import { formatKopecks } from '../../kernel/i18n/format';
import { DayInput } from '../../kernel/ui/DayInput';
import { kopecksOf } from './contractEnums';

interface NewAmendmentDialogProps {
  opened: boolean;
  contractId: string;
  runs: readonly { id: string; number: number; price: string }[];
  today: string;
  onClose: () => void;
  onDone: () => void;
  onError: (error: unknown) => void;
}

/** Drafts an amendment: another pricing run of the lead and the day its price applies from. */
export function NewAmendmentDialog({ opened, contractId, runs, today, onClose, onDone, onError }: NewAmendmentDialogProps) {
  const { t, i18n } = useTranslation();
  const [runId, setRunId] = useState<string | null>(null);
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [create, { loading }] = useMutation(CreateContractAmendmentDocument);
  const submit = () =>
    create({ variables: { input: { contractId, pricingRunId: runId!, effectiveFrom } } }).then(() => {
      onDone();
      onClose();
    }, onError);
  return (
    <Modal opened={opened} onClose={onClose} title={t('contracts.amendment.title')}>
      <Stack>
        <Select
          label={t('contracts.amendment.run')}
          data={runs.map((run) => ({ value: run.id, label: t('contracts.create.runLabel', { number: run.number, price: formatKopecks(kopecksOf(run.price), i18n.language) }) }))}
          value={runId}
          onChange={setRunId}
        />
        <DayInput label={t('contracts.amendment.effectiveFrom')} value={effectiveFrom} onChange={setEffectiveFrom} />
        <Group justify="flex-end">
          <Button onClick={submit} loading={loading} disabled={!runId}>{t('contracts.amendment.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
