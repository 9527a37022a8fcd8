/**
 * `npm run bench -- web [--n 1000]`: a story of n synthetic reports (stored directly, no pipeline), then the time to
 * load its story page: the view API cold (computed) and warm (cached), and — when Chromium is installed — the full
 * page in the browser until map, timeline and matrix are drawn. Target: under a second for 1,000 reports.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SitrepDocument, Span } from '../src/model/document.js';
import type { Figure } from '../src/model/figure.js';
import { createServer, ensureWebBuild } from '../src/server/index.js';
import { assignStories, listStories } from '../src/stories/index.js';
import { openStore } from '../src/store/index.js';

const OUTLETS = ['Harbor Chronicle', 'Northern Ledger', 'Valley Radio', 'Plains Wire', 'Coastal Tribune', 'Delta Times'];
const SOURCES = ['Regional Disaster Agency', 'Red Crescent volunteers', 'local officials', 'Ministry of Health'];

function span(text: string, quote: string): Span {
  const at = text.indexOf(quote);
  return [at, at + quote.length];
}

/** One invented report on the Velmar floods: a toll that rises over five days, displaced people, two places. */
export function syntheticDoc(i: number): SitrepDocument {
  const day = 1 + Math.floor((i / 1000) * 5);
  const published = `2024-05-0${day}T${String(i % 24).padStart(2, '0')}:00:00Z`;
  const killed = 10 + day * 4 + (i % 3);
  const displaced = 3000 + day * 500;
  const source = SOURCES[i % SOURCES.length];
  const text = `Floods in the river town of Velmar have killed ${killed} people, ${source} said on day ${day} of the disaster. ` +
    `About ${displaced} residents of Lower Brana province have fled their homes, report ${i} says. Rescue teams from Orsk reached the flooded districts.`;
  const fig = (kind: Figure['kind'], value: number, quote: string, qualifier: Figure['qualifier'], src: string | null): Figure => ({
    kind, value, low: null, high: null, qualifier, unit: 'people', victims: { side: 'all', text: 'people', actor: null }, source: src,
    scope: 'event', asOf: published.slice(0, 10), place: null, cause: 'flood', partOf: null, span: span(text, quote), quote });
  const mention = (name: string): Span[] => [span(text, name)];
  return {
    id: `bench-${i}`, origin: { location: `bench-${i}.txt`, format: 'text' }, source: text, text,
    offsets: { segments: [[0, 0, text.length]] },
    meta: { title: `Velmar floods: toll at ${killed} (report ${i})`, outlet: OUTLETS[i % OUTLETS.length], url: null, published,
      publishedFrom: 'option', language: 'en', byline: null, dateline: null },
    headings: [], removed: [], messages: [],
    sentences: [{ span: [0, text.indexOf(' About')], tokens: [0, 0] }],
    figures: [fig('killed', killed, `killed ${killed} people`, 'exact', source), fig('displaced', displaced, `About ${displaced} residents`, 'about', null)],
    places: [
      { name: 'Velmar', lat: 46.2, lon: 24.8, country: 'Testland', admin1: 'Lower Brana', precision: 'exact', kind: 'populated', geonameId: null, population: null, mentions: mention('Velmar') },
      { name: 'Lower Brana', lat: 46.5, lon: 25.3, country: 'Testland', admin1: null, precision: 'admin1', kind: 'admin1', geonameId: null, population: null, mentions: mention('Lower Brana') },
    ],
    actors: [{ name: source, type: 'government', side: null, aliases: [], mentions: mention(source) }],
  };
}

const ms = (t0: number) => Math.round(performance.now() - t0);

export async function run({ n = 1000 }: { n?: number } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  try {
    const docs = Array.from({ length: n }, (_, i) => syntheticDoc(i));
    let t0 = performance.now();
    await store.putDocuments(docs);
    await assignStories(store, docs);
    console.log(`stored and clustered ${n} synthetic reports in ${ms(t0)} ms`);
    const story = (await listStories(store)).sort((a, b) => b.documentCount - a.documentCount)[0];
    console.log(`largest story: ${story.documentCount} reports`);
    await ensureWebBuild((l) => console.log(l));
    const server = await createServer({ store, port: 0, log: () => {} });
    const base = await server.listen();
    const rows: [string, number][] = [];
    t0 = performance.now();
    const body = await (await fetch(`${base}/api/stories/${story.id}/view`)).text();
    rows.push(['view API, cold (brief computed)', ms(t0)]);
    t0 = performance.now();
    await (await fetch(`${base}/api/stories/${story.id}/view`)).text();
    rows.push(['view API, warm (cached)', ms(t0)]);
    console.log(`view payload: ${(body.length / 1024).toFixed(0)} KiB`);
    if (existsSync('/usr/bin/chromium')) rows.push(...(await browserTimes(base, story.id)));
    else console.log('chromium not found: browser timing skipped');
    console.log('| step | ms |\n|---|---|');
    for (const [name, t] of rows) console.log(`| ${name} | ${t} |`);
    await server.close();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function browserTimes(base: string, storyId: string): Promise<[string, number][]> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run'] });
  const out: [string, number][] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    for (const label of ['story page in Chromium, first load', 'story page in Chromium, reload']) {
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.goto(`${base}/#/story/${storyId}`);
      await page.waitForSelector('body[data-page="ready"] #map .leaflet-marker-icon', { timeout: 60_000 });
      await page.waitForSelector('table.matrix a.cell');
      out.push([label, ms(t0)]);
    }
    const timing = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => `${e.name.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(e.startTime)}→${Math.round(e.startTime + e.duration)}`));
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((e) => `${e.name} ${Math.round(e.startTime)}`));
    if (process.env.SITREP_BENCH_VERBOSE) console.log([...timing, ...marks].join('\n'));
    const cells = await page.locator('table.matrix a.cell').count();
    console.log(`matrix cells drawn: ${cells}`);
    for (const label of ['story page, opened from the stories list', 'story page, opened again from the list']) {
      await page.goto(`${base}/#/`);
      await page.waitForSelector('body[data-page="ready"] li.story');
      const t0 = performance.now();
      await page.locator(`li.story[data-story="${storyId}"] a.story-label`).click();
      await page.waitForSelector('body[data-page="ready"] #map .leaflet-marker-icon', { timeout: 60_000 });
      const inPage = await page.evaluate(() => {
        const m = performance.measure('load', 'sitrep:route', 'sitrep:map');
        return Math.round(m.duration);
      });
      out.push([label, ms(t0)], [`${label} (in-page: route → map drawn)`, inPage]);
    }
  } finally {
    await browser.close();
  }
  return out;
}
