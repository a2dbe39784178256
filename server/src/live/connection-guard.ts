import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { StoredEvent } from '../modules/events/event-log.js';
import type { Principal } from '../graphql/context.js';
import type { EventBus, Watch } from '../modules/events/event-bus.js';

/**
 * What the areas say about an event: whose access it ends or changes (auth), and whose set of
 * visible projects it changes (projects). The composition root hands them in, so the live layer
 * knows no area.
 */
export interface AccessRules {
  accessChangedBy(event: StoredEvent): { affects(principal: Principal): boolean; signedOut: boolean } | null;
  visibilityChangedBy(event: StoredEvent): ((principal: Principal) => boolean) | null;
}

/** Close code that tells the client its permissions changed: it reconnects and signs in again. */
export const PERMISSIONS_CHANGED = 4100;

interface Guarded {
  principal: Principal;
  socket: WebSocket;
}

interface FirmConnections {
  watch: Promise<Watch>;
  all: Set<Guarded>;
}

function close(connection: Guarded, code: number): void {
  connection.socket.close(code, code === CloseCode.Unauthorized ? 'Unauthorized' : 'Permissions changed');
}

/**
 * Closes the open WebSockets whose access an event ends (deactivation, logout, revoked token,
 * changed role), on every instance. One listener per firm, not one per connection, so an event
 * costs a look at the affected people only.
 */
export class ConnectionGuard {
  private readonly firms = new Map<string, FirmConnections>();

  constructor(
    private readonly bus: EventBus,
    private readonly rules: AccessRules,
  ) {}

  /** Guards a connection until the returned function is called. */
  async add(principal: Principal, socket: WebSocket): Promise<() => void> {
    let firm = this.firms.get(principal.firmId);
    if (!firm) {
      const created: FirmConnections = { all: new Set(), watch: Promise.resolve(null as unknown as Watch) };
      created.watch = this.bus.watch(principal.firmId, (event) => this.onEvent(created, event));
      firm = created;
      this.firms.set(principal.firmId, firm);
    }
    const entry: Guarded = { principal, socket };
    const own = firm;
    own.all.add(entry);
    const remove = () => {
      own.all.delete(entry);
      if (own.all.size === 0 && this.firms.get(principal.firmId) === own) {
        this.firms.delete(principal.firmId);
        own.watch.then((w) => w.close()).catch(() => undefined);
      }
    };
    try {
      await own.watch;
    } catch (error) {
      remove();
      throw error;
    }
    return remove;
  }

  private onEvent(firm: FirmConnections, event: StoredEvent): void {
    const change = this.rules.accessChangedBy(event);
    if (change) {
      for (const connection of firm.all) {
        if (change.affects(connection.principal)) close(connection, change.signedOut ? CloseCode.Unauthorized : PERMISSIONS_CHANGED);
      }
      return;
    }
    // the projects an accountant's live board shows are taken when it subscribes
    const seesOtherProjects = this.rules.visibilityChangedBy(event);
    if (seesOtherProjects) for (const connection of firm.all) if (seesOtherProjects(connection.principal)) close(connection, PERMISSIONS_CHANGED);
  }
}
