import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { ingestInputs } from '../../src/ingest/ingest-batch.js';
import { createServer, ensureWebBuild, type SitrepServer } from '../../src/server/index.js';
import type { StoryView } from '../../src/server/story-view.js';
import { assignStoriesAfterStore } from '../../src/stories/index.js';
import type { Store } from '../../src/store/index.js';
import { tempStore } from '../server/helpers.js';
import { ARTIFACTS, launch, skipMessage } from './browser.js';

const EXAMPLES_DIR = fileURLToPath(new URL('../../examples', import.meta.url));
const skip = skipMessage();
if (skip) console.warn(skip);
const TOKEN = 'browser-test-token-5e2c';

let store: Store;
let cleanup: () => Promise<void>;
let server: SitrepServer;
let base: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];

async function ingest(body: string, query = ''): Promise<{ documents: { id: string; story: string | null }[] }> {
  const r = await fetch(`${base}/api/documents${query}`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` }, body });
  expect(r.status).toBe(201);
  return r.json() as Promise<{ documents: { id: string; story: string | null }[] }>;
}

async function ready(p: Page): Promise<void> {
  await p.waitForSelector('body[data-page="ready"]', { timeout: 20_000 });
}

describe.skipIf(!!skip)('web app in Chromium', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    ({ store, cleanup } = await tempStore());
    await ingestInputs(store, [EXAMPLES_DIR], { afterStore: [assignStoriesAfterStore] });
    server = await createServer({ store, port: 0, token: TOKEN });
    base = await server.listen();
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    page.on('request', (r) => { if (!r.url().startsWith(base)) problems.push(`off-site request: ${r.url()}`); });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await cleanup?.();
  });

  it('lists the stories, opens one and shows map, timeline and matrix', async () => {
    await page.goto(`${base}/`);
    await ready(page);
    const stories = page.locator('li.story');
    expect(await stories.count()).toBeGreaterThan(0);
    const first = stories.first();
    expect(await first.locator('.count').textContent()).toMatch(/\d+ reports?/);
    expect(await first.locator('.key-figure').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'stories.png'), fullPage: true });

    const storyId = (await first.getAttribute('data-story'))!;
    await first.locator('a.story-label').click();
    await ready(page);
    await page.waitForSelector('#map .leaflet-marker-icon, #map path.leaflet-interactive');
    const view = (await (await fetch(`${base}/api/stories/${storyId}/view`)).json()) as StoryView;

    const exact = view.places.filter((p) => p.precision === 'exact').length;
    expect(exact).toBeGreaterThan(0);
    expect(await page.locator('#map .leaflet-marker-icon.pin-exact').count()).toBe(exact);
    expect(await page.locator('#map path.area').count()).toBe(view.places.length - exact);
    expect(await page.locator('#map path.leaflet-interactive, #map svg path').count()).toBeGreaterThan(50); // country outlines

    const points = view.timeline.reduce((n, t) => n + t.series.reduce((m, s) => m + s.points.length, 0), 0);
    expect(points).toBeGreaterThan(0);
    expect(await page.locator('.timeline-chart circle.pt').count()).toBe(points);

    for (const row of view.rows) {
      const cells = page.locator(`tr[data-quantity="${row.key}"] a.cell`);
      expect(await cells.count(), row.key).toBe(row.cells.length);
    }
    const killed = await page.locator('tr[data-quantity="killed|all|people"] a.cell').allTextContents();
    expect(killed.some((t) => /23$/.test(t))).toBe(true); // the first toll, "at least 23"
    expect(await page.locator('table.matrix th.report').count()).toBe(view.reports.length);
    expect(await page.locator('#disagreements li.difference').count()).toBe((view.brief?.differences ?? []).length);

    // Colours follow the brief's differences: the monitor's first toll was updated, the parties' figures are claims.
    const agreementOf = (row: string, text: RegExp) => page.locator(`tr[data-quantity="${row}"] a.cell`).filter({ hasText: text }).evaluateAll(
      (els) => els.map((e) => e.getAttribute('data-agreement')));
    expect(new Set(await agreementOf('killed|all|people', /23$/))).toEqual(new Set(['update']));
    expect(new Set(await agreementOf('killed|nonstate|people', /^60$/))).toEqual(new Set(['claim']));
    expect(new Set(await agreementOf('killed|state|people', /150$/))).toEqual(new Set(['claim']));
    const used = new Set(view.rows.flatMap((r) => r.cells.map((c) => c.agreement)));
    const legend = await page.locator('.matrix-legend [data-agreement]').evaluateAll((els) => els.map((e) => e.getAttribute('data-agreement')));
    for (const a of used) expect(legend, `legend entry for ${a}`).toContain(a);
    // Vague amounts read as words, never as their upper bound.
    const matrixText = (await page.locator('#matrix').textContent())!;
    expect(matrixText).not.toMatch(/\?\d/);
    expect(await page.locator('tr[data-quantity="displaced|all|families"] a.cell').first().textContent()).toBe('hundreds');
    expect(await page.locator('.timeline-chart circle.pt title').evaluateAll((els) => els.filter((e) => /\b999\b/.test(e.textContent ?? '')).length)).toBe(0);
    expect(await page.locator('figure.timeline[data-quantity="displaced|all|families"] .unplotted').textContent()).toContain('hundreds');

    // Every panel below the timeline holds its drawn content before the full-page capture (no skipped, empty boxes).
    for (const sel of ['#timeline svg.timeline-chart', '#matrix table.matrix td a.cell', '#reports ol.reports li']) {
      await page.waitForSelector(sel);
      expect(await page.locator(sel).first().evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions)), sel).toBe(true);
    }
    for (const id of ['timeline', 'matrix', 'reports']) {
      const panel = page.locator(`#${id}`);
      expect(await panel.evaluate((el) => el.classList.contains('lazy')), id).toBe(false);
      expect((await panel.innerText()).trim().split('\n').length, `${id} is not empty`).toBeGreaterThan(2);
    }
    expect(await page.locator('table.matrix th.report').first().textContent()).toMatch(/^1\. CPA /);
    await page.screenshot({ path: join(ARTIFACTS, 'story.png'), fullPage: true });
    await page.locator('#matrix').screenshot({ path: join(ARTIFACTS, 'matrix.png') }); // scrolled into view: drawn
    await page.locator('#where').screenshot({ path: join(ARTIFACTS, 'map.png') });
  });

  it('lands on the sentence of a figure clicked in the matrix', async () => {
    const cell = page.locator('tr[data-quantity="killed|all|people"] a.cell').first();
    const doc = (await cell.getAttribute('data-doc'))!;
    const fig = Number(await cell.getAttribute('data-fig'));
    await cell.click();
    await ready(page);
    expect(page.url()).toContain(`#/doc/${doc}/fig/${fig}`);
    const target = page.locator(`#fig-${fig}`);
    await expect.poll(() => target.evaluate((el) => el.classList.contains('focus'))).toBe(true);
    expect(await target.isVisible()).toBe(true);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    const d = await (await fetch(`${base}/api/documents/${doc}`)).json();
    const sentence = (await page.locator('.hl-target').allTextContents()).join('');
    expect(sentence).toContain(d.figures[fig].quote);
    await target.hover();
    await expect.poll(() => page.locator('#tooltip').isVisible()).toBe(true);
    expect(await page.locator('#tooltip').textContent()).toContain(`"kind": "${d.figures[fig].kind}"`);
    expect(await page.locator('.doc-text .hl-place').count()).toBeGreaterThan(0);
    expect(await page.locator('.doc-text .hl-actor').count()).toBeGreaterThan(0);
    const removed = page.locator('details.removed');
    expect(await removed.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'document.png'), fullPage: false });
  });

  it('redraws an open story page when a report of that story arrives', async () => {
    const storyId = (await (await fetch(`${base}/api/stories`)).json()).stories[0].id as string;
    await page.goto(`${base}/#/story/${storyId}`);
    await ready(page);
    await page.waitForSelector('#live.on');
    const columns = await page.locator('table.matrix th.report').count();
    const r = await ingest('Diffa toll rises after Komadougou Liberation Front assault\nThe death toll from the Komadougou Liberation Front assault on the Nigerien town of Diffa rose to 44, the Sahel Conflict Observatory said on Thursday, as the army kept reinforcing its positions around the town.',
      '?outlet=Sahel%20Morning%20Wire&published=2025-03-13');
    expect(r.documents[0].story).toBe(storyId);
    await expect.poll(() => page.evaluate(() => document.body.dataset.refreshed), { timeout: 15_000 }).toBe('1');
    expect(await page.locator('table.matrix th.report').count()).toBe(columns + 1);
  });

  it('updates the stories list live when a report arrives', async () => {
    await page.goto(`${base}/#/`);
    await ready(page);
    await page.waitForSelector('#live.on');
    const before = await page.locator('li.story').count();
    await ingest('Dam breach floods valley town of Kestrow\nA dam above the town of Kestrow gave way on Friday, flooding hundreds of homes and killing at least nine people, the civil protection office said.',
      '?outlet=Valley%20Courier&published=2024-04-12');
    await expect.poll(() => page.locator('li.story').count(), { timeout: 15_000 }).toBe(before + 1);
  });

  it('shows hostile article text literally and runs none of it', async () => {
    const hostile = 'Protest in Ardent Square <script>window.__pwned = 1; alert("script")</script>\n' +
      'Crowds gathered in Ardent Square on Monday. <img src=x onerror="window.__pwned = 2; alert(1)"> Police said 4 people were detained. ' +
      '<a href="javascript:window.__pwned=3">click</a> <svg onload="window.__pwned=4"></svg>';
    const { documents } = await ingest(hostile, '?title=%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E&outlet=%3Cb%3EBold%3C%2Fb%3E');
    const id = documents[0].id;
    await page.goto(`${base}/#/doc/${id}`);
    await ready(page);
    const text = (await page.locator('.doc-text').textContent())!;
    expect(text).toContain('<script>window.__pwned = 1;');
    expect(text).toContain('<img src=x onerror="window.__pwned = 2; alert(1)">');
    expect(await page.locator('.doc-text script, .doc-text img, .doc-text svg, .doc-text a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('<img');
    await page.screenshot({ path: join(ARTIFACTS, 'xss.png') });
    if (documents[0].story) {
      await page.goto(`${base}/#/story/${documents[0].story}`);
      await ready(page);
    }
    await page.goto(`${base}/#/`);
    await ready(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#tooltip').isVisible()).toBe(false);
    expect(problems.filter((p) => !/favicon/.test(p))).toEqual([]);
  });
});
