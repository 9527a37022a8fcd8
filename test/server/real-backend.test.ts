import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ingestInputs } from '../../src/ingest/ingest-batch.js';
import { createServer, type SitrepServer } from '../../src/server/index.js';
import { assignStoriesAfterStore } from '../../src/stories/index.js';
import type { Store } from '../../src/store/index.js';
import { tempStore } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
let store: Store;
let cleanup: () => Promise<void>;
let server: SitrepServer;
let storyId: string;

beforeAll(async () => {
  ({ store, cleanup } = await tempStore());
  await ingestInputs(store, [EXAMPLES], { afterStore: [assignStoriesAfterStore] });
  server = await createServer({ store, token: null, web: false });
  storyId = (await server.app.inject({ url: '/api/stories' })).json().stories[0].id;
});
afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

const get = (url: string) => server.app.inject({ url });

describe('API over the real stories, brief and export (example corpus)', () => {
  it('gives the example story with its reports and a brief', async () => {
    const story = (await get(`/api/stories/${storyId}`)).json();
    expect(story.documentCount).toBeGreaterThanOrEqual(5);
    const view = (await get(`/api/stories/${storyId}/view`)).json();
    expect(view.briefError).toBeNull();
    expect(view.brief.summary.length).toBeGreaterThan(0);
    expect(view.places.some((p: { name: string }) => p.name === 'Diffa')).toBe(true);
    expect(view.brief.sources.every((s: { n: number; id: string }) => typeof s.n === 'number' && typeof s.id === 'string')).toBe(true);
  });

  it('renders the brief as Markdown and HTML', async () => {
    expect((await get(`/api/stories/${storyId}/brief?format=md`)).body).toMatch(/Diffa/);
    const html = await get(`/api/stories/${storyId}/brief?format=html`);
    expect(html.body).toMatch(/<html/i);
    expect(html.headers['content-security-policy']).toMatch(/sandbox/);
  });

  it('exports every format', async () => {
    const acled = await get(`/api/export?format=acled&story=${storyId}`);
    expect(acled.statusCode).toBe(200);
    expect(acled.body.split('\n')[0]).toMatch(/event_date/i);
    const geo = (await get('/api/export?format=geojson')).json();
    expect(geo.type).toBe('FeatureCollection');
    for (const format of ['ucdp', 'json', 'hxl']) expect((await get(`/api/export?format=${format}`)).statusCode, format).toBe(200);
  });
});
