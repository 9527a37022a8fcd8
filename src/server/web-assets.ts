/**
 * Serves the built web app from memory: files under dist/web are read once at start-up. Only those files can be
 * served, so no request path can reach anything else on disk. Hashed assets are cached for a year; index.html is
 * revalidated on every load. Text files go out brotli- or gzip-compressed: the .br/.gz the build wrote next to them,
 * else compressed once here at start-up.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { compress, CompressedBody, COMPRESS_MIN_BYTES } from './compress.js';

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

/** Types worth compressing (images and fonts already are). */
const TEXT_TYPES: ReadonlySet<string> = new Set(['.html', '.js', '.css', '.json', '.svg']);

function load(p: string): CompressedBody {
  const raw = readFileSync(p);
  if (!TEXT_TYPES.has(extname(p)) || raw.length < COMPRESS_MIN_BYTES) return new CompressedBody(raw);
  const pre = (ext: string) => (existsSync(p + ext) ? readFileSync(p + ext) : undefined);
  return new CompressedBody(raw, { br: pre('.br') ?? compress(raw, 'br'), gzip: pre('.gz') ?? compress(raw, 'gzip', false) });
}

function readTree(root: string, dir = root, out = new Map<string, CompressedBody>()): Map<string, CompressedBody> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) readTree(root, p, out);
    else if (CONTENT_TYPES[extname(entry.name)]) out.set('/' + relative(root, p).split(sep).join('/'), load(p));
  }
  return out;
}

export function webRoutes(app: FastifyInstance, dir: string): void {
  const files = readTree(dir);
  const serve = (path: string) => async (req: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) => {
    const body = files.get(path);
    if (!body) return reply.callNotFound();
    const immutable = path.startsWith('/assets/');
    return body.send(req, reply
      .type(CONTENT_TYPES[extname(path)])
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache'));
  };
  app.get('/', serve('/index.html'));
  app.get('/index.html', serve('/index.html'));
  app.get('/assets/*', async (req, reply) => serve(req.url.split('?')[0])(req, reply));
  for (const path of files.keys()) {
    if (!path.startsWith('/assets/') && path !== '/index.html') app.get(path, serve(path));
  }
}
