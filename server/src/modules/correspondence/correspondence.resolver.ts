import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription, registerEnumType, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { uuidOrNotFound } from '../../graphql/ids.js';
import { SameForEveryViewer, ViewerDependent } from '../../graphql/live-sharing.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { CurrentScope, requireSignedIn, SignedInScope, type Scope } from '../../graphql/scope.js';
import { eventId, parseEventId, toNamedAuditEntries } from '../audit/audit.service.js';
import { AuditEntry } from '../audit/audit.types.js';
import { User } from '../auth/user.entity.js';
import type { StoredEvent } from '../events/event-log.js';
import { firmEventStream } from '../events/event-stream.js';
import { Client } from '../clients/client.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { FollowUpStatus, TimelineKind } from './correspondence.enums.js';
import { CloseFollowUpArgs, CreateFollowUpInput, LogEntryInput, MyFollowUpsArgs, SearchCorrespondenceArgs, TimelineArgs } from './correspondence.inputs.js';
import { DocumentRequest } from './document-request.entity.js';
import { followUpState } from './firm-moment.js';
import { contractsOfLead, timelineSelector } from './timeline-live.js';
import { readableSubject } from './timeline-subject.js';
import { liveItem, type TimelineItemData } from './timeline.service.js';
import { FollowUp, TimelineEntry } from './timeline.entity.js';

export enum FollowUpState {
  UPCOMING = 'UPCOMING',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
}
registerEnumType(FollowUpState, { name: 'FollowUpState', description: "Open and not yet due, due, overdue (its day has ended on the firm's clock), or done" });

@ObjectType({ description: 'One item of a timeline: an entry, a follow-up, a document request, or a key change of the lead or client (read-only)' })
export class TimelineItem {
  @Field(() => ID, { description: "The entry's or follow-up's id, or the change's audit entry id" })
  id!: string;

  @Field(() => TimelineKind)
  kind!: TimelineKind;

  @Field(() => Date, { description: 'Where it stands on the timeline: when the contact took place, the follow-up was made, the change committed' })
  at!: Date;

  @Field(() => AuditEntry, { nullable: true, description: 'For CHANGE: the change as the audit log reads it' })
  change!: AuditEntry | null;

  entryId!: string | null;
  followUpId!: string | null;
  documentRequestId?: string | null;
}

const TimelineConnection = ConnectionType('Timeline', TimelineItem);

@ObjectType({ description: 'A new item on a timeline, delivered live and replayable from its id' })
export class TimelineEvent {
  @Field(() => ID, { description: 'Pass it as `after` to resume' })
  id!: string;

  event!: StoredEvent;
  /** The follow-up a FOLLOW_UP_CLOSED event closed (its item shows the result). */
  closedFollowUpId!: string | null;
}

@ObjectType({ description: 'A part of a highlighted fragment' })
export class HighlightPart {
  @Field(() => String) text!: string;
  @Field(() => Boolean, { description: 'A matched word' }) match!: boolean;
}

@ObjectType({ description: 'An entry or a document request that matches a search, with fragments around the matches' })
export class CorrespondenceHit {
  @Field(() => Date, { description: 'Where it stands on its timeline' }) at!: Date;
  @Field(() => TimelineEntry, { nullable: true }) entry!: TimelineEntry | null;
  @Field(() => DocumentRequest, { nullable: true }) documentRequest!: DocumentRequest | null;
  @Field(() => [[HighlightPart]]) fragments!: HighlightPart[][];
}

const CorrespondenceHitConnection = ConnectionType('CorrespondenceHit', CorrespondenceHit);

@Resolver()
export class CorrespondenceResolver {
  @Authorized()
  @Query(() => TimelineConnection, {
    description: "A lead's or client's timeline (name one), newest first: contacts, notes, follow-ups, document requests and key changes. A client accepted from a lead shows the lead's history too",
  })
  timeline(@Args(() => TimelineArgs) { leadId, clientId, filter, first, after }: TimelineArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope) {
    return services.timeline.page(scope, { leadId, clientId }, filter, first, after);
  }

  @Authorized()
  @Query(() => [FollowUp], { description: "The caller's follow-ups: open ones soonest due first (default), or done ones latest first; up to 200" })
  myFollowUps(@Args(() => MyFollowUpsArgs) { status }: MyFollowUpsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<FollowUp[]> {
    return services.followUps.mine(scope, status);
  }

  @Authorized()
  @Query(() => CorrespondenceHitConnection, { description: "Full-text search of the firm's correspondence (entries and document requests) in Russian, newest first; only what the caller may read" })
  searchCorrespondence(@Args(() => SearchCorrespondenceArgs) { text, leadId, clientId, first, after }: SearchCorrespondenceArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope) {
    return services.correspondenceSearch.search(scope, text, { leadId, clientId }, first, after);
  }

  @Authorized()
  @Mutation(() => TimelineEntry, { description: "Logs a call, meeting or note on a lead's or client's timeline, with a follow-up if one was promised" })
  logTimelineEntry(@Arg('input', () => LogEntryInput) input: LogEntryInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<TimelineEntry> {
    return services.timeline.log(scope, input);
  }

  @Authorized()
  @Mutation(() => FollowUp, { description: 'Makes a follow-up on a timeline entry' })
  createFollowUp(@Arg('input', () => CreateFollowUpInput) input: CreateFollowUpInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<FollowUp> {
    return services.followUps.create(scope, input);
  }

  @Authorized()
  @Mutation(() => FollowUp, { description: 'Closes a follow-up with its result, which goes on the timeline; a closed one gets CONFLICT' })
  closeFollowUp(@Args(() => CloseFollowUpArgs) { id, result }: CloseFollowUpArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<FollowUp> {
    return services.followUps.close(scope, id, result);
  }

  @Authorized()
  @Subscription(() => TimelineEvent, {
    description: "New and changed items on a lead's or client's timeline (name one) as they commit; with `after`, the ones since that id come first",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { leadId?: string | null; clientId?: string | null; after?: string | null }, Context>) => {
      const scope = requireSignedIn(context.scope);
      const { principal } = scope;
      const afterSeq = parseEventId(principal.firmId, 'after', args.after);
      const subject = await readableSubject(scope, { leadId: args.leadId ? uuidOrNotFound(args.leadId) : null, clientId: args.clientId ? uuidOrNotFound(args.clientId) : null });
      const contracts = await contractsOfLead(scope.em, principal.firmId, subject.leadId);
      return firmEventStream(context.services.bus, { firmId: principal.firmId, afterSeq, select: timelineSelector(subject, contracts) });
    },
  })
  timelineEvents(
    @Root() event: StoredEvent,
    @Arg('leadId', () => ID, { nullable: true }) _leadId?: string,
    @Arg('clientId', () => ID, { nullable: true }) _clientId?: string,
    @Arg('after', () => ID, { nullable: true }) _after?: string,
  ): TimelineEvent {
    return { id: eventId(event), event, closedFollowUpId: event.type === 'FOLLOW_UP_CLOSED' ? event.subjectId : null };
  }
}

@Resolver(() => TimelineItem)
export class TimelineItemResolver {
  @SameForEveryViewer()
  @FieldResolver(() => TimelineEntry, { nullable: true, description: 'For CALL, MEETING, NOTE and FOLLOW_UP_RESULT' })
  entry(@Root() item: TimelineItem, @CurrentScope() scope: Scope): Loaded<TimelineEntry | null> {
    return loadRef(scope.em, TimelineEntry, item.entryId);
  }

  @SameForEveryViewer()
  @FieldResolver(() => FollowUp, { nullable: true, description: 'For FOLLOW_UP' })
  followUp(@Root() item: TimelineItem, @CurrentScope() scope: Scope): Loaded<FollowUp | null> {
    return loadRef(scope.em, FollowUp, item.followUpId);
  }

  @SameForEveryViewer()
  @FieldResolver(() => DocumentRequest, { nullable: true, description: 'For DOCUMENT_REQUEST' })
  documentRequest(@Root() item: TimelineItem, @CurrentScope() scope: Scope): Loaded<DocumentRequest | null> {
    return loadRef(scope.em, DocumentRequest, item.documentRequestId);
  }
}

@Resolver(() => TimelineEvent)
export class TimelineEventResolver {
  @SameForEveryViewer()
  @FieldResolver(() => TimelineItem, { description: 'What the change put on the timeline' })
  async item(@Root() { event }: TimelineEvent, @CurrentScope() scope: Scope): Promise<TimelineItemData> {
    const live = liveItem(event);
    if (live?.documentRequestId && !event.data?.createdAt) {
      // a changed request stays where it was made
      const request = await loadRef(scope.em, DocumentRequest, live.documentRequestId);
      if (request) live.at = request.createdAt;
    }
    if (live) return live;
    const [change] = await toNamedAuditEntries(scope.em, event.firmId, [event]);
    return { id: eventId(event), kind: TimelineKind.CHANGE, at: event.at, entryId: null, followUpId: null, change: change! };
  }

  @SameForEveryViewer()
  @FieldResolver(() => FollowUp, { nullable: true, description: 'The follow-up this event closed (its item is the result entry)' })
  closedFollowUp(@Root() event: TimelineEvent, @CurrentScope() scope: Scope): Loaded<FollowUp | null> {
    return loadRef(scope.em, FollowUp, event.closedFollowUpId);
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  author(@Root() entry: TimelineEntry, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, entry.author);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Lead, { nullable: true, description: 'The lead it was written on (none for a direct client)' })
  lead(@Root() entry: TimelineEntry, @CurrentScope() scope: Scope): Loaded<Lead | null> {
    return loadRef(scope.em, Lead, entry.lead);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Client, { nullable: true, description: 'The client it was written on (none before the lead was accepted)' })
  client(@Root() entry: TimelineEntry, @CurrentScope() scope: Scope): Loaded<Client | null> {
    return loadRef(scope.em, Client, entry.client);
  }

  @SameForEveryViewer()
  @FieldResolver(() => FollowUp, { nullable: true, description: 'For a FOLLOW_UP_RESULT: the follow-up it closed' })
  followUp(@Root() entry: TimelineEntry, @CurrentScope() scope: Scope): Loaded<FollowUp | null> {
    return loadRef(scope.em, FollowUp, entry.followUpId);
  }
}

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @SameForEveryViewer()
  @FieldResolver(() => User)
  async owner(@Root() followUp: FollowUp, @CurrentScope() scope: Scope): Promise<User> {
    return (await loadRef(scope.em, User, followUp.owner))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() followUp: FollowUp, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, followUp.createdBy);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  closedBy(@Root() followUp: FollowUp, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, followUp.closedBy);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Lead, { nullable: true })
  lead(@Root() followUp: FollowUp, @CurrentScope() scope: Scope): Loaded<Lead | null> {
    return loadRef(scope.em, Lead, followUp.lead);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Client, { nullable: true })
  client(@Root() followUp: FollowUp, @CurrentScope() scope: Scope): Loaded<Client | null> {
    return loadRef(scope.em, Client, followUp.client);
  }

  @SameForEveryViewer()
  @FieldResolver(() => TimelineEntry, { nullable: true, description: 'The entry it was promised in' })
  entry(@Root() followUp: FollowUp, @CurrentScope() scope: Scope): Loaded<TimelineEntry | null> {
    return loadRef(scope.em, TimelineEntry, followUp.entry);
  }

  @SameForEveryViewer()
  @FieldResolver(() => FollowUpState, { description: "By the firm's clock" })
  state(@Root() followUp: FollowUp, @SignedInScope() scope: SignedInScope): FollowUpState {
    if (followUp.status === FollowUpStatus.DONE) return FollowUpState.DONE;
    return followUpState(followUp.dueAt, scope.clock.now(), scope.principal.timeZone) as FollowUpState;
  }

  @ViewerDependent()
  @FieldResolver(() => Boolean, { description: 'Whether the caller may close it (its owner, or those who manage the work)' })
  viewerCanClose(@Root() followUp: FollowUp, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): boolean {
    return followUp.status === FollowUpStatus.OPEN && services.followUps.mayClose(scope, followUp);
  }
}
