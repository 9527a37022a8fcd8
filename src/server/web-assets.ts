/**
 * Serves the built web app from memory: files under dist/web are read once at start-up. Only those files can be
 * served, so no request path can reach anything else on disk. Hashed assets are cached for a year; index.html is
 * revalidated on every load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';

/** File types the app ships. WHY a closed list: anything else in dist/web is not meant to be served. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function readTree(root: string, dir = root, out = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) readTree(root, p, out);
    else if (CONTENT_TYPES[extname(entry.name)]) out.set('/' + relative(root, p).split(sep).join('/'), readFileSync(p));
  }
  return out;
}

export function webRoutes(app: FastifyInstance, dir: string): void {
  const files = readTree(dir);
  const serve = (path: string) => async (_req: unknown, reply: import('fastify').FastifyReply) => {
    const body = files.get(path);
    if (!body) return reply.callNotFound();
    const immutable = path.startsWith('/assets/');
    return reply
      .type(CONTENT_TYPES[extname(path)])
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .send(body);
  };
  app.get('/', serve('/index.html'));
  app.get('/index.html', serve('/index.html'));
  app.get('/assets/*', async (req, reply) => serve(req.url.split('?')[0])(req, reply));
  for (const path of files.keys()) {
    if (!path.startsWith('/assets/') && path !== '/index.html') app.get(path, serve(path));
  }
}
