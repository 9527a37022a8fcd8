/**
 * `POST /api/documents` (bearer token always): ingest plain text, HTML, a feed, a JSON Lines batch, or a URL.
 * The body's Content-Type says which: text/plain, text/html, application/rss+xml or atom+xml, application/x-ndjson,
 * or application/json with `{url}`, `{text, format?, title?, outlet?, published?, url?}` or `{documents: [...]}`.
 * For raw bodies, `title`, `outlet`, `published` and `url` may be given as query parameters.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from './context.js';
import { ApiError, badRequest } from './errors.js';
import { str, type Query } from './query.js';
import type { IngestInput } from './types.js';

/** WHY 5 MiB: a long HTML page or a JSON Lines batch of a few hundred articles; larger batches belong to the CLI. */
export const INGEST_BODY_LIMIT = 5 * 1024 * 1024;

/** WHY: a JSON batch is a list of articles, not a dump; bound the work one request can cause. */
export const MAX_BATCH = 500;

/** Content types accepted as raw article bodies, and the reader each one goes to. */
export const RAW_TYPES: Readonly<Record<string, 'text' | 'html' | 'jsonl' | 'rss' | 'atom'>> = {
  'text/plain': 'text',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/xml': 'rss',
  'text/xml': 'rss',
};

const META_FIELDS = ['title', 'outlet', 'published', 'url'] as const;

function metaFrom(get: (k: string) => unknown): Record<string, string | null> {
  const meta: Record<string, string | null> = {};
  for (const k of META_FIELDS) {
    const v = get(k);
    if (v !== undefined && v !== null && typeof v !== 'string') throw badRequest(`${k} must be a string`);
    if (typeof v === 'string' && v) meta[k] = v.slice(0, 2000);
  }
  return meta;
}

function fromJsonItem(item: unknown, i: number): IngestInput {
  if (!item || typeof item !== 'object') throw badRequest(`item ${i}: expected an object with text or url`);
  const o = item as Record<string, unknown>;
  if (typeof o.url === 'string' && typeof o.text !== 'string') {
    if (!/^https?:\/\//i.test(o.url)) throw badRequest(`item ${i}: url must start with http:// or https://`);
    return { kind: 'url', url: o.url };
  }
  if (typeof o.text !== 'string' || !o.text.trim()) throw badRequest(`item ${i}: text (a non-empty string) or url is required`);
  const format = o.format ?? 'text';
  if (format !== 'text' && format !== 'html') throw badRequest(`item ${i}: format must be text or html`);
  return { kind: 'text', text: o.text, format, name: `http-item-${i}`, meta: metaFrom((k) => o[k]) };
}

export function parseIngestBody(contentType: string, body: unknown, query: Query): IngestInput[] {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const raw = RAW_TYPES[type];
  if (raw) {
    if (typeof body !== 'string' || !body.trim()) throw badRequest('the request body is empty');
    const format = raw === 'rss' && /<feed[\s>]/.test(body.slice(0, 2000)) ? 'atom' : raw;
    return [{ kind: 'text', text: body, format, name: 'http-body', meta: metaFrom((k) => str(query, k) ?? undefined) }];
  }
  if (type !== 'application/json') {
    throw new ApiError(415, 'unsupported_media_type',
      `Content-Type ${type || '(none)'} is not accepted; send text/plain, text/html, a feed, application/x-ndjson or application/json`);
  }
  const o = (body ?? {}) as Record<string, unknown>;
  if (Array.isArray(o.documents)) {
    if (o.documents.length === 0) throw badRequest('documents is empty');
    if (o.documents.length > MAX_BATCH) throw badRequest(`at most ${MAX_BATCH} documents per request`);
    return o.documents.map(fromJsonItem);
  }
  return [fromJsonItem(o, 0)];
}

export function ingestRoutes(app: FastifyInstance, ctx: ServerContext): void {
  for (const type of Object.keys(RAW_TYPES)) {
    if (!app.hasContentTypeParser(type)) {
      app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: INGEST_BODY_LIMIT }, (_req, body, done) => done(null, body));
    }
  }
  app.post('/api/documents', { bodyLimit: INGEST_BODY_LIMIT }, async (req, reply) => {
    const inputs = parseIngestBody(String(req.headers['content-type'] ?? ''), req.body, req.query as Query);
    const outcome = await ctx.backend.ingest(ctx.store, inputs);
    if (outcome.documents.length) {
      ctx.generation++;
      const stories = [...new Set(outcome.documents.map((d) => d.story).filter((s): s is string => !!s))];
      ctx.hub.publish('documents', { documents: outcome.documents.map((d) => d.id), stories });
      if (stories.length) ctx.hub.publish('stories', { stories });
    }
    const status = outcome.documents.length ? 201 : 422;
    return reply.code(status).send(outcome.documents.length ? outcome : {
      error: { code: 'nothing_ingested', message: outcome.failed.map((f) => f.reason).join('; ') || 'no article found in the input' },
      ...outcome,
    });
  });
}
