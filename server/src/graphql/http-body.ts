import express, { type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { getNamedType, getOperationAST, Kind, parse, type GraphQLSchema } from 'graphql';
import type { Logger } from '../logger.js';

/** The largest body of an ordinary operation, and the largest WebSocket frame. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Operations that take a file inline (base64): a 5 MB file is about 6.7 MB of JSON. */
export const UPLOAD_BODY_LIMIT_BYTES = 8 * 1024 * 1024;
/** The input type of an inline file; a mutation with an argument of this type may get the larger body. */
const FILE_INPUT = 'UploadedFileInput';

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** A GraphQL-shaped error answer, so HTTP clients read every failure of /graphql the same way. */
export function graphqlErrorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** The mutations that take a file argument, found in the schema so a new import gets the limit too. */
function fileMutations(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (field.args.some((arg) => getNamedType(arg.type).name === FILE_INPUT)) names.add(field.name);
  }
  return names;
}

/** Whether the body's operation is a mutation that selects only file-taking fields. */
function onlyFileMutations(body: unknown, names: Set<string>, maxTokens: number): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  try {
    const operation = getOperationAST(parse(query, { maxTokens, noLocation: true }), typeof operationName === 'string' ? operationName : undefined);
    return (
      operation?.operation === 'mutation' &&
      operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (names.has(s.name.value) || s.name.value === '__typename'))
    );
  } catch {
    return false;
  }
}

type Sized = Request & { bodyBytes?: number };

/**
 * JSON bodies for /graphql: up to UPLOAD_BODY_LIMIT_BYTES are read, but only an operation that
 * sends a file may be larger than BODY_LIMIT_BYTES. The check needs the parsed query, so it runs
 * after parsing; the larger limit bounds what that costs.
 */
export function graphqlBody(schema: GraphQLSchema, maxTokens: number): RequestHandler[] {
  const names = fileMutations(schema);
  const json = express.json({
    limit: UPLOAD_BODY_LIMIT_BYTES,
    verify: (req, _res, buffer) => {
      (req as Sized).bodyBytes = buffer.length;
    },
  });
  const smallUnlessFile: RequestHandler = (req, res, next) => {
    const bytes = (req as Sized).bodyBytes ?? 0;
    if (bytes <= BODY_LIMIT_BYTES || onlyFileMutations(req.body, names, maxTokens)) return next();
    res.status(413).json(graphqlErrorBody(`The request body is larger than ${megabytes(BODY_LIMIT_BYTES)} (only file imports may send up to ${megabytes(UPLOAD_BODY_LIMIT_BYTES)})`, 'PAYLOAD_TOO_LARGE'));
  };
  return [json, smallUnlessFile];
}

/** Errors raised before Apollo (body too large, malformed JSON) as GraphQL JSON instead of Express's HTML page. */
export function graphqlHttpErrors(log: Logger): ErrorRequestHandler {
  return (error: { status?: unknown; statusCode?: unknown; expose?: unknown; type?: unknown; message?: unknown }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const given = typeof error?.status === 'number' ? error.status : error?.statusCode;
    const status = typeof given === 'number' && given >= 400 && given < 600 ? given : 500;
    if (status === 413) {
      res.status(413).json(graphqlErrorBody(`The request body is larger than ${megabytes(UPLOAD_BODY_LIMIT_BYTES)}`, 'PAYLOAD_TOO_LARGE'));
    } else if (status >= 500) {
      log.error({ err: error }, 'request failed before GraphQL');
      res.status(status).json(graphqlErrorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
    } else {
      const message = error.type === 'entity.parse.failed' ? 'The request body is not valid JSON' : error.expose && typeof error.message === 'string' ? error.message : 'Bad request';
      res.status(status).json(graphqlErrorBody(message, 'BAD_REQUEST'));
    }
  };
}
