import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, ArgsType } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { firmToday } from '../../clock.js';
import type { Context } from '../../graphql/context.js';
import { uuidOrNotFound } from '../../graphql/ids.js';
import { MAX_CURSOR_LENGTH } from '../../graphql/keyset.js';
import { SameForEveryViewer, ViewerDependent } from '../../graphql/live-sharing.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
import { CurrentScope, SignedInScope, type Scope } from '../../graphql/scope.js';
import { User } from '../auth/user.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { holderOn } from './assignment-rules.js';
import { Client, ClientAssignment } from './client.entity.js';
import {
  AcceptClientArgs, ApplyScheduleDiffArgs, ApplyScheduleDiffsArgs, AssignClientAreaArgs, ChangeClientStatusArgs, ChangeObligationStatusArgs, ClientInput, ClientsArgs, CreateClientFromLeadArgs,
  ObligationCalendarArgs, ObligationFilter, ObligationsArgs, UpdateClientArgs,
} from './client.inputs.js';
import { canAssignArea, canChangeObligation, CLIENT_EDITORS } from './client.policy.js';
import { ClientArea, ClientConnection, ClientScheduleDiff, ObligationConnection, ScheduleRemoval, type ScheduleDiffItem } from './client.types.js';
import { Obligation } from './obligation.entity.js';
import { isOverdue } from './obligation.service.js';
import type { StoredScheduleDiff } from './schedule-diff.js';
import { ServiceArea } from './schedule-link.js';
import type { ScheduledObligation } from '../schedule/engine.js';
import type { Role } from '../auth/roles.js';

@ArgsType()
class ClientObligationsArgs {
  @Field(() => ObligationFilter, { nullable: true }) @IsOptional() filter?: ObligationFilter | null;
  @Field(() => Int, { defaultValue: 100 }) @IsInt() @Min(1) @Max(500) first: number = 100;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(MAX_CURSOR_LENGTH) after?: string | null;
}

const item = (next: ScheduledObligation, extra: Partial<ScheduleDiffItem> = {}): ScheduleDiffItem => ({
  key: next.key, code: next.code, kind: next.kind, title: next.title, period: next.period, area: next.area, dueDate: next.dueDate, previousDueDate: null, status: null, removal: null, provisional: next.provisional, ...extra,
});

function diffView(client: Client, diff: StoredScheduleDiff): ClientScheduleDiff {
  return {
    client,
    digest: diff.digest,
    empty: !diff.added.length && !diff.restored.length && !diff.removed.length && !diff.redated.length,
    added: [...diff.added.map((a) => item(a)), ...diff.restored.map((r) => item(r.next, { status: r.stored.status }))],
    removed: diff.removed.map((r) => item(r.stored, { status: r.stored.status, removal: ScheduleRemoval[r.how] })),
    redated: diff.redated.map((r) => item(r.next, { previousDueDate: r.stored.dueDate, status: r.stored.status })),
    keptDone: diff.keptDone.map((k) => item(k, { status: k.status })),
    confirmed: diff.confirmed,
  };
}

const editor = (role: Role) => CLIENT_EDITORS.includes(role);

@Resolver(() => Client)
export class ClientResolver {
  @Authorized()
  @Query(() => ClientConnection, { description: 'The firm’s clients, newest first' })
  clients(@Args(() => ClientsArgs) { filter, first, after }: ClientsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ClientConnection> {
    return services.clients.list(scope, filter, first, after);
  }

  @Authorized()
  @Query(() => Client)
  client(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Client> {
    return services.clients.get(scope, uuidOrNotFound(id));
  }

  @Authorized(...CLIENT_EDITORS)
  @Mutation(() => Client, { description: 'Creates a client directly (ONBOARDING until accepted)' })
  createClient(@Arg('input', () => ClientInput) input: ClientInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Client> {
    return services.clients.create(scope, input);
  }

  @Authorized(...CLIENT_EDITORS)
  @Mutation(() => Client, { description: 'Makes a lead a client: its card carries over, the lead becomes WON and links to the client' })
  createClientFromLead(@Args(() => CreateClientFromLeadArgs) { leadId, leadVersion }: CreateClientFromLeadArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Client> {
    return services.clients.createFromLead(scope, leadId, leadVersion);
  }

  @Authorized(...CLIENT_EDITORS)
  @Mutation(() => Client, { description: 'Saves the profile; for an accepted client, `clientScheduleDiff` then shows what it changes in the schedule' })
  updateClient(@Args(() => UpdateClientArgs) { id, version, input }: UpdateClientArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Client> {
    return services.clients.update(scope, id, version, input);
  }

  @Authorized(...CLIENT_EDITORS)
  @Mutation(() => Client)
  changeClientStatus(@Args(() => ChangeClientStatusArgs) { id, version, status, since }: ChangeClientStatusArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Client> {
    return services.clients.changeStatus(scope, id, version, status, since);
  }

  @Authorized(...CLIENT_EDITORS)
  @Mutation(() => Client, { description: 'ACTIVE from a day; every served area needs an accountant; stores the schedule from the service start to the end of next year' })
  acceptClient(@Args(() => AcceptClientArgs) { id, version, activeFrom }: AcceptClientArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Client> {
    return services.clientSchedules.accept(scope, id, version, activeFrom);
  }

  @Authorized()
  @Mutation(() => Client, { description: 'The owner, or the head of the area’s department: the accountant from a day (to a day); open items due then move to them' })
  assignClientArea(@Args(() => AssignClientAreaArgs) args: AssignClientAreaArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Client> {
    return services.clientSchedules.assign(scope, args);
  }

  @Authorized(...CLIENT_EDITORS)
  @Query(() => ClientScheduleDiff, { description: 'What recomputing the schedule from the current profile and rules would change; writes nothing' })
  async clientScheduleDiff(@Arg('clientId', () => ID) clientId: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ClientScheduleDiff> {
    const { client, diff } = await services.clientSchedules.diff(scope, uuidOrNotFound(clientId));
    return diffView(client, diff);
  }

  @Authorized(...CLIENT_EDITORS)
  @Mutation(() => ClientScheduleDiff, { description: 'Applies the diff the user saw; DONE items are never touched, notes are kept. Answers with what it applied' })
  async applyClientScheduleDiff(@Args(() => ApplyScheduleDiffArgs) { clientId, digest }: ApplyScheduleDiffArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ClientScheduleDiff> {
    const { client, diff } = await services.clientSchedules.apply(scope, clientId, digest);
    return diffView(client, diff);
  }

  @Authorized(...CLIENT_EDITORS)
  @Query(() => [ClientScheduleDiff], { description: 'Accepted clients with provisional items whose schedule the firm’s calendars now change or confirm (after a production calendar is loaded): each diff to review; writes nothing' })
  async pendingScheduleDiffs(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ClientScheduleDiff[]> {
    return (await services.clientSchedules.pending(scope)).map(({ client, diff }) => diffView(client, diff));
  }

  @Authorized(...CLIENT_EDITORS)
  @Mutation(() => [ClientScheduleDiff], { description: 'Applies several clients’ diffs as the user saw them, all or none; DONE items are never touched, notes are kept' })
  async applyClientScheduleDiffs(@Args(() => ApplyScheduleDiffsArgs) { diffs }: ApplyScheduleDiffsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ClientScheduleDiff[]> {
    return (await services.clientSchedules.applyMany(scope, diffs)).map(({ client, diff }) => diffView(client, diff));
  }

  @SameForEveryViewer()
  @FieldResolver(() => Lead, { nullable: true, description: 'The lead the client came from' })
  lead(@Root() client: Client, @CurrentScope() scope: Scope): Loaded<Lead | null> {
    return loadRef(scope.em, Lead, client.lead);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [ClientAssignment], { description: 'Every assignment, newest first per area: the history' })
  assignments(@Root() client: Client, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<ClientAssignment[]> {
    return services.clients.assignments(scope, client.id);
  }

  @ViewerDependent()
  @FieldResolver(() => [ClientArea], { description: 'The three service areas: who holds each today' })
  async areas(@Root() client: Client, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ClientArea[]> {
    const rows = await services.clients.assignments(scope, client.id);
    const today = firmToday(scope.clock, scope.principal.timeZone);
    const holdings = rows.map((a) => ({ id: a.id, area: a.area, accountantId: a.accountant.id, fromDate: a.fromDate, toDate: a.toDate ?? null }));
    return Promise.all(Object.values(ServiceArea).map(async (area) => {
      const holderId = holderOn(holdings, area, today);
      const current = rows.find((r) => r.area === area && r.accountant.id === holderId && r.fromDate <= today && (!r.toDate || r.toDate >= today));
      return { area, served: client.serviceAreas.includes(area), accountant: await loadRef(scope.em, User, holderId), since: current?.fromDate ?? null, viewerCanAssign: canAssignArea(scope.principal, area) };
    }));
  }

  @ViewerDependent()
  @FieldResolver(() => ObligationConnection, { description: 'The client’s obligations: open ones first, then by due date (for one client’s card)' })
  obligations(@Root() client: Client, @Args(() => ClientObligationsArgs) { filter, first, after }: ClientObligationsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ObligationConnection> {
    return services.obligations.list(scope, { clientId: client.id }, filter, first, after);
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may edit the profile, accept the client and apply schedule diffs' })
  viewerCanEdit(@Root() _client: Client, @SignedInScope() scope: SignedInScope): boolean {
    return editor(scope.principal.role);
  }
}

@Resolver(() => ClientAssignment)
export class ClientAssignmentResolver {
  @SameForEveryViewer()
  @FieldResolver(() => User)
  async accountant(@Root() assignment: ClientAssignment, @CurrentScope() scope: Scope): Promise<User> {
    return (await loadRef(scope.em, User, assignment.accountant))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  assignedBy(@Root() assignment: ClientAssignment, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, assignment.assignedBy);
  }
}

@Resolver(() => Obligation)
export class ObligationResolver {
  @Authorized()
  @Query(() => ObligationConnection, { description: 'The caller’s obligations: open ones first (the overdue lead), then by due date' })
  myObligations(@Args(() => ObligationsArgs) { filter, first, after }: ObligationsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ObligationConnection> {
    return services.obligations.list(scope, { ownerId: scope.principal.userId }, filter, first, after);
  }

  @Authorized()
  @Query(() => [Obligation], { description: 'The caller’s obligations due from `from` to `to` (a month or a week of the calendar), by due date' })
  myObligationCalendar(@Args(() => ObligationCalendarArgs) { from, to, filter }: ObligationCalendarArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Obligation[]> {
    return services.obligations.between(scope, scope.principal.userId, from, to, filter);
  }

  @Authorized()
  @Mutation(() => Obligation, { description: 'Its accountant, the head of its department or the owner: PLANNED, IN_PROGRESS, DONE (with the day and a note), NOT_REQUIRED (with a reason)' })
  changeObligationStatus(@Args(() => ChangeObligationStatusArgs) args: ChangeObligationStatusArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Obligation> {
    return services.obligations.changeStatus(scope, args);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Client)
  async client(@Root() obligation: Obligation, @CurrentScope() scope: Scope): Promise<Client> {
    return (await loadRef(scope.em, Client, obligation.client))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true, description: 'The accountant it is on' })
  owner(@Root() obligation: Obligation, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, obligation.owner);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Boolean, { description: 'Open and past its due date on the firm’s calendar' })
  overdue(@Root() obligation: Obligation, @SignedInScope() scope: SignedInScope): boolean {
    return isOverdue(obligation, firmToday(scope.clock, scope.principal.timeZone));
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean)
  viewerCanChangeStatus(@Root() obligation: Obligation, @SignedInScope() scope: SignedInScope): boolean {
    return canChangeObligation(scope.principal, { area: obligation.area, ownerId: obligation.owner?.id ?? null });
  }
}

@Resolver(() => Lead)
export class LeadClientResolver {
  @SameForEveryViewer()
  @FieldResolver(() => Client, { nullable: true, description: 'The client this lead became' })
  client(@Root() lead: Lead, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<Client | null> {
    return services.clients.clientOfLead(scope, lead.id);
  }
}
