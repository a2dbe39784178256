import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateContractAmendmentDocument } from '../../gql/graphql';
import { formatKopecks } from '../../kernel/i18n/format';
import { DayInput } from '../../kernel/ui/DayInput';
import { kopecksOf } from './contractEnums';
import { moneyOf, priceProblem } from './price';

interface NewAmendmentDialogProps {
  opened: boolean;
  contractId: string;
  runs: readonly { id: string; number: number; price: string }[];
  today: string;
  onClose: () => void;
  onDone: () => void;
  onError: (error: unknown) => void;
}

/** Drafts an amendment: another pricing run of the lead, or a new price typed in, and the day it applies from. */
export function NewAmendmentDialog({ opened, contractId, runs, today, onClose, onDone, onError }: NewAmendmentDialogProps) {
  const { t, i18n } = useTranslation();
  const [runId, setRunId] = useState<string | null>(null);
  const [price, setPrice] = useState('');
  const [priceTouched, setPriceTouched] = useState(false);
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [create, { loading }] = useMutation(CreateContractAmendmentDocument);
  const problem = runId ? null : priceProblem(price);
  const submit = () => {
    setPriceTouched(true);
    if (problem) return;
    const terms = runId ? { pricingRunId: runId } : { price: moneyOf(price) };
    return create({ variables: { input: { contractId, ...terms, effectiveFrom } } }).then(() => {
      // the next amendment starts blank
      setRunId(null);
      setPrice('');
      setPriceTouched(false);
      onDone();
      onClose();
    }, onError);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('contracts.amendment.title')}>
      <Stack>
        {runs.length > 0 && (
          <Select
            label={t('contracts.amendment.run')}
            placeholder={t('contracts.amendment.noRun')}
            data={runs.map((run) => ({ value: run.id, label: t('contracts.create.runLabel', { number: run.number, price: formatKopecks(kopecksOf(run.price), i18n.language) }) }))}
            value={runId}
            onChange={setRunId}
            clearable
          />
        )}
        {!runId && (
          <TextInput
            label={t('contracts.amendment.price')}
            description={t('contracts.price.hint')}
            inputMode="decimal"
            value={price}
            onChange={(e) => setPrice(e.currentTarget.value)}
            onBlur={() => setPriceTouched(true)}
            error={priceTouched && problem ? t(`contracts.price.${problem}`) : null}
            data-testid="amendment-price"
          />
        )}
        <DayInput label={t('contracts.amendment.effectiveFrom')} value={effectiveFrom} onChange={setEffectiveFrom} />
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={loading} data-testid="amendment-save">{t('contracts.amendment.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
