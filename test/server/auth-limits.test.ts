import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { createServer, type SitrepServer } from '../../src/server/index.js';
import { INGEST_BODY_LIMIT } from '../../src/server/routes-ingest.js';
import { createRateLimiter } from '../../src/server/rate-limit.js';
import { FLOOD_DOCS, makeDoc, stubBackend, tempStore } from './helpers.js';

const TOKEN = 's3cret-token-for-tests-41b7';
let store: Store;
let cleanup: () => Promise<void>;
const servers: SitrepServer[] = [];
const logs: string[] = [];

async function server(opts: Partial<Parameters<typeof createServer>[0]> = {}): Promise<SitrepServer> {
  const s = await createServer({ store, token: TOKEN, backend: stubBackend(store), web: false, log: (l) => logs.push(l), ...opts });
  servers.push(s);
  return s;
}

beforeAll(async () => {
  ({ store, cleanup } = await tempStore());
  await store.putDocuments(FLOOD_DOCS.map(makeDoc));
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await cleanup?.();
});

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
const ARTICLE = 'Bus crash kills 7 on mountain road\nA bus plunged into a ravine near the invented village of Orsk Pass on Sunday, killing seven passengers, police said.';

describe('token rules', () => {
  it('refuses to serve beyond loopback without a token', async () => {
    await expect(createServer({ store, host: '0.0.0.0', token: null, web: false, backend: stubBackend(store) }))
      .rejects.toThrow(/refusing to serve on 0\.0\.0\.0 without a token/);
    await expect(server({ host: '0.0.0.0', token: TOKEN })).resolves.toBeTruthy();
  });

  it('leaves reads open on loopback', async () => {
    const s = await server();
    expect((await s.app.inject({ url: '/api/stories' })).statusCode).toBe(200);
  });

  it('needs the token for every API endpoint beyond loopback, but not for the app shell', async () => {
    const s = await server({ host: '0.0.0.0' });
    for (const url of ['/api/stories', '/api/documents', '/api/figures', '/api/openapi.json', '/api/search?q=x', '/api/events']) {
      const r = await s.app.inject({ url });
      expect(r.statusCode, url).toBe(401);
      expect(r.headers['www-authenticate']).toMatch(/Bearer/);
      expect(r.json().error.code).toBe('unauthorized');
    }
    expect((await s.app.inject({ url: '/api/stories', headers: bearer('wrong') })).statusCode).toBe(401);
    expect((await s.app.inject({ url: '/api/stories', headers: bearer(TOKEN) })).statusCode).toBe(200);
    expect((await s.app.inject({ url: '/not-api' })).statusCode).toBe(404); // static side: no token asked, nothing there
  });

  it('always needs the token to ingest, and refuses ingest when no token is configured', async () => {
    const open = await server({ token: null });
    const off = await open.app.inject({ method: 'POST', url: '/api/documents', payload: ARTICLE, headers: { 'content-type': 'text/plain' } });
    expect(off.statusCode).toBe(403);
    expect(off.json().error.code).toBe('ingest_disabled');
    const s = await server();
    const none = await s.app.inject({ method: 'POST', url: '/api/documents', payload: ARTICLE, headers: { 'content-type': 'text/plain' } });
    expect(none.statusCode).toBe(401);
    const wrong = await s.app.inject({ method: 'POST', url: '/api/documents', payload: ARTICLE, headers: { 'content-type': 'text/plain', ...bearer('nope') } });
    expect(wrong.statusCode).toBe(401);
  });

  it('never writes the token to the log', async () => {
    const s = await server({ host: '0.0.0.0' });
    await s.app.inject({ url: '/api/stories', headers: bearer(TOKEN) });
    await s.app.inject({ url: '/api/stories?x=1', headers: bearer(TOKEN) });
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});

describe('limits', () => {
  it('refuses an ingest body over the limit with 413', async () => {
    const s = await server();
    const r = await s.app.inject({ method: 'POST', url: '/api/documents', payload: 'x'.repeat(INGEST_BODY_LIMIT + 10),
      headers: { 'content-type': 'text/plain', ...bearer(TOKEN) } });
    expect(r.statusCode).toBe(413);
    expect(r.json().error.code).toBe('body_too_large');
  });

  it('rate limits per client with 429 and Retry-After', async () => {
    const s = await server({ rateLimits: { read: { capacity: 3, refillPerSecond: 0.5 }, ingest: { capacity: 1, refillPerSecond: 0.1 } } });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await s.app.inject({ url: '/api/health' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    const r = await s.app.inject({ url: '/api/health' });
    expect(r.headers['retry-after']).toBe('2');
    expect(r.json().error.code).toBe('rate_limited');
    const other = await s.app.inject({ url: '/api/health', remoteAddress: '10.0.0.9' });
    expect(other.statusCode).toBe(200);
  });

  it('token bucket refills over time and forgets idle clients', () => {
    let now = 0;
    const rl = createRateLimiter({ capacity: 2, refillPerSecond: 1 }, () => now);
    expect([rl.take('a'), rl.take('a'), rl.take('a')]).toEqual([0, 0, 1]);
    now = 1000;
    expect(rl.take('a')).toBe(0);
    expect(rl.take('a')).toBe(1);
    expect(() => createRateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(/positive/);
  });
});
