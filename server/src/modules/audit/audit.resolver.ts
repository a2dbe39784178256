import { Arg, Args, Authorized, FieldResolver, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope, CurrentScope, type Scope } from '../../graphql/scope.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { requireSignedIn } from '../../graphql/scope.js';
import { firmEventStream } from '../events/event-stream.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
import { PageArgs } from '../../graphql/pagination.js';
import type { StoredEvent } from '../events/event-log.js';
import { AUDIT_READERS } from './audit.policy.js';
import { auditLogPage, parseEventId, toNamedAuditEntries } from './audit.service.js';
import { AuditActor, AuditEntry, AuditEntryConnection, AuditLogFilter } from './audit.types.js';
import { User } from '../auth/user.entity.js';

@Resolver()
export class AuditResolver {
  @Authorized(...AUDIT_READERS)
  @Query(() => AuditEntryConnection, { description: "The firm's audit trail, newest first" })
  auditLog(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @SignedInScope() scope: SignedInScope,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter | null,
  ): Promise<AuditEntryConnection> {
    return auditLogPage(scope.em, scope.principal, first, after, filter);
  }

  @Authorized(...AUDIT_READERS)
  @Subscription(() => AuditEntry, {
    description: 'New audit entries as they commit; with `after`, the entries since that id come first',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>) => {
      const { principal } = requireSignedIn(context.scope);
      return firmEventStream(context.services.bus, {
        firmId: principal.firmId,
        afterSeq: parseEventId(principal.firmId, 'after', args.after),
      });
    },
  })
  @SameForEveryViewer()
  async auditEvents(
    @Root() event: StoredEvent,
    @CurrentScope() scope: Scope,
    @Arg('after', () => ID, { nullable: true }) _after?: string,
  ): Promise<AuditEntry> {
    // names as they are when the event is delivered, read in the event's own fresh scope
    const [entry] = await toNamedAuditEntries(scope.em, event.firmId, [event]);
    return entry!;
  }
}

@Resolver(() => AuditActor)
export class AuditActorResolver {
  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true, description: 'The user as they are now (null for the system)' })
  user(@Root() actor: AuditActor, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, actor.id);
  }
}
