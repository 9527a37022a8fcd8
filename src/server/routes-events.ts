/**
 * `GET /api/events`: a Server-Sent Events stream announcing new documents and changed stories. A comment line is
 * sent every `HEARTBEAT_MS` so proxies keep the connection open and closed clients are noticed. Open streams are
 * ended when the server closes, so shutting down never waits on a browser tab.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from './context.js';
import { formatEvent } from './events.js';

/** WHY 15 s: below the 30–60 s idle timeouts common in proxies. */
export const HEARTBEAT_MS = 15_000;

export function eventsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
  });
  app.get('/api/events', (req, reply) => {
    const last = Number(req.headers['last-event-id'] ?? 0);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(`retry: 3000\n: sitrep live updates\n\n`);
    for (const e of ctx.hub.since(Number.isFinite(last) ? last : 0)) res.write(formatEvent(e));
    const unsubscribe = ctx.hub.subscribe((e) => res.write(formatEvent(e)));
    const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    beat.unref();
    open.add(res);
    const stop = (): void => {
      clearInterval(beat);
      unsubscribe();
      open.delete(res);
    };
    res.on('close', stop);
    res.on('error', stop);
  });
}
