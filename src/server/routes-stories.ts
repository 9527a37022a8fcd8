/** Stories: the list (with latest key figures), one story with its reports, and the story page's view payload. */
import type { FastifyInstance } from 'fastify';
import { requireStory, storyKeyFigures, storyViewBody, type ServerContext } from './context.js';
import { int, str, type Query } from './query.js';

export function storiesRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/stories', async (req) => {
    const q = req.query as Query;
    const limit = int(q, 'limit', 50, 1, 500);
    const offset = int(q, 'offset', 0, 0, 1e9);
    const needle = str(q, 'q')?.toLowerCase() ?? null;
    const all = (await ctx.backend.listStories(ctx.store))
      .filter((s) => !needle || s.label.toLowerCase().includes(needle))
      .sort((a, b) => (b.lastReport ?? '').localeCompare(a.lastReport ?? ''));
    const page = all.slice(offset, offset + limit);
    const stories = [];
    for (const s of page) stories.push({ ...s, keyFigures: await storyKeyFigures(ctx, s) });
    return { total: all.length, limit, offset, stories };
  });

  app.get('/api/stories/:id', async (req) => requireStory(ctx, (req.params as { id: string }).id));

  app.get('/api/stories/:id/view', async (req, reply) => {
    const body = await storyViewBody(ctx, (req.params as { id: string }).id);
    return body.send(req, reply.type('application/json; charset=utf-8'));
  });
}
