import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TerminateContractDocument } from '../../gql/graphql';
import { DayInput } from '../../kernel/ui/DayInput';

interface TerminateDialogProps {
  opened: boolean;
  contract: { id: string; version: number };
  today: string;
  onClose: () => void;
  onError: (error: unknown) => void;
}

/** Ends the contract from a date, with the reason. */
export function TerminateDialog({ opened, contract, today, onClose, onError }: TerminateDialogProps) {
  const { t } = useTranslation();
  const [on, setOn] = useState(today);
  const [reason, setReason] = useState('');
  const [terminate, { loading }] = useMutation(TerminateContractDocument);
  const submit = () => terminate({ variables: { id: contract.id, version: contract.version, on, reason: reason.trim() } }).then(onClose, onError);
  return (
    <Modal opened={opened} onClose={onClose} title={t('contracts.terminate.title')}>
      <Stack>
        <DayInput label={t('contracts.terminate.on')} value={on} onChange={setOn} />
        <Textarea label={t('contracts.terminate.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} autosize minRows={2} />
        <Group justify="flex-end">
          <Button color="red" onClick={submit} loading={loading} disabled={!reason.trim()}>{t('contracts.terminate.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
