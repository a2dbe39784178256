import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatePowerOfAttorneyDocument, NewPoaDialogUsersDocument, PoaKind, type RepresentativeKind } from '../../gql/graphql';
import { DayInput } from '../../kernel/ui/DayInput';

interface NewPoaDialogProps {
  opened: boolean;
  contractId: string;
  today: string;
  onClose: () => void;
  onDone: () => void;
  onError: (error: unknown) => void;
}

/** Drafts a power of attorney of the contract's client: its kind, to the firm or an employee, and its term. */
export function NewPoaDialog({ opened, contractId, today, onClose, onDone, onError }: NewPoaDialogProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PoaKind>('TAX');
  const [to, setTo] = useState<RepresentativeKind>('FIRM');
  const [representativeId, setRepresentativeId] = useState<string | null>(null);
  const [issueDate, setIssueDate] = useState(today);
  const [validUntil, setValidUntil] = useState<string | null>(null);
  const [machineReadable, setMachineReadable] = useState(false);
  const users = useQuery(NewPoaDialogUsersDocument, { skip: !opened });
  const [create, { loading }] = useMutation(CreatePowerOfAttorneyDocument);
  const submit = () =>
    create({
      variables: { input: { contractId, kind, representativeKind: to, representativeId: to === 'EMPLOYEE' ? representativeId : null, issueDate, validUntil: validUntil || null, machineReadable } },
    }).then(() => {
      onDone();
      onClose();
    }, onError);
  return (
    <Modal opened={opened} onClose={onClose} title={t('contracts.poa.title')}>
      <Stack>
        <Select label={t('contracts.poa.kind')} data={Object.values(PoaKind).map((value) => ({ value, label: t(`contracts.poaKinds.${value}`) }))} value={kind} onChange={(v) => v && setKind(v as PoaKind)} allowDeselect={false} data-testid="poa-kind" />
        <SegmentedControl value={to} onChange={(v) => setTo(v as RepresentativeKind)} data={(['FIRM', 'EMPLOYEE'] as const).map((value) => ({ value, label: t(`contracts.representativeKinds.${value}`) }))} />
        {to === 'EMPLOYEE' && (
          <Select
            label={t('contracts.poa.representative')}
            data={(users.data?.users ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
            value={representativeId}
            onChange={setRepresentativeId}
            searchable
          />
        )}
        <DayInput label={t('contracts.poa.issueDate')} value={issueDate} onChange={setIssueDate} />
        <DayInput label={t('contracts.poa.validUntil')} value={validUntil} onChange={setValidUntil} clearable />
        <Checkbox label={t('contracts.poa.machineReadable')} checked={machineReadable} onChange={(e) => setMachineReadable(e.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button onClick={submit} loading={loading} disabled={to === 'EMPLOYEE' && !representativeId} data-testid="poa-save">{t('contracts.poa.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
