/**
 * `npm run eval -- CORPUS_DIR` scores every stage that has an evaluator against the corpus folder's gold.json
 * (cleaning, figures, places, stories, reconciliation) and prints one table per evaluator.
 * `npm run eval -- --clusters PRED.jsonl GOLD.jsonl` scores story clustering lines `{id, story}` against `{id, cluster}`.
 * Evaluators live in src/eval/eval-*.ts and export `evaluate(dir): Promise<EvalReport>`.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface EvalReport {
  name: string;
  /** Metric rows: label -> value (numbers print with 3 decimals). */
  rows: Array<[string, number | string]>;
  /** Free-form lines printed under the table (misses, false positives). */
  notes?: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const evalDir = join(here, '..', 'src', 'eval');

function printReport(r: EvalReport): void {
  const width = Math.max(...r.rows.map(([k]) => k.length), 10);
  console.log(`\n== ${r.name}`);
  for (const [k, v] of r.rows) console.log(`  ${k.padEnd(width)}  ${typeof v === 'number' ? v.toFixed(3) : v}`);
  for (const n of r.notes ?? []) console.log(`  - ${n}`);
}

async function main(args: string[]): Promise<number> {
  if (args[0] === '--clusters') {
    const mod = await import(pathToFileURL(join(evalDir, 'eval-stories.ts')).href);
    printReport(await mod.scoreFiles(args[1], args[2]));
    return 0;
  }
  const dir = args[0] ?? join(here, '..', '..', 'shared', 'corpus', 'aleppo-2024-11');
  if (!existsSync(join(dir, 'gold.json'))) {
    console.error(`sitrep eval: no gold.json in ${dir}. Usage: npm run eval -- CORPUS_DIR`);
    return 2;
  }
  const files = readdirSync(evalDir).filter((f) => /^eval-.*\.ts$/.test(f)).sort();
  for (const f of files) {
    const mod = await import(pathToFileURL(join(evalDir, f)).href);
    if (typeof mod.evaluate === 'function') printReport(await mod.evaluate(dir));
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
