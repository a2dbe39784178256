import { Button, Group, Modal, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractParty, SignatureInput, SigningChannel } from '../../gql/graphql';
import { DayInput } from '../../kernel/ui/DayInput';

interface SignatureDialogProps {
  party: ContractParty | null;
  today: string;
  onClose: () => void;
  onSign: (input: SignatureInput) => Promise<unknown>;
}

/** Records one side's signature: the day, who signed, paper or ЭДО. */
export function SignatureDialog({ party, today, onClose, onSign }: SignatureDialogProps) {
  const { t } = useTranslation();
  const [on, setOn] = useState(today);
  const [signer, setSigner] = useState('');
  const [channel, setChannel] = useState<SigningChannel>('PAPER');
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    if (!party) return;
    setSaving(true);
    try {
      await onSign({ party, on, signer: signer.trim(), channel });
      setSigner('');
      onClose();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal opened={!!party} onClose={onClose} title={party ? t('contracts.sign.title', { party: t(`contracts.parties.${party}`) }) : ''}>
      <Stack>
        <DayInput label={t('contracts.sign.on')} value={on} onChange={setOn} />
        <TextInput label={t('contracts.sign.signer')} placeholder={t('contracts.sign.signerPlaceholder')} value={signer} onChange={(e) => setSigner(e.currentTarget.value)} maxLength={200} data-testid="signer" />
        <SegmentedControl value={channel} onChange={(v) => setChannel(v as SigningChannel)} data={(['PAPER', 'EDO'] as const).map((value) => ({ value, label: t(`contracts.channels.${value}`) }))} />
        <Group justify="flex-end">
          <Button onClick={submit} loading={saving} disabled={!signer.trim()} data-testid="sign-save">
            {t('contracts.sign.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
