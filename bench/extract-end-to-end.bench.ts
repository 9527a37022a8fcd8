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
const ROUNDS = 3;

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
    console.log(`  articles            ${n} ${what}; ${ROUNDS} rounds, medians of CPU time (all threads) of whole processes`);
    const start = (side: SideName): number => median(ms[`${side} ${small}`]);
    const whole_ = (side: SideName): number => median(ms[`${side} ${whole}`]);
    const perArticle = (side: SideName): number => median(ms[`${side} ${whole}`].map((x, r) => (x - ms[`${side} ${small}`][r]) / (n - SMALL)));
    for (const side of ['before', 'after'] as const) {
      console.log(`  ${side.padEnd(7)} ${(whole_(side) / 1000).toFixed(2)} s for ${n} articles; starting ${(start(side) / 1000).toFixed(2)} s (${SMALL} articles); then ${perArticle(side).toFixed(2)} ms/article (${(1000 / perArticle(side)).toFixed(0)} articles/s)`);
    }
    const pct = (a: number, b: number): string => `${b >= a ? '+' : '−'}${Math.abs(100 * (b / a - 1)).toFixed(0)}%`;
    console.log(`  before → after: ${pct(whole_('before'), whole_('after'))} time for the ${n} articles; ${pct(perArticle('before'), perArticle('after'))} per article once started; starting +${((start('after') - start('before')) / 1000).toFixed(2)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
