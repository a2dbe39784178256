import { Button, FileButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentOwner } from '../../gql/graphql';
import { refusalText, SCAN_ACCEPT, SCAN_MAX_BYTES, uploadFile, UploadRefused } from './files';

interface AttachScanButtonProps {
  ownerType: DocumentOwner;
  ownerId: string;
  onDone: () => void;
  size?: 'compact-xs' | 'compact-sm';
}

/** «Приложить скан»: a signed copy as PDF, JPEG or PNG; the server checks the bytes and says why it refuses. */
export function AttachScanButton({ ownerType, ownerId, onDone, size = 'compact-sm' }: AttachScanButtonProps) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const attach = async (file: File | null) => {
    if (!file) return;
    setSending(true);
    try {
      // a file over the limit is refused here rather than after 20 MB have gone up
      if (file.size > SCAN_MAX_BYTES) throw new UploadRefused('SCAN_TOO_LARGE', '');
      await uploadFile(`/documents/scans?ownerType=${ownerType}&ownerId=${encodeURIComponent(ownerId)}`, file);
      notifications.show({ color: 'teal', message: t('contracts.scan.attached', { name: file.name }) });
      onDone();
    } catch (error) {
      notifications.show({ color: 'red', message: refusalText(error, t) });
    } finally {
      setSending(false);
    }
  };
  return (
    <FileButton onChange={(file) => void attach(file)} accept={SCAN_ACCEPT}>
      {(props) => (
        <Button {...props} size={size} variant="light" loading={sending} data-testid={`attach-scan-${ownerType}`}>
          {t('contracts.scan.attach')}
        </Button>
      )}
    </FileButton>
  );
}
