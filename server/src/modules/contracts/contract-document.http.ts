import type { MikroORM } from '@mikro-orm/postgresql';
import { validate } from 'class-validator';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { firmToday, type Clock } from '../../clock.js';
import { bearerToken } from '../../graphql/context.js';
import { firmEntityManager } from '../../graphql/tenant-em.js';
import type { AuthService } from '../auth/auth.service.js';
import type { Principal } from '../auth/principal.js';
import type { ContractDocumentService } from './contract-document.service.js';
import { ContractStatus, DocumentOwner, TemplateKind } from './contract.enums.js';
import { ContractFilter } from './contract.inputs.js';
import { CONTRACT_EDITORS, CONTRACT_SETTINGS_EDITORS } from './contract.policy.js';
import type { ContractService } from './contract.service.js';
import type { PowerOfAttorneyService } from './poa.service.js';
import { TEMPLATE_MAX_BYTES, type DocumentTemplateService } from './document-template.service.js';
import { registryWorkbook } from './registry-export.js';
import { SCAN_EXTENSIONS, SCAN_MAX_BYTES, type ScanType } from './rules/scan-type.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TYPES = { docx: DOCX, pdf: 'application/pdf' } as const;

export interface ContractFiles {
  auth: AuthService;
  contracts: ContractService;
  contractDocuments: ContractDocumentService;
  documentTemplates: DocumentTemplateService;
  powersOfAttorney: PowerOfAttorneyService;
}

/** An error answer of these routes: what GraphQL would say, as JSON. */
function fail(res: Response, status: number, message: string, code: string, reasons?: unknown): void {
  res.status(status).json({ error: message, code, ...(reasons ? { reasons } : {}) });
}

function attachment(res: Response, type: string, name: string, fallback: string, bytes: Buffer): void {
  res.setHeader('content-type', type);
  res.setHeader('content-disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.setHeader('cache-control', 'private, no-store');
  res.end(bytes);
}

/**
 * The contracts area's files over plain HTTP with the user's token (Authorization: Bearer …):
 * generated documents and scans (GET /documents/:id/docx|pdf|scan), attaching a scan
 * (POST /documents/scans?ownerType=…&ownerId=…, the file as the body), the firm's templates
 * (GET and POST /document-templates/:kind) and the registry as XLSX (GET /contracts/registry.xlsx
 * with the on-screen filter as `filter` JSON), and an uploaded МЧД file (GET /powers-of-attorney/:id/xml).
 * Another firm's file, or an unknown id, is 404 alike.
 */
export function serveContractDocuments(app: Express, orm: MikroORM, services: ContractFiles, clock: Clock): void {
  const signedIn = async (req: Request, res: Response, roles?: readonly string[]): Promise<Principal | null> => {
    const token = bearerToken(req.headers.authorization);
    const principal = token ? await services.auth.resolve(orm.em.fork(), token) : null;
    if (!principal) return void fail(res, 401, 'Sign in first', 'UNAUTHENTICATED'), null;
    if (roles && !roles.includes(principal.role)) return void fail(res, 403, 'You may not do this', 'FORBIDDEN'), null;
    return principal;
  };
  // the body is read only after the token is checked; a larger one is refused as it streams
  const body = (limit: number) => express.raw({ type: () => true, limit });
  const answerError = (res: Response, error: unknown, tooLarge: { message: string; code: string }) => {
    const status = (error as { status?: number })?.status;
    if (status === 413) return void fail(res, 413, tooLarge.message, tooLarge.code);
    if (error instanceof GraphQLError) {
      const code = String(error.extensions.code ?? 'BAD_USER_INPUT');
      const field = (error.extensions.fields as { code?: string }[] | undefined)?.[0]?.code;
      return void fail(res, code === 'NOT_FOUND' || field === 'NOT_FOUND' ? 404 : field === 'SCAN_TYPE' ? 415 : 400, error.message, field ?? code, error.extensions.reasons);
    }
    throw error;
  };
  /** An upload's bytes, read raw up to `max` (past it the body parser refuses with 413). */
  const uploaded = async (req: Request, res: Response, max: number): Promise<Buffer> => {
    await new Promise<void>((resolve, reject) => body(max)(req, res, (error?: unknown) => (error ? reject(error) : resolve())));
    return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  };
  /** An upload's failure in the API's words (`tooLarge` past its limit); anything else goes to Express. */
  const uploadFailed = (res: Response, next: NextFunction, error: unknown, tooLarge: { message: string; code: string }) => {
    try {
      answerError(res, error, tooLarge);
    } catch (other) {
      next(other);
    }
  };

  app.get('/documents/:id/:format', async (req, res, next) => {
    try {
      const format = req.params.format;
      if (format !== 'docx' && format !== 'pdf' && format !== 'scan') return void res.status(404).end();
      const principal = await signedIn(req, res);
      if (!principal) return;
      if (!UUID.test(req.params.id)) return void res.status(404).end();
      const file = await services.contractDocuments.file(firmEntityManager(orm, principal.firmId), req.params.id, format);
      if (!file) return void res.status(404).end();
      if (format === 'scan') {
        const ext = SCAN_EXTENSIONS[file.type as ScanType] ?? 'bin';
        return attachment(res, file.type ?? 'application/octet-stream', `${file.title}.${ext}`, `scan.${ext}`, file.bytes);
      }
      attachment(res, TYPES[format], `${file.title}.${format}`, `document.${format}`, file.bytes);
    } catch (error) {
      next(error);
    }
  });

  app.get('/powers-of-attorney/:id/xml', async (req, res, next) => {
    try {
      const principal = await signedIn(req, res);
      if (!principal) return;
      if (!UUID.test(req.params.id)) return void res.status(404).end();
      const file = await services.powersOfAttorney.xmlDownload(firmEntityManager(orm, principal.firmId), req.params.id);
      if (!file) return void res.status(404).end();
      attachment(res, 'application/xml', file.fileName, 'poa.xml', file.bytes);
    } catch (error) {
      next(error);
    }
  });

  app.post('/documents/scans', async (req, res, next) => {
    try {
      const principal = await signedIn(req, res, CONTRACT_EDITORS);
      if (!principal) return;
      const ownerType = String(req.query.ownerType ?? '') as DocumentOwner;
      const ownerId = String(req.query.ownerId ?? '');
      if (!Object.values(DocumentOwner).includes(ownerType) || !UUID.test(ownerId)) return fail(res, 400, 'Name the contract, amendment or power of attorney: ownerType and ownerId', 'BAD_USER_INPUT');
      const bytes = await uploaded(req, res, SCAN_MAX_BYTES);
      const scan = await services.contractDocuments.attachScan(firmEntityManager(orm, principal.firmId), principal, ownerType, ownerId, bytes);
      res.status(201).json({ id: scan.id, title: scan.title, scanType: scan.scanType, scanSize: scan.scanSize, scanUrl: `/documents/${scan.id}/scan` });
    } catch (error) {
      uploadFailed(res, next, error, { message: `A scan is at most ${SCAN_MAX_BYTES / 1024 / 1024} MB`, code: 'SCAN_TOO_LARGE' });
    }
  });

  app.get('/document-templates/:kind', async (req, res, next) => {
    try {
      const principal = await signedIn(req, res, CONTRACT_SETTINGS_EDITORS);
      if (!principal) return;
      const kind = req.params.kind as TemplateKind;
      if (!Object.values(TemplateKind).includes(kind)) return void res.status(404).end();
      const file = await services.documentTemplates.file(firmEntityManager(orm, principal.firmId), kind);
      attachment(res, DOCX, file.fileName, 'template.docx', file.bytes);
    } catch (error) {
      next(error);
    }
  });

  app.post('/document-templates/:kind', async (req, res, next) => {
    try {
      const principal = await signedIn(req, res, CONTRACT_SETTINGS_EDITORS);
      if (!principal) return;
      const kind = req.params.kind as TemplateKind;
      if (!Object.values(TemplateKind).includes(kind)) return void res.status(404).end();
      const bytes = await uploaded(req, res, TEMPLATE_MAX_BYTES);
      const name = String(req.query.name ?? 'template.docx');
      const em = firmEntityManager(orm, principal.firmId);
      const template = await services.documentTemplates.upload({ em, principal }, kind, name, bytes);
      res.status(201).json({ id: template.id, kind, fileName: template.fileName, active: template.active, placeholders: template.placeholders, unknownPlaceholders: template.unknownPlaceholders });
    } catch (error) {
      uploadFailed(res, next, error, { message: `A template is at most ${TEMPLATE_MAX_BYTES / 1024 / 1024} MB`, code: 'TEMPLATE_TOO_LARGE' });
    }
  });

  app.get('/contracts/registry.xlsx', async (req, res, next) => {
    try {
      const principal = await signedIn(req, res);
      if (!principal) return;
      const given = parseFilter(req.query.filter);
      const filter = given && Object.assign(new ContractFilter(), given);
      if (!filter || (await validate(filter, { whitelist: true, forbidNonWhitelisted: true })).length) return fail(res, 400, 'The filter is not a registry filter', 'BAD_USER_INPUT');
      const em = firmEntityManager(orm, principal.firmId);
      const today = firmToday(clock, principal.timeZone);
      const contracts = await services.contracts.all({ em }, filter, today);
      attachment(res, XLSX, `Реестр договоров ${today}.xlsx`, 'contracts.xlsx', await registryWorkbook(em, contracts, today));
    } catch (error) {
      next(error);
    }
  });
}

/** The registry filter from the query string (the same JSON the page sends to `contracts`). */
function parseFilter(raw: unknown): Partial<ContractFilter> | null {
  if (raw === undefined || raw === '') return {};
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) return null;
    const filter = value as Partial<ContractFilter>;
    if (filter.statuses && !Array.isArray(filter.statuses)) return null;
    return { ...filter, statuses: filter.statuses?.filter((s): s is ContractStatus => typeof s === 'string') ?? null };
  } catch {
    return null;
  }
}
