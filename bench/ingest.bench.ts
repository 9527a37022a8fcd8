/**
 * Ingest benchmark: generates N synthetic news articles (default 10,000, ~600 words, varied event types, invented
 * places and outlets, about 5% lightly edited reprints), writes them as one JSON Lines file, and ingests it through
 * the full path (read → clean → analyze → duplicate check → store). Prints articles/s, MB/s and peak RSS for SQLite
 * and, when SITREP_TEST_PG is set, PostgreSQL; each also as storage alone (no analysis stages, no story assignment), to show the store's own cost.
 *
 * `npm run bench -- ingest --n 2000`
 */
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ingestInputs } from '../src/ingest/ingest-batch.js';
import { openStore } from '../src/store/index.js';
import { syntheticCorpus } from './synthetic-articles.js';

function writeJsonl(path: string, n: number): number {
  const lines: string[] = [];
  for (const a of syntheticCorpus(n)) lines.push(JSON.stringify(a));
  writeFileSync(path, lines.join('\n') + '\n');
  return statSync(path).size;
}

async function measure(label: string, location: string, file: string, bytes: number, n: number, skipAnalysis = false): Promise<void> {
  const store = await openStore(location);
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const t0 = performance.now();
  const s = await ingestInputs(store, [file], { keepResults: false, skipAnalysis, skipRegisteredHooks: skipAnalysis, maxBytes: Math.max(bytes + 1, 50 * 1024 * 1024) });
  const secs = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const stored = await store.countDocuments();
  await store.close();
  const docs = s.inserted + s.nearDuplicates + s.exists;
  console.log(
    `${label.padEnd(22)} ${String(n).padStart(7)} articles  ${secs.toFixed(1).padStart(7)} s  ` +
      `${(docs / secs).toFixed(1).padStart(8)} articles/s  ${(bytes / 1e6 / secs).toFixed(2).padStart(6)} MB/s  ` +
      `peak RSS ${(peak / 1048576).toFixed(0)} MB  (stored ${stored}, near-duplicates ${s.nearDuplicates}, failed ${s.failed})`,
  );
}

export async function run(opts: { n?: number } = {}): Promise<void> {
  const n = opts.n ?? 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  try {
    const file = join(dir, 'articles.jsonl');
    const bytes = writeJsonl(file, n);
    console.log(`generated ${n} articles, ${(bytes / 1e6).toFixed(1)} MB`);
    // Two rows per store: the full path (analysis and story assignment included), and storage alone (read + clean +
    // duplicate check + write), so the store's own cost is visible apart from the extractors' and the stories'.
    await measure('sqlite', join(dir, 'bench.db'), file, bytes, n);
    await measure('sqlite (store only)', join(dir, 'bench-lean.db'), file, bytes, n, true);
    const pgUrl = process.env.SITREP_TEST_PG;
    if (!pgUrl) {
      console.log('postgres               skipped: set SITREP_TEST_PG=postgres://… to measure PostgreSQL');
      return;
    }
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const u = new URL(pgUrl);
    u.searchParams.set('schema', schema);
    const lean = new URL(u);
    lean.searchParams.set('schema', `${schema}_lean`);
    try {
      await measure('postgres', u.toString(), file, bytes, n);
      await measure('postgres (store only)', lean.toString(), file, bytes, n, true);
    } finally {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.query(`DROP SCHEMA IF EXISTS ${schema}_lean CASCADE`);
      await c.end();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
