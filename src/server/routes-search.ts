/** Full-text search over stored documents (the store's own index: SQLite FTS or PostgreSQL text search). */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from './context.js';
import { badRequest } from './errors.js';
import { int, str, type Query } from './query.js';

/** WHY: a query longer than this is not a search an analyst typed; refusing it keeps the index work bounded. */
export const MAX_QUERY_LENGTH = 200;

export function searchRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/search', async (req) => {
    const q = req.query as Query;
    const text = str(q, 'q')?.trim();
    if (!text) throw badRequest('q (the words to search for) is required');
    if (text.length > MAX_QUERY_LENGTH) throw badRequest(`q is longer than ${MAX_QUERY_LENGTH} characters`);
    const limit = int(q, 'limit', 20, 1, 200);
    const results = await ctx.store.searchDocuments(text, limit);
    return { q: text, results: results.map(searchHit) };
  });
}

/** The store may return documents or its own hit records; either way the client gets id, title, outlet, snippet. */
function searchHit(r: unknown) {
  const o = (r ?? {}) as Record<string, unknown>;
  const meta = (o.meta ?? {}) as Record<string, unknown>;
  const text = typeof o.text === 'string' ? o.text : null;
  return {
    id: String(o.id ?? ''),
    title: (o.title ?? meta.title ?? null) as string | null,
    outlet: (o.outlet ?? meta.outlet ?? null) as string | null,
    published: (o.published ?? meta.published ?? null) as string | null,
    snippet: (typeof o.snippet === 'string' ? o.snippet : text?.slice(0, 240)) ?? null,
    rank: typeof o.rank === 'number' ? o.rank : null,
  };
}
