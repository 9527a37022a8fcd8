/** The OpenAPI 3.1 description of the HTTP API, served at `/api/openapi.json`. */
import type { FastifyInstance } from 'fastify';
import { FIGURE_KINDS } from '../model/figure.js';
import { BRIEF_FORMATS } from './routes-brief.js';
import { SIDES } from './routes-figures.js';
import { EXPORT_FORMATS } from './types.js';

const errorRef = { $ref: '#/components/responses/Error' };
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const obj = { type: 'object' };
const q = (name: string, schema: object, description: string, required = false) =>
  ({ name, in: 'query', required, description, schema });
const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string' } });
const page = [q('limit', { type: 'integer', minimum: 1 }, 'page size'), q('offset', { type: 'integer', minimum: 0 }, 'rows to skip')];
const read = (summary: string, parameters: object[], ok: object = json(obj)) =>
  ({ get: { summary, parameters, responses: { 200: { description: 'OK', ...ok }, 400: errorRef, 401: errorRef, 404: errorRef, 429: errorRef } } });

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'sitrep API',
    version: '0.1.0',
    description: 'Stories, documents, figures, briefs and exports of a sitrep store. Read endpoints are open on ' +
      'loopback and need the bearer token otherwise; POST /api/documents always needs it.',
  },
  security: [{ bearer: [] }, {}],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the SITREP_TOKEN the server was started with' } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'],
        properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
    },
    responses: { Error: { description: 'an error', ...json({ $ref: '#/components/schemas/Error' }) } },
  },
  paths: {
    '/api/health': read('liveness and document count', []),
    '/api/config': read('map settings for the web app (tileUrl, tileAttribution)', []),
    '/api/stories': read('stories, latest first, with key figures', [q('q', { type: 'string' }, 'filter on label'), ...page]),
    '/api/stories/{id}': read('one story and its reports', [idParam('story')]),
    '/api/stories/{id}/view': read('the story page data: report columns, figures matrix, timeline, places, brief', [idParam('story')]),
    '/api/stories/{id}/brief': read('the situation report', [idParam('story'), q('format', { enum: BRIEF_FORMATS }, 'json (default), md or html')],
      { content: { 'application/json': { schema: obj }, 'text/markdown': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } } } }),
    '/api/documents': {
      ...read('stored documents', page),
      post: {
        summary: 'ingest articles (bearer token required)',
        security: [{ bearer: [] }],
        parameters: ['title', 'outlet', 'published', 'url'].map((n) => q(n, { type: 'string' }, `${n} of a raw body`)),
        requestBody: { required: true, content: {
          'text/plain': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } },
          'application/rss+xml': { schema: { type: 'string' } }, 'application/atom+xml': { schema: { type: 'string' } },
          'application/x-ndjson': { schema: { type: 'string' } },
          'application/json': { schema: { oneOf: [
            { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } },
            { type: 'object', required: ['text'], properties: { text: { type: 'string' }, format: { enum: ['text', 'html'] },
              title: { type: 'string' }, outlet: { type: 'string' }, published: { type: 'string' }, url: { type: 'string' } } },
            { type: 'object', required: ['documents'], properties: { documents: { type: 'array', items: obj } } },
          ] } } } },
        responses: { 201: { description: 'ingested', ...json(obj) }, 400: errorRef, 401: errorRef, 403: errorRef, 413: errorRef,
          415: errorRef, 422: errorRef, 429: errorRef },
      },
    },
    '/api/documents/{id}': read('one document with its figures, actors, places and events (spans into text)',
      [idParam('document'), q('full', { enum: ['1'] }, 'also send tokens, numbers, source and offsets')]),
    '/api/figures': read('figures, filtered', [
      q('kind', { enum: FIGURE_KINDS }, 'what was counted'), q('side', { enum: SIDES }, 'whose dead/injured'),
      q('place', { type: 'string' }, 'place, province or country name contains'), q('source', { type: 'string' }, 'credited source contains'),
      q('from', { type: 'string', format: 'date' }, 'on or after'), q('to', { type: 'string', format: 'date' }, 'on or before'),
      q('story', { type: 'string' }, 'only this story'), ...page]),
    '/api/search': read('full-text search over documents', [q('q', { type: 'string' }, 'words', true), q('limit', { type: 'integer' }, 'max hits')]),
    '/api/export': read('export a story or the whole store', [q('format', { enum: EXPORT_FORMATS }, 'export format', true), q('story', { type: 'string' }, 'story id')],
      { content: { 'text/csv': { schema: { type: 'string' } }, 'application/geo+json': { schema: obj }, 'application/json': { schema: obj } } }),
    '/api/events': read('live updates (Server-Sent Events: documents, stories)', [], { content: { 'text/event-stream': { schema: { type: 'string' } } } }),
    '/api/openapi.json': read('this description', []),
  },
} as const;

export function openapiRoutes(app: FastifyInstance): void {
  app.get('/api/openapi.json', async () => OPENAPI);
}
