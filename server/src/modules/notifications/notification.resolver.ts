import { ArrayMaxSize, IsBoolean, IsString, IsUUID, Length } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ViewerDependent } from '../../graphql/live-sharing.js';
import { ConnectionType, PageArgs } from '../../graphql/pagination.js';
import { CurrentScope, requireSignedIn, SignedInScope, type Scope } from '../../graphql/scope.js';
import { eventId, parseEventId } from '../audit/audit.service.js';
import { firmEventStream } from '../events/event-stream.js';
import type { StoredEvent } from '../events/event-log.js';
import { Notification } from './notification.entity.js';
import { NOTIFICATIONS_TOPIC } from './notifications.events.js';

const NotificationConnection = ConnectionType('Notification', Notification);

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only the ones not yet read' })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ArgsType()
class MarkNotificationsReadArgs {
  @Field(() => [ID])
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  ids!: string[];
}

@ObjectType({ description: 'Whether the caller wants one kind of notification' })
export class NotificationPreference {
  @Field(() => String, { description: 'A declared kind, e.g. POA_EXPIRING; the client words it' })
  kind!: string;

  @Field(() => String, { description: 'The area that sends it: contracts, correspondence, …' })
  area!: string;

  @Field(() => Boolean, { description: 'Off: nothing of this kind reaches the caller' })
  enabled!: boolean;
}

@InputType()
class NotificationPreferenceInput {
  @Field(() => String) @IsString() @Length(1, 60) kind!: string;
  @Field(() => Boolean) @IsBoolean() enabled!: boolean;
}

@ArgsType()
class SetNotificationPreferencesArgs {
  @Field(() => [NotificationPreferenceInput])
  @ArrayMaxSize(200)
  changes!: NotificationPreferenceInput[];
}

@ObjectType({ description: "A change to the caller's notifications, delivered live and replayable from its id" })
export class NotificationEvent {
  @Field(() => ID, { description: 'Pass it as `after` to resume' })
  id!: string;

  @Field(() => [ID], { nullable: true, description: 'Marked read: these ids, or null for all of them (null too for a new notification)' })
  readIds!: string[] | null;

  @Field(() => Boolean, { description: 'Whether every notification was marked read' })
  allRead!: boolean;

  notificationId!: string | null;
}

@Resolver()
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "The caller's notifications, newest first" })
  notifications(@Args(() => NotificationsArgs) { first, after, unreadOnly }: NotificationsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope) {
    return services.notifications.list(scope, unreadOnly, first, after);
  }

  @Authorized()
  @Query(() => Int, { description: "How many of the caller's notifications are unread" })
  unreadNotificationCount(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<number> {
    return services.notifications.unreadCount(scope);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks these notifications of the caller read; answers how many were unread' })
  markNotificationsRead(@Args(() => MarkNotificationsReadArgs) { ids }: MarkNotificationsReadArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<number> {
    return services.notifications.markRead(scope, ids);
  }

  @Authorized()
  @Mutation(() => Int, { description: "Marks all of the caller's notifications read; answers how many were unread" })
  markAllNotificationsRead(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<number> {
    return services.notifications.markAllRead(scope);
  }

  @Authorized()
  @Query(() => [NotificationPreference], { description: 'Every kind of notification the app sends and whether the caller wants it' })
  notificationPreferences(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<NotificationPreference[]> {
    return services.notifications.preferences(scope);
  }

  @Authorized()
  @Mutation(() => [NotificationPreference], { description: "Turns kinds of notification on or off for the caller; answers all the caller's preferences" })
  setNotificationPreferences(@Args(() => SetNotificationPreferencesArgs) { changes }: SetNotificationPreferencesArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<NotificationPreference[]> {
    return services.notifications.setPreferences(scope, changes);
  }

  @Authorized()
  @Subscription(() => NotificationEvent, {
    description: "The caller's new notifications and read marks as they commit; with `after`, what came since that id first",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, Context>) => {
      const { principal } = requireSignedIn(context.scope);
      return firmEventStream(context.services.bus, {
        firmId: principal.firmId,
        afterSeq: parseEventId(principal.firmId, 'after', args.after),
        topics: [NOTIFICATIONS_TOPIC],
        accept: (event) => event.data?.userId === principal.userId,
      });
    },
  })
  notificationEvents(@Root() event: StoredEvent, @Arg('after', () => ID, { nullable: true }) _after?: string): NotificationEvent {
    const created = event.type === 'NOTIFICATION_CREATED';
    const ids = created ? null : ((event.data?.ids as string[] | null | undefined) ?? null);
    return { id: eventId(event), notificationId: created ? event.subjectId : null, readIds: ids, allRead: !created && ids === null };
  }
}

@Resolver(() => NotificationEvent)
export class NotificationEventResolver {
  @ViewerDependent()
  @FieldResolver(() => Notification, { nullable: true, description: 'The new notification (null when notifications were marked read)' })
  async notification(@Root() event: NotificationEvent, @CurrentScope() scope: Scope): Promise<Notification | null> {
    return event.notificationId ? scope.em.findOne(Notification, { id: event.notificationId }) : null;
  }

  @ViewerDependent()
  @FieldResolver(() => Int, { description: "The caller's unread count as of now" })
  unreadCount(@Root() _event: NotificationEvent, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<number> {
    return services.notifications.unreadCount(scope);
  }
}
