import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import type { Clock } from '../../clock.js';
import { CALENDAR_PATH, type CalendarFeedService } from './calendar-feed.service.js';

/**
 * GET /calendar/<token>.ics: the user's obligations for a calendar app, which sends no headers
 * of ours, so the secret is the path itself. Unknown, revoked and malformed tokens are 404 alike.
 */
export function serveCalendarFeeds(app: Express, orm: MikroORM, feeds: CalendarFeedService, clock: Clock): void {
  app.get(`${CALENDAR_PATH}/:file`, async (req, res, next) => {
    try {
      const match = /^(.+)\.ics$/.exec(req.params.file);
      const body = match ? await feeds.render(orm, match[1]!, clock.now()) : null;
      if (body === null) return void res.status(404).end();
      res.setHeader('content-type', 'text/calendar; charset=utf-8');
      res.setHeader('content-disposition', 'inline; filename="obligations.ics"');
      res.setHeader('cache-control', 'private, no-store');
      res.end(body);
    } catch (error) {
      next(error);
    }
  });
}
