import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { createServer, type SitrepServer } from '../../src/server/index.js';
import { parseIngestBody } from '../../src/server/routes-ingest.js';
import { stubBackend, tempStore } from './helpers.js';

const TOKEN = 'ingest-token-93d1';
let store: Store;
let cleanup: () => Promise<void>;
let server: SitrepServer;
const auth = { authorization: `Bearer ${TOKEN}` };

const BUS = 'Bus crash kills 7 on mountain road\nA bus plunged into a ravine near the village of Orsk Pass on Sunday, killing seven passengers, police said. Another 15 people were injured.';
const FIRE = 'A warehouse fire in the port district of Caldera Bay killed three workers on Monday, the fire service said.';

beforeAll(async () => {
  ({ store, cleanup } = await tempStore());
  server = await createServer({ store, token: TOKEN, backend: stubBackend(store), web: false });
});
afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

const post = (payload: string, type: string, url = '/api/documents') =>
  server.app.inject({ method: 'POST', url, payload, headers: { 'content-type': type, ...auth } });

describe('POST /api/documents', () => {
  it('ingests plain text through the pipeline and stores it', async () => {
    const r = await post(BUS, 'text/plain; charset=utf-8', '/api/documents?outlet=Mountain%20Herald&published=2024-09-08');
    expect(r.statusCode).toBe(201);
    const [doc] = r.json().documents;
    expect(doc.status).toBe('inserted');
    const stored = await store.getDocument(doc.id);
    expect(stored?.meta.outlet).toBe('Mountain Herald');
    expect(stored?.meta.published).toMatch(/^2024-09-08/);
    expect(stored?.sentences?.length).toBeGreaterThan(0);
    expect(r.json().failed).toEqual([]);
    const again = await post(BUS, 'text/plain', '/api/documents?outlet=Mountain%20Herald&published=2024-09-08');
    expect(again.json().documents[0]).toMatchObject({ id: doc.id, status: 'exists' });
  });

  it('ingests JSON articles with metadata, and batches', async () => {
    const one = await post(JSON.stringify({ text: FIRE, title: 'Caldera Bay fire', outlet: 'Port Gazette', published: '2024-10-01' }), 'application/json');
    expect(one.statusCode).toBe(201);
    expect((await store.getDocument(one.json().documents[0].id))?.meta.title).toBe('Caldera Bay fire');
    const batch = await post(JSON.stringify({ documents: [
      { text: 'Landslide buries road in the hill town of Marrow Gap; two drivers missing, rescuers said.', outlet: 'Hill Post' },
      { text: '<html><head><title>Ferry capsizes off Tessel</title></head><body><article><p>A ferry capsized off the island of Tessel on Saturday. <b>Nine</b> passengers were rescued, the coastguard said.</p><p>Search teams were still looking for two missing crew members late on Saturday.</p></article></body></html>', format: 'html', outlet: 'Island Wire' },
    ] }), 'application/json');
    expect(batch.statusCode).toBe(201);
    expect(batch.json().documents).toHaveLength(2);
  });

  it('ingests JSON Lines and HTML bodies', async () => {
    const jsonl = [
      JSON.stringify({ text: 'Storm floods the delta city of Namar, displacing about 800 families, officials said.', outlet: 'Delta Times' }),
      JSON.stringify({ text: 'Gas explosion in a Namar market injures 12, police said.', outlet: 'Delta Times' }),
    ].join('\n');
    expect((await post(jsonl, 'application/x-ndjson')).json().documents).toHaveLength(2);
    const html = '<html><head><title>Quake shakes Serin</title></head><body><article><p>An earthquake shook the town of Serin, injuring 40 people, the health ministry said.</p></article></body></html>';
    const r = await post(html, 'text/html');
    expect(r.statusCode).toBe(201);
  });

  it('answers bad input with clear errors', async () => {
    expect((await post('', 'text/plain')).statusCode).toBe(400);
    const t = await post('a,b', 'text/csv');
    expect(t.statusCode).toBe(415);
    expect(t.json().error.message).toMatch(/text\/plain/);
    expect((await post('{"nothing": 1}', 'application/json')).json().error.message).toMatch(/text .* or url/);
    expect((await post('{broken', 'application/json')).statusCode).toBe(400);
    expect((await post(JSON.stringify({ url: 'file:///etc/passwd' }), 'application/json')).statusCode).toBe(400);
    expect((await post(JSON.stringify({ documents: [] }), 'application/json')).statusCode).toBe(400);
    const nothing = await post('<html><body><script>var a = 1;</script></body></html>', 'text/html');
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().error.code).toBe('nothing_ingested');
  });

  it('reads the body kind from the content type', () => {
    expect(parseIngestBody('application/rss+xml', '<rss><channel></channel></rss>', {})[0]).toMatchObject({ format: 'rss' });
    expect(parseIngestBody('application/xml', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', {})[0]).toMatchObject({ format: 'atom' });
    expect(parseIngestBody('application/json', { url: 'https://news.example/a' }, {})[0]).toEqual({ kind: 'url', url: 'https://news.example/a' });
  });
});

describe('GET /api/events', () => {
  it('streams a documents event when a report is ingested', async () => {
    const live = await createServer({ store, token: TOKEN, backend: stubBackend(store), web: false, port: 0 });
    const base = await live.listen();
    try {
      const res = await fetch(`${base}/api/events`);
      expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      let seen = '';
      const posted = fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'text/plain', ...auth },
        body: 'Avalanche hits ski village of Brenholt, four killed, rescuers said.' });
      const deadline = Date.now() + 20_000;
      while (!seen.includes('event: documents') && Date.now() < deadline) seen += (await reader.read()).value ?? '';
      const ingested = await (await posted).json();
      expect(seen).toMatch(/id: \d+\nevent: documents\ndata: \{"documents":\[/);
      expect(seen).toContain(ingested.documents[0].id);
      await reader.cancel();
    } finally {
      await live.close();
    }
  });
});
