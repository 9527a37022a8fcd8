/**
 * `npm run bench [-- NAME...] [--n N] [--corpus PATH] [--waves N]`: runs the benchmarks in bench/*.bench.ts (ingest, extract,
 * extract-processes, entities, stories, web) and prints their figures. Each module exports `run(opts: { n?, corpus? }): Promise<void>` and prints
 * its own table.
 */
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
/**
 * Flags that take a value: `--n N` (articles), `--corpus PATH` (real articles for the extract benches; repeatable),
 * `--waves N` (waves of fresh processes for extract-processes: more waves, a steadier median).
 */
const VALUE_FLAGS = new Set(['--n', '--corpus', '--waves']);
const valueAt = new Set<number>();
args.forEach((a, i) => VALUE_FLAGS.has(a) && valueAt.add(i + 1));
const valuesOf = (flag: string): string[] => args.flatMap((a, i) => (a === flag && i + 1 < args.length ? [args[i + 1]] : []));
const n = valuesOf('--n').length ? Number(valuesOf('--n')[0]) : undefined;
const corpus = valuesOf('--corpus');
const waves = valuesOf('--waves').length ? Number(valuesOf('--waves')[0]) : undefined;
const names = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => names.length === 0 || names.includes(f.replace('.bench.ts', '')))
  .sort();
for (const f of files) {
  console.log(`\n## ${f.replace('.bench.ts', '')}`);
  const mod = await import(pathToFileURL(join(here, f)).href);
  await mod.run({ n, corpus, waves });
}
