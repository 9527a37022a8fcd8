/**
 * Security rules of the HTTP server:
 * - every response carries a strict Content-Security-Policy and the usual hardening headers;
 * - `POST /api/documents` always needs `Authorization: Bearer <SITREP_TOKEN>`; read endpoints are open when the server
 *   is bound to loopback and need the token otherwise; a server bound to another interface refuses to start without
 *   a token;
 * - requests are rate limited per client address.
 * The token is compared in constant time and never logged or echoed.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from './errors.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';

/** Loopback host names and addresses: only processes on this machine can reach them. */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Builds the CSP. WHY: no inline script or style at all; images may come from a configured tile server. */
export function contentSecurityPolicy(tileOrigin: string | null): string {
  const img = ["'self'", 'data:', ...(tileOrigin ? [tileOrigin] : [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${img}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(tileOrigin: string | null): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(tileOrigin),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'geolocation=(), camera=(), microphone=()',
  };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** True when the request carries the configured bearer token. */
export function hasToken(req: FastifyRequest, token: string | null): boolean {
  if (!token) return false;
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header);
  return !!m && timingSafeEqual(digest(m[1].trim()), digest(token));
}

export interface SecurityOptions {
  readonly token: string | null;
  readonly loopback: boolean;
  readonly tileOrigin: string | null;
  readonly rateLimits: { read: RateLimitOptions; ingest: RateLimitOptions };
}

/** Paths that always need the token, whatever the interface. */
const WRITE_ROUTES: ReadonlySet<string> = new Set(['POST /api/documents']);

export function installSecurity(app: FastifyInstance, opts: SecurityOptions): void {
  const headers = securityHeaders(opts.tileOrigin);
  const readLimiter = createRateLimiter(opts.rateLimits.read);
  const ingestLimiter = createRateLimiter(opts.rateLimits.ingest);
  app.addHook('onRequest', async (req, reply) => {
    reply.headers(headers);
    const path = req.url.split('?')[0];
    const isWrite = WRITE_ROUTES.has(`${req.method} ${path}`);
    const wait = (isWrite ? ingestLimiter : readLimiter).take(req.ip);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      return sendError(reply, 429, 'rate_limited', `too many requests; retry in ${wait} s`);
    }
    if (!path.startsWith('/api/')) return; // the web app's static files hold no data
    const needsToken = isWrite || !opts.loopback;
    if (!needsToken || hasToken(req, opts.token)) return;
    if (!opts.token) {
      return sendError(reply, 403, 'ingest_disabled',
        'ingest over HTTP is off: start the server with SITREP_TOKEN set and send it as a bearer token');
    }
    reply.header('www-authenticate', 'Bearer realm="sitrep"');
    return sendError(reply, 401, 'unauthorized', 'this endpoint needs an Authorization: Bearer token');
  });
}
