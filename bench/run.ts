/**
 * `npm run bench [-- NAME...] [--n N]`: runs the benchmarks in bench/*.bench.ts (ingest, extract, stories, web) and
 * prints their figures. Each module exports `run(opts: { n?: number }): Promise<void>` and prints its own table.
 */
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const nAt = args.indexOf('--n');
const n = nAt >= 0 ? Number(args[nAt + 1]) : undefined;
const names = args.filter((a, i) => !a.startsWith('--') && (nAt < 0 || i !== nAt + 1));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => names.length === 0 || names.includes(f.replace('.bench.ts', '')))
  .sort();
for (const f of files) {
  console.log(`\n## ${f.replace('.bench.ts', '')}`);
  const mod = await import(pathToFileURL(join(here, f)).href);
  await mod.run({ n });
}
