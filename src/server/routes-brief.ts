/**
 * The situation report of a story as JSON, Markdown or HTML. The HTML is served under its own locked-down CSP
 * (sandboxed, no scripts) since it quotes article text.
 */
import type { FastifyInstance } from 'fastify';
import { storyBriefBody, storyEntry, type ServerContext } from './context.js';
import { ApiError } from './errors.js';
import { oneOf, type Query } from './query.js';

export const BRIEF_FORMATS = ['json', 'md', 'html'] as const;

/** WHY: the HTML brief is a document to read or save, never an app; nothing in it may run or load. */
export const BRIEF_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export function briefRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/stories/:id/brief', async (req, reply) => {
    const format = oneOf(req.query as Query, 'format', BRIEF_FORMATS, 'json');
    const entry = await storyEntry(ctx, (req.params as { id: string }).id);
    const { brief } = entry;
    if (!brief) throw new ApiError(503, 'brief_unavailable', `the brief could not be built: ${entry.view.briefError ?? 'unknown reason'}`);
    if (format === 'json') return storyBriefBody(entry).send(req, reply.type('application/json; charset=utf-8'));
    const body = await ctx.backend.renderBrief(brief, format === 'md' ? 'md' : 'html');
    if (format === 'md') return reply.type('text/markdown; charset=utf-8').send(body);
    return reply.header('content-security-policy', BRIEF_HTML_CSP).type('text/html; charset=utf-8').send(body);
  });
}
