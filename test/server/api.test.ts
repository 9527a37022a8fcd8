import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { createServer, type SitrepServer } from '../../src/server/index.js';
import { OPENAPI } from '../../src/server/openapi.js';
import { FLOOD_DOCS, makeDoc, stubBackend, tempStore } from './helpers.js';

let store: Store;
let cleanup: () => Promise<void>;
let server: SitrepServer;
const logs: string[] = [];
const TOKEN = 'test-token-7f3a9c';

beforeAll(async () => {
  ({ store, cleanup } = await tempStore());
  await store.putDocuments(FLOOD_DOCS.map(makeDoc));
  server = await createServer({ store, token: TOKEN, backend: stubBackend(store), web: false, log: (l) => logs.push(l) });
});
afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });

describe('read endpoints', () => {
  it('reports health with the document count', async () => {
    const r = await get('/api/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ ok: true, documents: 3 });
  });

  it('lists stories with their latest key figures', async () => {
    const r = await get('/api/stories');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.total).toBe(1);
    expect(body.stories[0]).toMatchObject({ id: 'story-1', label: 'Floods in Velmar', documentCount: 3 });
    const killed = body.stories[0].keyFigures.find((k: { label: string }) => k.label === 'killed');
    expect(killed.value).toBe(31); // without a brief the list shows the latest report's figure
    expect((await get('/api/stories?q=earthquake')).json().stories).toEqual([]);
  });

  it('gives one story and 404 for an unknown one', async () => {
    expect((await get('/api/stories/story-1')).json().documents).toHaveLength(3);
    const r = await get('/api/stories/nope');
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ error: { code: 'not_found', message: 'story nope not found' } });
  });

  it('builds the story view: matrix cells coloured against the brief, timeline, places', async () => {
    const v = (await get('/api/stories/story-1/view')).json();
    expect(v.reports.map((r: { id: string }) => r.id)).toEqual(['flood-1', 'flood-2', 'flood-3']);
    const killed = v.rows.find((r: { key: string }) => r.key === 'killed|all|people');
    expect(killed.best).toBe(19);
    expect(killed.cells.map((c: { value: number; agreement: string; col: number }) => [c.col, c.value, c.agreement])).toEqual([
      [0, 12, 'near'], [1, 19, 'agree'], [2, 31, 'near'],
    ]);
    const timeline = v.timeline.find((t: { key: string }) => t.key === 'killed|all|people');
    expect(timeline.series.map((s: { originator: string }) => s.originator).sort()).toEqual(['Regional Disaster Agency', 'local officials']);
    expect(v.places.map((p: { name: string; precision: string }) => `${p.name}:${p.precision}`).sort()).toEqual(
      ['Lower Brana:admin1', 'Velmar:approximate', 'Velmar:exact']);
    expect(v.brief.summary[0].text).toMatch(/Velmar/);
  });

  it('serves the brief as JSON, Markdown and sandboxed HTML', async () => {
    expect((await get('/api/stories/story-1/brief')).json().quantities[0].best).toBe(19);
    const md = await get('/api/stories/story-1/brief?format=md');
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.body).toBe('# Floods in Velmar\n');
    const html = await get('/api/stories/story-1/brief?format=html');
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.headers['content-security-policy']).toMatch(/sandbox/);
    const bad = await get('/api/stories/story-1/brief?format=pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/json, md, html/);
  });

  it('pages documents and validates paging', async () => {
    const r = (await get('/api/documents?limit=2&offset=1')).json();
    expect(r.total).toBe(3);
    expect(r.documents.map((d: { id: string }) => d.id)).toEqual(['flood-2', 'flood-3']);
    expect(r.documents[0]).toMatchObject({ outlet: 'Northern Ledger', duplicateOf: null });
    for (const q of ['limit=0', 'limit=abc', 'offset=-1', 'limit=9999']) {
      const bad = await get(`/api/documents?${q}`);
      expect(bad.statusCode, q).toBe(400);
      expect(bad.json().error.code).toBe('bad_request');
    }
  });

  it('gives a document with its spans, source and offsets only on full=1', async () => {
    const d = (await get('/api/documents/flood-2')).json();
    expect(d.text.slice(d.figures[0].span[0], d.figures[0].span[1])).toBe(d.figures[0].quote);
    expect(d.places.map((p: { name: string }) => p.name)).toContain('Lower Brana');
    expect(d.source).toBeUndefined();
    expect(d.offsets).toBeUndefined();
    const full = (await get('/api/documents/flood-2?full=1')).json();
    expect(full.source).toBe(full.text);
    expect(full.offsets.segments).toHaveLength(1);
    expect((await get('/api/documents/missing')).statusCode).toBe(404);
  });

  it('filters figures by kind, side, place, source, dates and story', async () => {
    const f = async (q: string) => (await get(`/api/figures?${q}`)).json();
    expect((await f('')).total).toBe(5);
    expect((await f('kind=killed')).figures.map((x: { value: number }) => x.value)).toEqual([12, 19, 31]);
    expect((await f('kind=displaced&source=aid')).figures.map((x: { value: number }) => x.value)).toEqual([4500]);
    expect((await f('place=velmar')).total).toBe(3);
    expect((await f('from=2024-05-03')).total).toBe(3);
    expect((await f('to=2024-05-02')).total).toBe(2);
    expect((await f('side=civilians')).total).toBe(0);
    expect((await f('story=story-1&kind=killed&limit=1&offset=1')).figures[0]).toMatchObject({ doc: 'flood-2', index: 0, value: 19 });
    expect((await get('/api/figures?kind=eaten')).statusCode).toBe(400);
    expect((await get('/api/figures?from=yesterday')).statusCode).toBe(400);
    expect((await get('/api/figures?story=nope')).statusCode).toBe(404);
  });

  it('searches the full text and requires a query', async () => {
    const r = (await get('/api/search?q=disputed')).json();
    expect(r.results.map((x: { id: string }) => x.id)).toEqual(['flood-3']);
    expect(r.results[0].outlet).toBe('Valley Radio');
    expect((await get('/api/search')).statusCode).toBe(400);
    expect((await get(`/api/search?q=${'x'.repeat(300)}`)).statusCode).toBe(400);
  });

  it('exports a story or everything, in a named format', async () => {
    const r = await get('/api/export?format=json&story=story-1');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toMatch(/sitrep-story-1-json\.json/);
    expect(r.headers['content-type']).toMatch(/application\/json/);
    expect(r.json()).toEqual({ format: 'json', stories: 1, documents: 3 });
    const geo = await get('/api/export?format=geojson');
    expect(geo.headers['content-type']).toMatch(/application\/geo\+json/);
    expect(geo.json()).toEqual({ format: 'geojson', stories: 1, documents: 3 });
    const csv = await get('/api/export?format=acled&story=story-1');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/sitrep-story-1-acled\.csv/);
    expect((await get('/api/export')).statusCode).toBe(400);
    expect((await get('/api/export?format=xlsx')).statusCode).toBe(400);
    expect((await get('/api/export?format=json&story=nope')).statusCode).toBe(404);
  });

  it('describes every route in OpenAPI 3.1', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const routes = server.app.printRoutes({ commonPrefix: false });
    for (const path of Object.keys(OPENAPI.paths)) expect(routes).toContain(path.replace(/\{id\}/g, ':id').replace('/api/', 'api/').split('/').pop());
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/stories', '/api/stories/{id}', '/api/stories/{id}/view', '/api/stories/{id}/brief', '/api/documents',
      '/api/documents/{id}', '/api/figures', '/api/search', '/api/export', '/api/events', '/api/health']));
    expect(doc.paths['/api/documents'].post.security).toEqual([{ bearer: [] }]);
  });

  it('answers unknown routes and server faults with JSON errors, details only in the log', async () => {
    const r = await get('/api/nothing-here');
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('not_found');
    const broken = await createServer({ store, token: null, web: false, log: (l) => logs.push(l),
      backend: stubBackend(store, { listStories: async () => { throw new Error('disk on fire'); } }) });
    const e = await broken.app.inject({ method: 'GET', url: '/api/stories' });
    expect(e.statusCode).toBe(500);
    expect(e.json().error).toEqual({ code: 'internal', message: expect.not.stringContaining('disk') });
    expect(logs.some((l) => l.includes('disk on fire'))).toBe(true);
    await broken.close();
  });

  it('sets strict security headers on every response', async () => {
    const r = await get('/api/health');
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'; style-src 'self'/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
  });
});
