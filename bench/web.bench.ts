/**
 * `npm run bench -- web [--n 1000]`: a story of n synthetic reports (stored directly, no pipeline), then the time to
 * load its story page, each a median of RUNS runs: the view API on a freshly started `sitrep serve` (brief built)
 * and cached, and — when Chromium is installed — the full page until map, timeline and matrix are drawn: cold server
 * with a fresh browser profile, warm (opened from the stories list) and reload. Target: under a second for 1,000
 * reports. The first run's page and matrix are saved to $TMPDIR/sitrep-bench-{story,matrix}.png.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SitrepDocument, Span } from '../src/model/document.js';
import type { Figure } from '../src/model/figure.js';
import { ensureWebBuild } from '../src/server/index.js';
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

/** Runs per measurement; the table shows medians. */
export const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : Math.round((s[s.length / 2 - 1] + s[s.length / 2]) / 2);
}

/** A fresh `sitrep serve` process over the store: nothing compiled, nothing cached. Resolves to its URL. */
async function startServer(db: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['bin/sitrep.js', 'serve', '--db', db, '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = / at (http:\/\/\S+?)\/?\n/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`sitrep serve exited with ${code}: ${out}`)));
  });
  return { base, stop: () => new Promise<void>((r) => { child.once('exit', () => r()); child.kill('SIGTERM'); }) };
}

export async function run({ n = 1000 }: { n?: number } = {}): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-bench-'));
  const db = join(dir, 'bench.db');
  try {
    const store = await openStore(db);
    const docs = Array.from({ length: n }, (_, i) => syntheticDoc(i));
    const t0 = performance.now();
    await store.putDocuments(docs);
    await assignStories(store, docs);
    console.log(`stored and clustered ${n} synthetic reports in ${ms(t0)} ms`);
    const story = (await listStories(store)).sort((a, b) => b.documentCount - a.documentCount)[0];
    await store.close();
    console.log(`largest story: ${story.documentCount} reports`);
    await ensureWebBuild((l) => console.log(l));
    const view = `/api/stories/${story.id}/view`;
    const times = new Map<string, number[]>();
    const add = (name: string, t: number) => times.set(name, [...(times.get(name) ?? []), t]);

    for (let i = 0; i < RUNS; i++) {
      const server = await startServer(db);
      try {
        let t = performance.now();
        const res = await fetch(`${server.base}${view}`, { headers: { 'accept-encoding': 'gzip, br' } });
        const body = await res.text();
        add('view API, cold server (brief built)', ms(t));
        t = performance.now();
        await (await fetch(`${server.base}${view}`, { headers: { 'accept-encoding': 'gzip, br' } })).text();
        add('view API, warm (cached)', ms(t));
        if (i === 0) {
          const raw = Number((await fetch(`${server.base}${view}`, { headers: { 'accept-encoding': 'identity' } })).headers.get('content-length') ?? body.length);
          const wire = Number((await fetch(`${server.base}${view}`, { method: 'HEAD', headers: { 'accept-encoding': 'br, gzip' } })).headers.get('content-length') ?? raw);
          console.log(`view payload: ${(raw / 1024).toFixed(0)} KiB, ${(wire / 1024).toFixed(0)} KiB compressed`);
        }
      } finally {
        await server.stop();
      }
    }
    if (existsSync('/usr/bin/chromium')) {
      for (const [name, list] of await browserTimes(db, story.id)) for (const t of list) add(name, t);
    } else console.log('chromium not found: browser timing skipped');
    console.log(`\n| step (${story.documentCount} reports) | median ms | runs |\n|---|---|---|`);
    for (const [name, list] of times) console.log(`| ${name} | ${median(list)} | ${list.join(', ')} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const READY = 'body[data-page="ready"] #map .leaflet-marker-icon';

/**
 * The story page until map, timeline and matrix are drawn: (1) a cold server (fresh process, brief not cached) and a
 * fresh browser profile (empty HTTP cache), typing the story's address; (2) warm: opened from the stories list;
 * (3) reload of the story page.
 */
async function browserTimes(db: string, storyId: string): Promise<Map<string, number[]>> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run'] });
  const out = new Map<string, number[]>();
  const add = (name: string, t: number) => out.set(name, [...(out.get(name) ?? []), t]);
  try {
    for (let i = 0; i < RUNS; i++) {
      const server = await startServer(db);
      const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
      try {
        const page = await context.newPage();
        let t0 = performance.now();
        await page.goto(`${server.base}/#/story/${storyId}`);
        await page.waitForSelector(READY, { timeout: 60_000 });
        await page.waitForSelector('table.matrix a.cell');
        add('story page, cold server + fresh browser', ms(t0));
        if (i === 0 && process.env.SITREP_BENCH_VERBOSE) {
          console.log((await page.evaluate(() => [
            ...performance.getEntriesByType('resource').map((e) => `${e.name.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(e.startTime)}→${Math.round(e.startTime + e.duration)}`),
            ...performance.getEntriesByType('mark').map((e) => `${e.name} ${Math.round(e.startTime)}`)])).join('\n'));
          console.log(`matrix cells drawn: ${await page.locator('table.matrix a.cell').count()}`);
        }
        await page.goto(`${server.base}/#/`);
        await page.waitForSelector('body[data-page="ready"] li.story');
        t0 = performance.now();
        await page.locator(`li.story[data-story="${storyId}"] a.story-label`).click();
        await page.waitForSelector(READY, { timeout: 60_000 });
        await page.waitForSelector('table.matrix a.cell');
        add('story page, warm, opened from the stories list', ms(t0));
        t0 = performance.now();
        await page.reload();
        await page.waitForSelector(READY, { timeout: 60_000 });
        await page.waitForSelector('table.matrix a.cell');
        add('story page, reload', ms(t0));
        if (i === 0) {
          await page.screenshot({ path: join(tmpdir(), 'sitrep-bench-story.png') });
          await page.locator('#matrix').screenshot({ path: join(tmpdir(), 'sitrep-bench-matrix.png') });
        }
      } finally {
        await context.close();
        await server.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
