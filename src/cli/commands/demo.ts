/**
 * `sitrep demo [--db PATH] [--json] [--no-serve]`: ingests the bundled example corpus (examples/) into a store — a
 * fresh file under the OS temp directory unless --db is given — and prints what sitrep found: documents,
 * near-duplicates, figures per document, and whatever sections other areas register in DEMO_SECTIONS (stories…).
 * `runDemo()` does the work and returns the data, so other commands can build on it.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestInputs, type IngestSummary } from '../../ingest/ingest-batch.js';
import type { SitrepDocument } from '../../model/document.js';
import { openStore, type Store } from '../../store/index.js';
import { portFlag } from '../args.js';
import { runCommand } from '../command.js';
import { EXIT } from '../main.js';
import { displayLocation } from '../store-option.js';
import { figureLine } from './show.js';

export const EXAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');

export interface DemoResult {
  /** Where the demo store is (path or URL). */
  location: string;
  summary: IngestSummary;
  documents: SitrepDocument[];
}

/**
 * A section of the demo printout: gets the open store and the result, returns lines (or nothing). Areas register
 * theirs here, e.g. the stories engine pushes a section listing the stories the demo documents formed.
 */
export type DemoSection = (store: Store, result: DemoResult) => Promise<string[] | null>;

/** The stories the demo documents formed (ingest assigns stories after each stored batch). */
async function storiesSection(store: Store): Promise<string[]> {
  const { listStories } = await import('../../stories/index.js');
  const stories = await listStories(store, { limit: 20 });
  return [`Stories (${stories.length}):`, ...stories.map((s) => `  ${s.id}  ${String(s.documentCount).padStart(3)} reports  ${s.label}`)];
}

export const DEMO_SECTIONS: DemoSection[] = [storiesSection];

export interface DemoOptions {
  /** Store location; default: a fresh sitrep-demo.db in the OS temp directory. */
  db?: string;
  examplesDir?: string;
}

/** Ingests the examples and returns what was stored. The store is left open for the caller (close it). */
export async function runDemo(opts: DemoOptions = {}): Promise<{ store: Store; result: DemoResult }> {
  const location = opts.db ?? join(tmpdir(), 'sitrep-demo.db');
  if (!opts.db) for (const suffix of ['', '-wal', '-shm']) rmSync(location + suffix, { force: true });
  const store = await openStore(location);
  try {
    const summary = await ingestInputs(store, [opts.examplesDir ?? EXAMPLES_DIR]);
    const ids = [...new Set(summary.documents.map((d) => d.id))];
    return { store, result: { location, summary, documents: await store.getDocuments(ids) } };
  } catch (err) {
    await store.close();
    throw err;
  }
}

export function formatDemo(result: DemoResult): string[] {
  const { summary, documents } = result;
  const out = [
    `sitrep demo: ingested ${EXAMPLES_DIR} into ${displayLocation(result.location)}`,
    `${documents.length} documents (${summary.inserted} new, ${summary.nearDuplicates} near-duplicate, ${summary.exists} already stored, ${summary.failed} failed)`,
    '',
    'Documents:',
  ];
  for (const d of documents) {
    out.push(`  ${d.id}  ${(d.meta.published ?? '').slice(0, 10).padEnd(10)}  ${d.meta.outlet ?? '-'} — ${d.meta.title ?? '(untitled)'}`);
  }
  const byId = new Map(documents.map((d) => [d.id, d]));
  const dups = documents.filter((d) => d.duplicateOf);
  out.push('', `Near-duplicates (${dups.length}):`);
  for (const d of dups) {
    const orig = byId.get(d.duplicateOf!.id);
    out.push(`  ${d.meta.outlet ?? d.id} reprints ${orig?.meta.outlet ?? d.duplicateOf!.id} (similarity ${d.duplicateOf!.similarity.toFixed(2)})`);
  }
  out.push('', 'Figures per document:');
  for (const d of documents) {
    const figs = d.figures ?? [];
    out.push(`  ${d.meta.outlet ?? d.id} — ${d.meta.title ?? ''} (${figs.length})`);
    for (const f of figs) out.push(`    ${figureLine(f)}`);
  }
  for (const f of summary.failures) out.push(`  failed ${f.location}: ${f.reason}`);
  return out;
}

const SPEC = { db: 'string', json: 'boolean', 'no-serve': 'boolean', port: 'string' } as const;
const HELP = 'usage: sitrep demo [--db PATH] [--json] [--no-serve] [--port 8080]';

export function run(argv: string[]): Promise<number> {
  return runCommand('demo', HELP, SPEC, argv, ({ flags }) => demo(flags));
}

async function demo(flags: Record<string, string | boolean>): Promise<number> {
  if (!existsSync(EXAMPLES_DIR)) {
    process.stderr.write(`sitrep demo: the example corpus is missing (${EXAMPLES_DIR})\n`);
    return EXIT.someFailed;
  }
  const port = portFlag(flags.port, 8080);
  const { store, result } = await runDemo(typeof flags.db === 'string' ? { db: flags.db } : {});
  try {
    const extra: string[] = [];
    for (const section of DEMO_SECTIONS) extra.push(...((await section(store, result)) ?? []));
    if (flags.json) {
      const { summary, documents, location } = result;
      const figures = documents.map((d) => ({ id: d.id, outlet: d.meta.outlet, title: d.meta.title, duplicateOf: d.duplicateOf ?? null, figures: d.figures ?? [] }));
      process.stdout.write(JSON.stringify({ location: displayLocation(location), summary, documents: figures }, null, 2) + '\n');
    } else {
      process.stdout.write([...formatDemo(result), ...(extra.length ? ['', ...extra] : [])].join('\n') + '\n');
    }
    if (!flags['no-serve'] && !flags.json) await serveDemo(store, result, port);
    return result.summary.failed ? EXIT.someFailed : EXIT.ok;
  } finally {
    await store.close();
  }
}

/** After the printout: serve the demo store (web app and API) until interrupted. Stories are assigned first (idempotent). */
async function serveDemo(store: Store, result: DemoResult, port: number): Promise<void> {
  const { assignStories } = await import('../../stories/index.js');
  const { serveStore } = await import('./serve.js');
  await assignStories(store, result.documents);
  await serveStore(store, { host: '127.0.0.1', port, quiet: true }, (url) =>
    process.stdout.write(`\nOpen ${url}/ to see the story: map, timeline, figures matrix, every figure linked to its sentence. Ctrl-C stops.\n`));
}
