/**
 * What actors, places and events add to extract time, measured as sitrep runs: each path in a process of its own, by
 * CPU time of all of the process's threads. The figure stages alone run in a process that never builds the gazetteer
 * or the entity tables (as before those stages existed).
 *
 * Processes for four sides (figure stages and full extract, each one by one and in batches) stay alive and take
 * turns, a slice of documents each, so a change in the machine's load (other processes, other machines sharing its
 * memory) falls on all alike; a side's figure is the median of its processes' CPU time per article, and a comparison
 * the ratio of two sides'. SITREP_BENCH_VERBOSE=1 prints every process's figure. Three comparisons:
 * - before and after: the figure stages one document at a time (how `sitrep extract` ran before actors, places and
 *   events) against the full extract in batches (how it runs now, see analyzeBatch);
 * - the same way of running on both sides, in batches and one by one: what the entity stages themselves cost.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './extract.bench.js';
import { BATCH_SIZE } from '../src/pipeline/analyze.js';

/** Turns each process takes, and documents per turn. */
const TURNS = 20;
const TURN_DOCS = 40;
/**
 * Processes per side, and runs with fresh processes: one process of the same code can run 15% faster or slower than
 * another for its whole life (where its memory landed, what the compiler chose), so each side is several processes.
 */
const PROCESSES = 3;
const REPEATS = 2;

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

/**
 * CPU ms per document of each side (over its PROCESSES processes), all processes alive at once and taking turns, the
 * order rotating from turn to turn.
 */
async function inTurns(sides: readonly Side[], corpus: readonly string[]): Promise<number[]> {
  const procs: Array<{ side: number; proc: ChildProcess; ms: number }> = [];
  for (let p = 0; p < PROCESSES; p++) for (let i = 0; i < sides.length; i++) procs.push({ side: i, proc: await start(sides[i], corpus), ms: 0 });
  for (let t = 0; t < TURNS; t++) {
    for (let k = 0; k < procs.length; k++) {
      const p = procs[(t + k) % procs.length];
      p.ms += await ask(p.proc, TURN_DOCS);
    }
  }
  for (const { proc } of procs) proc.send({ n: 0 });
  if (process.env.SITREP_BENCH_VERBOSE) console.log(procs.map((p) => `${p.side}:${(p.ms / (TURNS * TURN_DOCS)).toFixed(2)}`).join(' '));
  return sides.map((_, i) => median(procs.filter((p) => p.side === i).map((p) => p.ms / (TURNS * TURN_DOCS))));
}

export async function run({ corpus = [] }: { corpus?: readonly string[] } = {}): Promise<void> {
  const sides: Side[] = [
    { path: 'figures', batch: 1 },
    { path: 'full', batch: 1 },
    { path: 'figures', batch: BATCH_SIZE },
    { path: 'full', batch: BATCH_SIZE },
  ];
  const [figuresOne, fullOne, figuresBatched, fullBatched] = [0, 1, 2, 3];
  const comparisons = [
    { label: 'before → after (figure stages one by one → full extract in batches)', a: figuresOne, b: fullBatched },
    { label: `entity stages' cost, both in batches of ${BATCH_SIZE}`, a: figuresBatched, b: fullBatched },
    { label: "entity stages' cost, both one by one", a: figuresOne, b: fullOne },
  ];
  const what = corpus.length ? `from ${corpus.join(', ')}` : 'synthetic';
  console.log(`  articles            ${what}; ${PROCESSES} processes for each of four sides (figure stages / full extract, one by one / in batches), all taking turns, ${TURNS} turns of ${TURN_DOCS} articles each; ${REPEATS} runs with fresh processes; CPU time of all threads`);
  const runs: number[][] = [];
  for (let r = 0; r < REPEATS; r++) runs.push(await inTurns(sides, corpus));
  const rate = (ms: number): string => (1000 / ms).toFixed(0);
  const label = (s: Side): string => `${s.path === 'full' ? 'full extract' : 'figure stages only'}, ${s.batch === 1 ? 'one by one' : `in batches of ${s.batch}`}`;
  sides.forEach((s, i) => console.log(`  ${label(s).padEnd(38)} ${runs.map((ms) => rate(ms[i])).join(', ')} articles/s`));
  for (const { label: what, a, b } of comparisons) {
    const added = runs.map((ms) => ms[b] / ms[a] - 1);
    console.log(`  ${what}: ${(100 * median(added)).toFixed(0)}% more time (median; runs ${added.map((x) => (100 * x).toFixed(0)).join(', ')}%)`);
  }
}
