import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express } from 'express';
import { bearerToken } from '../../graphql/context.js';
import { firmEntityManager } from '../../graphql/tenant-em.js';
import type { AuthService } from '../auth/auth.service.js';
import type { ContractDocumentService } from './contract-document.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPES = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' } as const;

/**
 * GET /documents/:id/docx|pdf with the user's token (Authorization: Bearer …): the file of a
 * generated document of the caller's firm; anyone else's, or an unknown id, is 404 alike.
 */
export function serveContractDocuments(app: Express, orm: MikroORM, auth: AuthService, documents: ContractDocumentService): void {
  app.get('/documents/:id/:format', async (req, res, next) => {
    try {
      const format = req.params.format;
      if (format !== 'docx' && format !== 'pdf') return void res.status(404).end();
      const token = bearerToken(req.headers.authorization);
      const principal = token ? await auth.resolve(orm.em.fork(), token) : null;
      if (!principal) return void res.status(401).json({ error: 'Sign in first' });
      if (!UUID.test(req.params.id)) return void res.status(404).end();
      const file = await documents.file(firmEntityManager(orm, principal.firmId), req.params.id, format);
      if (!file) return void res.status(404).end();
      const name = `${file.title}.${format}`;
      res.setHeader('content-type', TYPES[format]);
      res.setHeader('content-disposition', `attachment; filename="document.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      res.setHeader('cache-control', 'private, no-store');
      res.end(file.bytes);
    } catch (error) {
      next(error);
    }
  });
}
