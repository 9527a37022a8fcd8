/**
 * What actors, places and events add to extract time, measured as sitrep runs: each path in a process of its own, by
 * CPU time of all of the process's threads. The figure stages alone run in a process that never builds the gazetteer
 * or the entity tables (as before those stages existed).
 *
 * On a shared machine one process of the same code can run 15% faster or slower than another for its whole life, and
 * processes started and run side by side are alike: their memory landed at the same time, and they meet the same load
 * from other processes and other machines sharing the memory. So the bench compares within groups. A group is one
 * process per side, started together; every process stays alive and takes turns of a slice of documents, a group's
 * processes back to back (in an order that differs from group to group, so no side always follows the same other).
 * A comparison is the ratio of two sides' CPU time per article within each group; the bench prints the median over
 * the groups and the spread. A null comparison (two sides of the same code) shows the spread the machine alone makes.
 * SITREP_BENCH_VERBOSE=1 prints every process's figure.
 *
 * Comparisons:
 * - before and after: the figure stages one document at a time (how `sitrep extract` ran before actors, places and
 *   events) against the full extract in batches (how it runs now, see analyzeBatch);
 * - the same way of running on both sides, in batches and one by one: what the entity stages themselves cost.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './extract.bench.js';
import { BATCH_SIZE } from '../src/pipeline/analyze.js';

/** Turns each process takes, and documents per turn. */
const TURNS = 15;
const TURN_DOCS = 40;
/** Groups alive at once, and the default number of waves of fresh groups (each wave's processes end before the next starts). */
const GROUPS_PER_WAVE = 3;
const WAVES = 2;

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

interface Proc {
  readonly side: number;
  readonly proc: ChildProcess;
  ms: number;
}

/**
 * One wave: GROUPS_PER_WAVE groups of one process per side, all alive at once and taking turns (the start rotating
 * from turn to turn, a group's processes back to back). Returns each group's CPU ms per document, by side.
 */
async function wave(sides: readonly Side[], corpus: readonly string[]): Promise<number[][]> {
  const procs: Proc[] = [];
  for (let g = 0; g < GROUPS_PER_WAVE; g++) {
    for (let k = 0; k < sides.length; k++) {
      const side = (g + k) % sides.length; // each group in its own order
      procs.push({ side, proc: await start(sides[side], corpus), ms: 0 });
    }
  }
  for (let t = 0; t < TURNS; t++) {
    for (let k = 0; k < procs.length; k++) {
      const p = procs[(t * sides.length + k) % procs.length]; // a turn starts at a group's first process
      p.ms += await ask(p.proc, TURN_DOCS);
    }
  }
  for (const { proc } of procs) proc.send({ n: 0 });
  const groups: number[][] = [];
  for (let g = 0; g < GROUPS_PER_WAVE; g++) {
    const mine = procs.slice(g * sides.length, (g + 1) * sides.length);
    groups.push(sides.map((_, i) => mine.find((p) => p.side === i)!.ms / (TURNS * TURN_DOCS)));
  }
  if (process.env.SITREP_BENCH_VERBOSE) console.log(groups.map((ms, g) => `group ${g}: ${ms.map((x) => x.toFixed(2)).join(' ')}`).join('\n'));
  return groups;
}

/** The q-quantile of ascending `xs`, interpolated between neighbours. */
function quantile(xs: readonly number[], q: number): number {
  const at = q * (xs.length - 1);
  const k = Math.floor(at);
  return k + 1 < xs.length ? xs[k] + (at - k) * (xs[k + 1] - xs[k]) : xs[k];
}

const percent = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(0)}%`;

export async function run({ corpus = [], waves = WAVES }: { corpus?: readonly string[]; waves?: number } = {}): Promise<void> {
  if (!Number.isInteger(waves) || waves < 1) throw new Error(`extract-processes: --waves takes a whole number of 1 or more, not ${waves}`);
  const sides: Side[] = [
    { path: 'figures', batch: 1 },
    { path: 'full', batch: 1 },
    { path: 'figures', batch: BATCH_SIZE },
    { path: 'full', batch: BATCH_SIZE },
    { path: 'figures', batch: 1 },
  ];
  const [figuresOne, fullOne, figuresBatched, fullBatched, figuresOneAgain] = [0, 1, 2, 3, 4];
  const comparisons = [
    { label: 'before → after (figure stages one by one → full extract in batches)', a: figuresOne, b: fullBatched },
    { label: `entity stages' cost, both in batches of ${BATCH_SIZE}`, a: figuresBatched, b: fullBatched },
    { label: "entity stages' cost, both one by one", a: figuresOne, b: fullOne },
    { label: 'null: figure stages one by one against themselves', a: figuresOne, b: figuresOneAgain },
  ];
  const what = corpus.length ? `from ${corpus.join(', ')}` : 'synthetic';
  console.log(`  articles            ${what}; ${waves * GROUPS_PER_WAVE} groups of one process per side (${GROUPS_PER_WAVE} groups alive at once, taking turns of ${TURN_DOCS} articles, ${TURNS} turns each); CPU time of all threads`);
  const groups: number[][] = [];
  for (let w = 0; w < waves; w++) groups.push(...(await wave(sides, corpus)));
  const rate = (ms: number): string => (1000 / ms).toFixed(0);
  const label = (s: Side): string => `${s.path === 'full' ? 'full extract' : 'figure stages only'}, ${s.batch === 1 ? 'one by one' : `in batches of ${s.batch}`}`;
  sides.forEach((s, i) => console.log(`  ${label(s).padEnd(38)} ${rate(median(groups.map((ms) => ms[i])))} articles/s (median of groups)`));
  for (const { label: what, a, b } of comparisons) {
    const added = groups.map((ms) => ms[b] / ms[a] - 1).sort((x, y) => x - y);
    const middle = `middle half ${percent(quantile(added, 0.25))} to ${percent(quantile(added, 0.75))}`;
    console.log(`  ${what}: ${percent(median(added))} time (median of groups, ${middle}; groups ${added.map(percent).join(', ')})`);
  }
}
