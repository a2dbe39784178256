import { z } from 'zod';
import { defineEvents, type PayloadsOf } from '../events/catalogue.js';

/** Notifications travel on the one event path; each carries its recipient so a stream filters without a query. */
export const notificationEvents = defineEvents('notifications', {
  NOTIFICATION_CREATED: { subjectType: 'Notification', payload: z.object({ userId: z.string(), kind: z.string() }) },
  // ids: the ones marked read; null when the user marked all of them read
  NOTIFICATIONS_READ: { subjectType: 'User', payload: z.object({ userId: z.string(), ids: z.array(z.string()).nullable() }) },
});

export const NOTIFICATIONS_TOPIC = notificationEvents.topic;

declare module '../events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof notificationEvents> {}
}
