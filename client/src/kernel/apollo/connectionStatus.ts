import { useSyncExternalStore } from 'react';

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'lost';

export interface ConnectionState {
  status: ConnectionStatus;
  /** True while connected again after the connection had been lost. */
  restored: boolean;
  /** Increments on every successful (re)connection; subscribers restart on change. */
  epoch: number;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let state: ConnectionState = { status: 'idle', restored: false, epoch: 0 };

function update(patch: Partial<ConnectionState>): void {
  state = { ...state, ...patch };
  listeners.forEach((listener) => listener());
}

/** Feeds the store from graphql-ws client events. */
export const connectionEvents = {
  connecting(): void {
    // stay "lost" while retrying, so the page keeps saying so until we are back
    if (state.status !== 'lost') update({ status: 'connecting' });
  },
  connected(): void {
    update({ status: 'connected', restored: state.status === 'lost', epoch: state.epoch + 1 });
  },
  lost(): void {
    update({ status: 'lost', restored: false });
  },
  idle(): void {
    update({ status: 'idle', restored: false });
  },
};

export function getConnectionState(): ConnectionState {
  return state;
}

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getConnectionState,
  );
}
