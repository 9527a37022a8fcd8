/** Exports (ACLED-like CSV, UCDP-like CSV, GeoJSON, JSON, HXL) of one story or of every stored document. */
import type { FastifyInstance } from 'fastify';
import type { SitrepDocument } from '../model/document.js';
import { requireStory, type ServerContext } from './context.js';
import { badRequest } from './errors.js';
import { oneOf, str, type Query } from './query.js';
import { SCAN_PAGE } from './routes-figures.js';
import { EXPORT_FORMATS } from './types.js';

/** WHY: an export of the whole store is built in memory; past this size use `sitrep export` instead. */
export const MAX_EXPORT_DOCUMENTS = 20_000;

export function exportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/export', async (req, reply) => {
    const q = req.query as Query;
    const format = oneOf(q, 'format', EXPORT_FORMATS, null);
    if (!format) throw badRequest(`format is required: one of ${EXPORT_FORMATS.join(', ')}`);
    const storyId = str(q, 'story');
    const story = storyId ? await requireStory(ctx, storyId) : null;
    const docs = story ? await ctx.backend.storyDocuments(ctx.store, story.id) : await allDocuments(ctx);
    const out = await ctx.backend.exportDocuments(docs, format, story);
    const ext = format === 'geojson' ? 'geojson' : format === 'json' ? 'json' : 'csv';
    return reply
      .type(out.contentType)
      .header('content-disposition', `attachment; filename="sitrep-${story?.id ?? 'all'}-${format}.${ext}"`)
      .send(out.body);
  });
}

async function allDocuments(ctx: ServerContext): Promise<SitrepDocument[]> {
  const total = await ctx.store.countDocuments();
  if (total > MAX_EXPORT_DOCUMENTS) {
    throw badRequest(`the store holds ${total} documents; export one story (story=ID) or use \`sitrep export\``);
  }
  const out: SitrepDocument[] = [];
  for (let offset = 0; offset < total; offset += SCAN_PAGE) {
    const page = await ctx.store.listDocuments({ limit: SCAN_PAGE, offset });
    out.push(...(await ctx.store.getDocuments(page.map((d) => d.id))));
  }
  return out;
}
