import { describe, expect, it } from 'vitest';
import { connectionEvents, getConnectionState } from './connectionStatus';

describe('live connection status', () => {
  it('reports a loss until the socket is back, then says it was restored', () => {
    connectionEvents.connecting();
    connectionEvents.connected();
    expect(getConnectionState()).toMatchObject({ status: 'connected', restored: false });
    const epoch = getConnectionState().epoch;

    connectionEvents.lost();
    connectionEvents.connecting();
    expect(getConnectionState().status).toBe('lost');

    connectionEvents.connected();
    expect(getConnectionState()).toMatchObject({ status: 'connected', restored: true, epoch: epoch + 1 });
  });

  it('goes idle on a deliberate close', () => {
    connectionEvents.idle();
    expect(getConnectionState()).toMatchObject({ status: 'idle', restored: false });
  });
});
