/**
 * `sitrep extract --jsonl` end to end, before and after actors, places and events: whole processes, as a user runs
 * the command, by CPU time of all of each process's threads (read at exit, see cpu-at-exit.ts).
 *
 * - before: bench/extract-before.ts, the command as it ran before those stages (figure stages one document at a
 *   time, figures printed);
 * - after: the command itself (src/cli/main.ts extract --jsonl: every stage, in batches, everything printed).
 *
 * Each runs on a small input (the first SMALL articles) and on the whole input (`--n`, default 3,000 articles:
 * synthetic, or `--corpus PATH` repeated), in alternating order round after round. The small run gives the cost of
 * starting (modules, wink-nlp's model, the gazetteer and the entity tables); the difference per article between the
 * two runs gives the steady cost per article, which is what a long run pays. Output goes nowhere (not to a terminal
 * or a disk), so neither side waits on it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../src/cli/read-documents.js';
import { article, median } from './extract.bench.js';

/** Articles in the small run: one batch. */
const SMALL = 8;
/** Rounds; each compares the two sides run next to each other, and the median of the rounds' ratios is reported. */
const ROUNDS = 5;

const here = fileURLToPath(new URL('.', import.meta.url));
const sides = {
  before: [join(here, 'extract-before.ts')],
  after: [join(here, '..', 'src', 'cli', 'main.ts'), 'extract', '--jsonl'],
} as const;
type SideName = keyof typeof sides;

/** JSON Lines input of n articles: synthetic, or the corpus's articles repeated. */
async function inputLines(n: number, corpus: readonly string[]): Promise<string[]> {
  if (!corpus.length) return Array.from({ length: n }, (_, i) => JSON.stringify({ id: `s${i}`, text: article(i % 600), published: '2025-03-06' }));
  const read: Array<{ text: string; published: string | undefined; title: string | undefined }> = [];
  for await (const r of readDocuments([...corpus])) if (r.ok) read.push({ text: r.article.source, published: r.article.meta.published ?? undefined, title: r.article.meta.title ?? undefined });
  if (!read.length) throw new Error(`bench extract-end-to-end: no readable article in ${corpus.join(', ')}`);
  return Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, ...read[i % read.length] }));
}

/** CPU ms of one run of `side` over `file`. */
function cpuOf(side: SideName, file: string, cpuFile: string): number {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', join(here, 'cpu-at-exit.ts'), ...sides[side], file], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SITREP_BENCH_CPU_FILE: cpuFile },
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`bench extract-end-to-end: ${side} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  return Number(readFileSync(cpuFile, 'utf8'));
}

export async function run({ n = 3000, corpus = [] }: { n?: number; corpus?: readonly string[] } = {}): Promise<void> {
  if (!Number.isInteger(n) || n <= SMALL * 10) throw new Error(`bench extract-end-to-end: --n takes a whole number above ${SMALL * 10} (the per-article cost is read from n − ${SMALL} articles), not ${n}`);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  try {
    const lines = await inputLines(n, corpus);
    const small = join(dir, 'small.jsonl');
    const whole = join(dir, 'whole.jsonl');
    writeFileSync(small, lines.slice(0, SMALL).join('\n') + '\n');
    writeFileSync(whole, lines.join('\n') + '\n');
    const cpuFile = join(dir, 'cpu');
    const ms: Record<string, number[]> = {};
    const runs = [['before', small], ['after', small], ['before', whole], ['after', whole]] as const;
    cpuOf('after', small, cpuFile); // a first run compiles and caches the sources for both (tsx)
    for (let r = 0; r < ROUNDS; r++) {
      for (const [side, file] of r % 2 ? [...runs].reverse() : runs) (ms[`${side} ${file}`] ??= []).push(cpuOf(side, file, cpuFile));
    }
    const what = corpus.length ? `from ${corpus.join(', ')}, repeated` : 'synthetic';
    console.log(`  articles            ${n} ${what}; ${ROUNDS} rounds, the sides next to each other in alternating order; CPU time (all threads) of whole processes`);
    const at = (side: SideName, file: string, r: number): number => ms[`${side} ${file}`][r];
    const rounds = [...Array(ROUNDS).keys()];
    const perArticle = (side: SideName, r: number): number => (at(side, whole, r) - at(side, small, r)) / (n - SMALL);
    for (const side of ['before', 'after'] as const) {
      const total = median(rounds.map((r) => at(side, whole, r)));
      const start = median(rounds.map((r) => at(side, small, r)));
      const each = median(rounds.map((r) => perArticle(side, r)));
      console.log(`  ${side.padEnd(7)} ${(total / 1000).toFixed(2)} s for ${n} articles; starting ${(start / 1000).toFixed(2)} s (${SMALL} articles); then ${each.toFixed(2)} ms/article (${(1000 / each).toFixed(0)} articles/s) (medians of rounds)`);
    }
    const pct = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(0)}%`;
    const ratios = (f: (r: number) => number): string => {
      const xs = rounds.map(f).sort((a, b) => a - b);
      return `${pct(median(xs))} (rounds ${xs.map(pct).join(', ')})`;
    };
    console.log(`  before → after, for the ${n} articles: ${ratios((r) => at('after', whole, r) / at('before', whole, r) - 1)}`);
    console.log(`  before → after, per article once started: ${ratios((r) => perArticle('after', r) / perArticle('before', r) - 1)}`);
    console.log(`  starting: +${(median(rounds.map((r) => at('after', small, r) - at('before', small, r))) / 1000).toFixed(2)} s (median of rounds)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
