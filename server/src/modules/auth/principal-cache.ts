import { performance } from 'node:perf_hooks';
import type { Principal } from '../../graphql/context.js';
import type { EventBus, Watch } from '../events/event-bus.js';
import type { StoredEvent } from '../events/event-log.js';
import { accessChangedBy, type AccessEvent } from './access-events.js';

/** No principal is trusted longer than this without a fresh look at its session or token. */
export const PRINCIPAL_MAX_AGE_MS = 30_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  principal: Principal;
  firmId: string;
  /** performance.now() after which the entry is stale. */
  until: number;
  /** The event-bus connection the entry was made under. */
  connection: number;
}

interface FollowedFirm {
  watch: Promise<Watch>;
  /** performance.now() when this instance began to hear the firm's events; null until then. */
  since: number | null;
  hashes: Set<string>;
}

/**
 * Principals of recently seen tokens (by token hash), so a request needs no session lookup. An
 * entry is kept only for a firm whose events this instance was already following when the
 * session was read, and it goes: on this instance as soon as access ends here (`forget`); on
 * every instance with the event that records the end (logout, deactivation, revoked token,
 * changed role), as open WebSockets are closed; when the event listener loses its connection;
 * at the session's expiry; and after PRINCIPAL_MAX_AGE_MS in any case.
 */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();
  private readonly firms = new Map<string, FollowedFirm>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly bus: EventBus) {
    this.sweeper = setInterval(() => this.sweep(), PRINCIPAL_MAX_AGE_MS);
    this.sweeper.unref();
  }

  /** The time to pass to `remember` for a lookup about to start. */
  now(): number {
    return performance.now();
  }

  get(hash: string): Principal | null {
    const entry = this.entries.get(hash);
    if (!entry) return null;
    if (entry.until <= performance.now() || entry.connection !== this.bus.connection) {
      this.drop(hash);
      return null;
    }
    return entry.principal;
  }

  /** Keeps a principal read from the database by a lookup that started at `readAt`. */
  remember(hash: string, principal: Principal, expiresAt: Date | null, readAt: number): void {
    const firm = this.follow(principal.firmId);
    const connection = this.bus.connection;
    // an end of access committed before the firm was followed would have gone unheard
    if (firm.since === null || firm.since > readAt || connection === 0) return;
    if (this.entries.size >= MAX_ENTRIES) this.drop(this.entries.keys().next().value!);
    const untilExpiry = expiresAt ? readAt + (expiresAt.getTime() - Date.now()) : Infinity;
    this.entries.set(hash, { principal, firmId: principal.firmId, until: Math.min(readAt + PRINCIPAL_MAX_AGE_MS, untilExpiry), connection });
    firm.hashes.add(hash);
  }

  /** Drops at once what an event just committed on this instance ends (other instances hear it). */
  committed(event: AccessEvent): void {
    const change = accessChangedBy(event);
    if (!change) return;
    for (const [hash, entry] of this.entries) if (change.affects(entry.principal)) this.drop(hash);
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const firmId of [...this.firms.keys()]) this.unfollow(firmId);
    this.entries.clear();
  }

  private follow(firmId: string): FollowedFirm {
    let firm = this.firms.get(firmId);
    if (!firm) {
      const created: FollowedFirm = { since: null, hashes: new Set(), watch: this.bus.watch(firmId, (event) => this.onEvent(created, event)) };
      created.watch.then(
        () => {
          created.since = performance.now();
        },
        () => {
          if (this.firms.get(firmId) === created) this.firms.delete(firmId);
        },
      );
      this.firms.set(firmId, created);
      firm = created;
    }
    return firm;
  }

  private onEvent(firm: FollowedFirm, event: StoredEvent): void {
    const change = accessChangedBy(event);
    if (!change) return;
    for (const hash of firm.hashes) {
      const entry = this.entries.get(hash);
      if (entry && change.affects(entry.principal)) this.drop(hash);
    }
  }

  private drop(hash: string): void {
    const entry = this.entries.get(hash);
    if (!entry) return;
    this.entries.delete(hash);
    this.firms.get(entry.firmId)?.hashes.delete(hash);
  }

  /** Stale entries go, and with them the firms nobody is cached for. */
  private sweep(): void {
    const now = performance.now();
    for (const [hash, entry] of this.entries) if (entry.until <= now || entry.connection !== this.bus.connection) this.drop(hash);
    for (const [firmId, firm] of this.firms) if (firm.since !== null && firm.hashes.size === 0) this.unfollow(firmId);
  }

  private unfollow(firmId: string): void {
    const firm = this.firms.get(firmId);
    if (!firm) return;
    this.firms.delete(firmId);
    firm.watch.then((w) => w.close(), () => undefined);
  }
}
