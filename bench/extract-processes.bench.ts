/**
 * What actors, places and events add to extract time, measured as sitrep runs: each path in a process of its own, by
 * CPU time of all of the process's threads. The figure stages alone run in a process that never builds the gazetteer
 * or the entity tables (as before those stages existed).
 *
 * Two processes are compared in lockstep: both stay alive and take turns, a slice of documents each, so a change in
 * the machine's load (other processes, other machines sharing its memory) falls on both alike; the figure given is
 * the ratio of their total CPU time. Three comparisons:
 * - before and after: the figure stages one document at a time (how `sitrep extract` ran before actors, places and
 *   events) against the full extract in batches (how it runs now, see analyzeBatch);
 * - the same way of running on both sides, in batches and one by one: what the entity stages themselves cost.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './extract.bench.js';
import { BATCH_SIZE } from '../src/pipeline/analyze.js';

/** Slices each process analyses, taking turns, and documents per slice. */
const SLICES = 40;
const SLICE_DOCS = 40;
/** Each comparison runs this many times, each with a fresh pair of processes. */
const REPEATS = 3;

interface Side {
  readonly path: 'figures' | 'full';
  readonly batch: number;
}

function start(side: Side, corpus: readonly string[]): Promise<ChildProcess> {
  const child = fileURLToPath(new URL('./extract-child.ts', import.meta.url));
  const c = fork(child, [side.path, String(side.batch), ...corpus], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    c.once('message', () => resolve(c));
    c.once('error', reject);
  });
}

function ask(c: ChildProcess, n: number): Promise<number> {
  return new Promise((resolve) => {
    c.once('message', (m: { ms: number }) => resolve(m.ms));
    c.send({ n });
  });
}

/** CPU ms per document of each side, analysed in turns (the order alternating from slice to slice). */
async function lockstep(a: Side, b: Side, corpus: readonly string[]): Promise<[number, number]> {
  const [pa, pb] = [await start(a, corpus), await start(b, corpus)];
  let ta = 0;
  let tb = 0;
  for (let s = 0; s < SLICES; s++) {
    if (s % 2) {
      tb += await ask(pb, SLICE_DOCS);
      ta += await ask(pa, SLICE_DOCS);
    } else {
      ta += await ask(pa, SLICE_DOCS);
      tb += await ask(pb, SLICE_DOCS);
    }
  }
  pa.send({ n: 0 });
  pb.send({ n: 0 });
  return [ta / (SLICES * SLICE_DOCS), tb / (SLICES * SLICE_DOCS)];
}

export async function run({ corpus = [] }: { corpus?: readonly string[] } = {}): Promise<void> {
  const comparisons: Array<{ label: string; a: Side; b: Side }> = [
    { label: 'before → after (figure stages one by one → full extract in batches)', a: { path: 'figures', batch: 1 }, b: { path: 'full', batch: BATCH_SIZE } },
    { label: `entity stages' cost, both in batches of ${BATCH_SIZE}`, a: { path: 'figures', batch: BATCH_SIZE }, b: { path: 'full', batch: BATCH_SIZE } },
    { label: "entity stages' cost, both one by one", a: { path: 'figures', batch: 1 }, b: { path: 'full', batch: 1 } },
  ];
  const what = corpus.length ? `from ${corpus.join(', ')}` : 'synthetic';
  console.log(`  articles            ${what}; each comparison: two processes in lockstep, ${SLICES} turns of ${SLICE_DOCS} articles each, ${REPEATS} times; CPU time of all threads`);
  const rate = (ms: number): string => (1000 / ms).toFixed(0);
  for (const { label, a, b } of comparisons) {
    const added: number[] = [];
    const rates: string[] = [];
    for (let r = 0; r < REPEATS; r++) {
      const [ma, mb] = await lockstep(a, b, corpus);
      added.push(mb / ma - 1);
      rates.push(`${rate(ma)} → ${rate(mb)}`);
    }
    console.log(`  ${label}: ${(100 * median(added)).toFixed(0)}% more time (runs: ${added.map((x) => (100 * x).toFixed(0)).join(', ')}%; articles/s ${rates.join(', ')})`);
  }
}
