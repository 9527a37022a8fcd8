/**
 * Every failure the API reports has the same JSON shape, `{ error: { code, message } }`, with an HTTP status that
 * says whose fault it was. Handlers throw `ApiError` for bad requests; anything else is a server fault (500) whose
 * details stay in the server log, never in the response.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string): ApiError => new ApiError(404, 'not_found', `${what} not found`);
export const badRequest = (message: string): ApiError => new ApiError(400, 'bad_request', message);

/** Fastify's own error codes mapped to ours, so clients see one vocabulary. WHY: fastify's messages are fine but its codes are internal. */
export const FASTIFY_CODES: Readonly<Record<string, { status: number; code: string; message?: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large', message: 'the request body is larger than this endpoint accepts' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type',
    message: 'this Content-Type is not accepted; send text/plain, text/html, a feed (application/rss+xml, application/atom+xml), application/x-ndjson or application/json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad_request' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request' },
  FST_ERR_VALIDATION: { status: 400, code: 'bad_request' },
};

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message } });
}

export function installErrorHandlers(app: FastifyInstance, log: (line: string) => void): void {
  app.setErrorHandler((err: FastifyError | ApiError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ApiError) return sendError(reply, err.status, err.code, err.message);
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return sendError(reply, mapped.status, mapped.code, mapped.message ?? err.message);
    if (err instanceof SyntaxError || (err.statusCode && err.statusCode < 500)) {
      return sendError(reply, err.statusCode ?? 400, 'bad_request', err.message);
    }
    log(`error ${req.method} ${req.routeOptions.url ?? req.url}: ${err.stack ?? err.message}`);
    return sendError(reply, 500, 'internal', 'the server failed to answer this request; see the server log');
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, 404, 'not_found', `no route for ${req.method} ${req.url.split('?')[0]}`),
  );
}
