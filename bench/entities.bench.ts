/**
 * Entities benchmark: extract throughput with and without the actor, place and event stages, over the invented
 * entity fixtures repeated to `n` documents; plus the gazetteer's one-off load time and memory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDefaultPipeline } from '../src/pipeline/analyze.js';
import { getGazetteer } from '../src/extract/gazetteer.js';
import type { SitrepDocument } from '../src/model/document.js';

const DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'entities');
const OURS = ['find-actors', 'find-places', 'build-events'];

function doc(text: string, i: number): SitrepDocument {
  return {
    id: `b${i}`,
    origin: { location: `b${i}`, format: 'text' },
    source: text,
    text,
    offsets: { segments: [[0, 0, text.length]] },
    meta: { title: null, outlet: null, url: null, published: '2025-01-01', publishedFrom: 'option', language: null, byline: null, dateline: null },
    headings: [],
    removed: [],
    messages: [],
  };
}

export async function run({ n = 2000 }: { n?: number }): Promise<void> {
  const texts = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !f.startsWith('geonames')).map((f) => readFileSync(join(DIR, f), 'utf8'));
  const heap0 = process.memoryUsage().heapUsed;
  const g = getGazetteer();
  const gazHeap = (process.memoryUsage().heapUsed - heap0) / 1e6;
  const full = createDefaultPipeline();
  const known = new Set(full.stages.map((s) => s.name));
  const without = createDefaultPipeline({ disable: OURS.filter((s) => known.has(s)) });
  const time = (p: typeof full): number => {
    for (let i = 0; i < 50; i++) p.run(doc(texts[i % texts.length], i)); // warm up
    const t0 = performance.now();
    for (let i = 0; i < n; i++) p.run(doc(texts[i % texts.length], i));
    return (n / (performance.now() - t0)) * 1000;
  };
  const before = time(without);
  const after = time(full);
  const chars = texts.reduce((a, t) => a + t.length, 0) / texts.length;
  console.log(`entities bench: ${n} documents, ${Math.round(chars)} chars each on average`);
  console.log(`  gazetteer load         ${g.stats.loadMs} ms, ${g.stats.rows} rows, ~${gazHeap.toFixed(0)} MB heap`);
  console.log(`  without entity stages  ${before.toFixed(0)} docs/s`);
  console.log(`  with entity stages     ${after.toFixed(0)} docs/s (${((after / before) * 100).toFixed(0)}% of before)`);
}
