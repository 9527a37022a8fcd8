/**
 * `createServer(options)`: the fastify app serving the JSON API under /api and the web app at /. Tests use
 * `server.app.inject(...)`; `sitrep serve` calls `listen()`. Refuses to be configured to listen on a non-loopback
 * interface without a token.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { installCompression } from './compress.js';
import type { ServerContext } from './context.js';
import { installErrorHandlers } from './errors.js';
import { createEventHub, type EventHub } from './events.js';
import { openapiRoutes } from './openapi.js';
import { DEFAULT_RATE_LIMITS, type RateLimitOptions } from './rate-limit.js';
import { briefRoutes } from './routes-brief.js';
import { documentsRoutes } from './routes-documents.js';
import { eventsRoutes } from './routes-events.js';
import { exportRoutes } from './routes-export.js';
import { figuresRoutes } from './routes-figures.js';
import { ingestRoutes } from './routes-ingest.js';
import { searchRoutes } from './routes-search.js';
import { storiesRoutes } from './routes-stories.js';
import { installSecurity, isLoopback } from './security.js';
import type { Backend, StoreLike } from './types.js';
import { webRoutes } from './web-assets.js';
import { ensureWebBuild } from './web-build.js';

export interface ServerOptions {
  store: StoreLike;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Port; default 8080, 0 for any free port. */
  port?: number;
  /** Bearer token; default the SITREP_TOKEN environment variable. */
  token?: string | null;
  /** Story, brief, export and ingest functions; default the real ones. */
  backend?: Backend;
  /** Serve the web app: true (build when stale; the default), false, or a directory holding a built app. */
  web?: boolean | string;
  /** Map tiles for online use, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png; default SITREP_TILE_URL or none. */
  tileUrl?: string | null;
  tileAttribution?: string | null;
  rateLimits?: { read: RateLimitOptions; ingest: RateLimitOptions };
  /** Body limit for requests other than ingest, bytes. */
  bodyLimit?: number;
  log?: (line: string) => void;
}

export interface SitrepServer {
  readonly app: FastifyInstance;
  readonly hub: EventHub;
  /** Starts listening; resolves to the base URL, e.g. http://127.0.0.1:8080. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** WHY 64 KiB: read endpoints take no body; only ingest (its own, larger limit) accepts articles. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

function tileOriginOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    throw new Error(`sitrep: the tile URL "${url}" is not a URL; use e.g. https://tile.example.org/{z}/{x}/{y}.png`);
  }
}

export async function createServer(options: ServerOptions): Promise<SitrepServer> {
  if (!options?.store) throw new Error('sitrep: createServer needs { store }: open one with openStore()');
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  const token = (options.token === undefined ? process.env.SITREP_TOKEN : options.token) || null;
  const loopback = isLoopback(host);
  if (!loopback && !token) {
    throw new Error(`sitrep: refusing to serve on ${host} without a token; set SITREP_TOKEN or bind to 127.0.0.1`);
  }
  const tileUrl = (options.tileUrl === undefined ? process.env.SITREP_TILE_URL : options.tileUrl) || null;
  const log = options.log ?? (() => {});
  const backend = options.backend ?? (await import('./default-backend.js')).defaultBackend();
  const hub = createEventHub();
  const app = Fastify({ logger: false, bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT, trustProxy: false });
  const ctx: ServerContext = { store: options.store, backend, hub, log, generation: 0, views: new Map(), keyFigures: new Map() };

  installErrorHandlers(app, log);
  installCompression(app);
  installSecurity(app, { token, loopback, tileOrigin: tileOriginOf(tileUrl), rateLimits: options.rateLimits ?? DEFAULT_RATE_LIMITS });
  app.addHook('onResponse', async (req, reply) => {
    log(`${req.method} ${req.url.split('?')[0]} ${reply.statusCode} ${reply.elapsedTime.toFixed(0)}ms`);
  });
  app.get('/api/health', async () => ({ ok: true, documents: await ctx.store.countDocuments() }));
  app.get('/api/config', async () => ({ tileUrl, tileAttribution: options.tileAttribution ?? process.env.SITREP_TILE_ATTRIBUTION ?? null }));
  for (const routes of [storiesRoutes, documentsRoutes, figuresRoutes, briefRoutes, exportRoutes, searchRoutes, ingestRoutes, eventsRoutes]) {
    routes(app, ctx);
  }
  openapiRoutes(app);
  const web = options.web ?? true;
  if (web) webRoutes(app, typeof web === 'string' ? web : await ensureWebBuild(log));

  return {
    app,
    hub,
    async listen() {
      const url = await app.listen({ host, port });
      setImmediate(() => {
        try {
          backend.warmUp?.();
        } catch (err) {
          log(`warm-up failed: ${(err as Error).message}`);
        }
      });
      return url;
    },
    async close() {
      await app.close();
    },
  };
}
