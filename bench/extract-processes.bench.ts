/**
 * What actors, places and events add to extract time, measured as sitrep runs: the figure stages alone in processes
 * of their own (as before those stages existed, with no gazetteer or entity tables in memory) against the full
 * extract in processes of its own, in alternating pairs, by CPU time of all of each process's threads. The extract
 * bench runs both paths in one process, so there the figure path also carries the memory the entity stages keep
 * (every garbage collection costs more with a larger heap) and the share it reports is lower than this one.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './extract.bench.js';

/** Pairs of processes (figure path, full extract); the order alternates from pair to pair. */
const PAIRS = 6;

function pass(path: 'figures' | 'full', n: number, corpus: readonly string[]): number {
  const child = fileURLToPath(new URL('./extract-child.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, path, String(n), ...corpus], { encoding: 'utf8' });
  return Number(out.trim().split('\n').pop());
}

export async function run({ n = 1500, corpus = [] }: { n?: number; corpus?: readonly string[] } = {}): Promise<void> {
  const figures: number[] = [];
  const full: number[] = [];
  for (let p = 0; p < PAIRS; p++) {
    if (p % 2) {
      full.push(pass('full', n, corpus));
      figures.push(pass('figures', n, corpus));
    } else {
      figures.push(pass('figures', n, corpus));
      full.push(pass('full', n, corpus));
    }
  }
  const added = full.map((f, p) => f / figures[p] - 1);
  const rate = (ms: number): string => (1000 / ms).toFixed(0);
  const what = corpus.length ? `from ${corpus.join(', ')}` : 'synthetic';
  console.log(`  articles            ${n} per process, ${what}; ${PAIRS} pairs of processes, CPU time of all threads`);
  console.log(`  figure stages only  ${rate(median(figures))} articles/s (median)`);
  console.log(`  full extract        ${rate(median(full))} articles/s (median)`);
  console.log(`  actors, places and events add ${(100 * median(added)).toFixed(0)}% (median of the pairs' ratios; pairs: ${added.map((x) => (100 * x).toFixed(0)).join(', ')}%)`);
}
