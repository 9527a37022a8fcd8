/**
 * Entities benchmark: extract throughput with and without the actor, place and event stages, over the invented
 * entity fixtures repeated to `n` documents (interleaved rounds, CPU time, medians); plus the gazetteer's one-off load
 * time and memory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDefaultPipeline } from '../src/pipeline/analyze.js';
import { getGazetteer } from '../src/extract/gazetteer.js';
import type { SitrepDocument } from '../src/model/document.js';

const DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'entities');
/** The entity stages, and find-responsibility, which needs their actors and events. */
const OURS = ['find-actors', 'find-places', 'build-events', 'find-responsibility'];

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

export async function run({ n = 2000, rounds = 5 }: { n?: number; rounds?: number }): Promise<void> {
  const texts = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !f.startsWith('geonames')).map((f) => readFileSync(join(DIR, f), 'utf8'));
  const heap0 = process.memoryUsage().heapUsed;
  const g = getGazetteer();
  const gazHeap = (process.memoryUsage().heapUsed - heap0) / 1e6;
  const full = createDefaultPipeline();
  const known = new Set(full.stages.map((s) => s.name));
  const without = createDefaultPipeline({ disable: OURS.filter((s) => known.has(s)) });
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const pass = (p: typeof full): number => {
    const c = cpuMs();
    for (let i = 0; i < n; i++) p.run(doc(texts[i % texts.length], i));
    return (n / (cpuMs() - c)) * 1000;
  };
  for (const p of [without, full]) for (let i = 0; i < 50; i++) p.run(doc(texts[i % texts.length], i)); // warm up
  // interleaved rounds, CPU time, medians: load from other processes hits both paths alike
  const befores: number[] = [];
  const afters: number[] = [];
  for (let r = 0; r < rounds; r++) {
    befores.push(pass(without));
    afters.push(pass(full));
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const before = median(befores);
  const after = median(afters);
  const chars = texts.reduce((a, t) => a + t.length, 0) / texts.length;
  console.log(`entities bench: ${n} documents, ${Math.round(chars)} chars each on average; ${rounds} interleaved rounds, medians of CPU time`);
  console.log(`  gazetteer load         ${g.stats.loadMs} ms, ${g.stats.rows} rows, ~${gazHeap.toFixed(0)} MB heap`);
  console.log(`  without entity stages  ${before.toFixed(0)} docs/s`);
  console.log(`  with entity stages     ${after.toFixed(0)} docs/s (${((after / before) * 100).toFixed(0)}% of before)`);
}
