/** Exports (ACLED-like CSV, UCDP-like CSV, GeoJSON, JSON dump, HXL) of one story or of every story in the store. */
import type { FastifyInstance } from 'fastify';
import { requireStory, type ServerContext } from './context.js';
import { badRequest } from './errors.js';
import { oneOf, str, type Query } from './query.js';
import { EXPORT_FORMATS, type ExportFormat } from './types.js';

/** WHY: an export of the whole store is built in memory; past this many reports use `sitrep export` instead. */
export const MAX_EXPORT_DOCUMENTS = 20_000;

export const EXPORT_TYPES: Readonly<Record<ExportFormat, { type: string; ext: string }>> = {
  acled: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  ucdp: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  hxl: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  geojson: { type: 'application/geo+json; charset=utf-8', ext: 'geojson' },
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
};

async function storiesFor(ctx: ServerContext, storyId: string | null) {
  const summaries = storyId ? [await requireStory(ctx, storyId)] : await ctx.backend.listStories(ctx.store);
  const reports = summaries.reduce((n, s) => n + s.documentCount, 0);
  if (reports > MAX_EXPORT_DOCUMENTS) {
    throw badRequest(`the export would hold ${reports} reports; export one story (story=ID) or use \`sitrep export\``);
  }
  const out = [];
  for (const s of summaries) out.push({ id: s.id, label: s.label, documents: await ctx.backend.storyDocuments(ctx.store, s.id) });
  return out;
}

export function exportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/export', async (req, reply) => {
    const q = req.query as Query;
    const format = oneOf(q, 'format', EXPORT_FORMATS, null);
    if (!format) throw badRequest(`format is required: one of ${EXPORT_FORMATS.join(', ')}`);
    const storyId = str(q, 'story');
    const body = await ctx.backend.exportStories(await storiesFor(ctx, storyId), format);
    const { type, ext } = EXPORT_TYPES[format];
    return reply
      .type(type)
      .header('content-disposition', `attachment; filename="sitrep-${storyId ?? 'all'}-${format}.${ext}"`)
      .send(body);
  });
}
