/** Documents: a page of stored documents, and one document with its spans (figures, actors, places, events). */
import type { FastifyInstance } from 'fastify';
import type { SitrepDocument } from '../model/document.js';
import type { DocumentSummary } from '../store/index.js';
import { requireDocument, type ServerContext } from './context.js';
import { int, str, type Query } from './query.js';

export function documentSummary(d: DocumentSummary) {
  return { ...d, duplicateOf: d.duplicateOf?.id ?? null };
}

/** The document as the document page needs it. Tokens, source and offsets are large and only sent on `?full=1`. */
export function documentDetail(d: SitrepDocument, full: boolean) {
  if (full) return d;
  const { tokens: _t, source: _s, offsets: _o, numbers: _n, ...rest } = d;
  return rest;
}

export function documentsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/documents', async (req) => {
    const q = req.query as Query;
    const limit = int(q, 'limit', 50, 1, 500);
    const offset = int(q, 'offset', 0, 0, 1e9);
    const [docs, total] = await Promise.all([ctx.store.listDocuments({ limit, offset }), ctx.store.countDocuments()]);
    return { total, limit, offset, documents: docs.map(documentSummary) };
  });

  app.get('/api/documents/:id', async (req) => {
    const doc = await requireDocument(ctx, (req.params as { id: string }).id);
    return documentDetail(doc, str(req.query as Query, 'full') === '1');
  });
}
