import { Alert, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface LostReasonDialogProps {
  opened: boolean;
  reasons: readonly { id: string; name: string; archived: boolean }[];
  loading?: boolean;
  onConfirm: (reason: { id: string; name: string }) => void;
  onClose: () => void;
}

/** Asks why a lead is lost before it moves to LOST. */
export function LostReasonDialog({ opened, reasons, loading, onConfirm, onClose }: LostReasonDialogProps) {
  const { t } = useTranslation();
  const [reasonId, setReasonId] = useState<string | null>(null);
  const active = reasons.filter((reason) => !reason.archived);
  const chosen = active.find((reason) => reason.id === reasonId);

  const close = () => {
    setReasonId(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('leads.lost.title')} centered>
      <Stack>
        {active.length === 0 && <Alert color="yellow">{t('leads.lost.noReasons')}</Alert>}
        <Select
          label={t('leads.lost.reason')}
          placeholder={t('leads.form.choose')}
          data={active.map((reason) => ({ value: reason.id, label: reason.name }))}
          value={reasonId}
          onChange={setReasonId}
          data-testid="lost-reason-select"
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!chosen}
            loading={loading}
            onClick={() => {
              if (!chosen) return;
              setReasonId(null);
              onConfirm({ id: chosen.id, name: chosen.name });
            }}
            data-testid="lost-reason-submit"
          >
            {t('leads.lost.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
