import { useSyncExternalStore } from 'react';
import { TOKEN_KEY } from './tokenKey';

type Listener = () => void;
const listeners = new Set<Listener>();
let token: string | null = readStoredToken();

function readStoredToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function getToken(): string | null {
  return token;
}

/** Stores the session token (or clears it with `null`) and notifies subscribers. */
export function setToken(next: string | null): void {
  if (next === token) return;
  token = next;
  if (next) localStorage.setItem(TOKEN_KEY, next);
  else localStorage.removeItem(TOKEN_KEY);
  listeners.forEach((listener) => listener());
}

export function signOut(): void {
  setToken(null);
}

export function subscribeToToken(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useToken(): string | null {
  return useSyncExternalStore(subscribeToToken, getToken);
}
