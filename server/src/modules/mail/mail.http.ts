import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { bearerToken } from '../../graphql/context.js';
import { firmEntityManager } from '../../graphql/tenant-em.js';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import type { AuthService } from '../auth/auth.service.js';
import { MailAttachment } from './mail.entity.js';
import type { MailInboxService } from './mail-inbox.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Types a browser may show inline; anything else downloads (an HTML or SVG file could run script on our origin). */
const INLINE = /^(application\/pdf|image\/(png|jpeg|gif|webp)|text\/plain)$/i;

/**
 * GET /mail/attachments/:id with the user's token (Authorization: Bearer …): the file, if the
 * caller may read its letter; anyone else's, or an unknown id, is 404 alike. `?download=1` asks
 * for a download even where the browser could show it.
 */
export function serveMailAttachments(app: Express, orm: MikroORM, auth: AuthService, inbox: MailInboxService, clock: Clock, log: Logger): void {
  app.get('/mail/attachments/:id', async (req, res, next) => {
    try {
      const token = bearerToken(req.headers.authorization);
      const principal = token ? await auth.resolve(orm.em.fork(), token) : null;
      if (!principal) return void res.status(401).json({ error: 'Sign in first' });
      if (!UUID.test(req.params.id)) return void res.status(404).end();
      const em = firmEntityManager(orm, principal.firmId);
      const attachment = await em.findOne(MailAttachment, { id: req.params.id }, { populate: ['content'] as never });
      if (!attachment) return void res.status(404).end();
      try {
        await inbox.message({ em, principal, clock, log }, attachment.message.id);
      } catch {
        return void res.status(404).end();
      }
      const inline = INLINE.test(attachment.contentType) && req.query.download !== '1';
      res.setHeader('content-type', inline ? attachment.contentType : 'application/octet-stream');
      res.setHeader('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="file"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('content-security-policy', "default-src 'none'; sandbox");
      res.setHeader('cache-control', 'private, no-store');
      res.end(attachment.content);
    } catch (error) {
      next(error);
    }
  });
}
