import { Badge } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../apollo/connectionStatus';

const RESTORED_NOTICE_MS = 10_000;

const COLORS = { idle: 'gray', connecting: 'gray', connected: 'teal', lost: 'red' } as const;

/** Live-connection state of the WebSocket that delivers live events (audit log, task boards). */
export function LiveStatusBadge() {
  const { t } = useTranslation();
  const { status, restored, epoch } = useConnectionState();
  const [restoredEpoch, setRestoredEpoch] = useState<number | null>(null);

  useEffect(() => {
    if (!restored) return;
    setRestoredEpoch(epoch);
    const timer = setTimeout(() => setRestoredEpoch(null), RESTORED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [restored, epoch]);

  const showRestored = status === 'connected' && restoredEpoch === epoch;
  return (
    <Badge
      data-testid="live-status"
      data-status={showRestored ? 'restored' : status}
      color={showRestored ? 'green' : COLORS[status]}
      variant={status === 'connected' ? 'filled' : 'light'}
    >
      {t(showRestored ? 'live.restored' : `live.${status}`)}
    </Badge>
  );
}
