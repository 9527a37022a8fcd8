/**
 * `npm run snapshot -- save FILE [PATH...]` / `npm run snapshot -- compare FILE [PATH...]`: every analysis stage's
 * output (tokens, sentences, numbers, dates, actors, places, figures, events, diagnostics) on a fixed set of
 * documents — the test fixtures, the examples, 300 synthetic articles and any extra files or folders given — one JSON
 * line per document. `compare` reports the documents whose output differs from a saved snapshot and which fields
 * differ (exit 1), so a change meant to be behaviour-neutral (a speed-up, a refactor) can be checked on every stage.
 * `--batch` analyses the documents with `analyzeBatch`, which must give what one-by-one analysis gives.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocuments } from '../src/cli/read-documents.js';
import { cleanArticle } from '../src/ingest/clean-article.js';
import type { SitrepDocument } from '../src/model/document.js';
import { analyze, analyzeBatch } from '../src/pipeline/analyze.js';
import { syntheticCorpus } from '../bench/synthetic-articles.js';
import { article } from '../bench/extract.bench.js';

const PUBLISHED = '2025-03-06';
const SYNTHETIC = 150;

function filesUnder(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((f) => filesUnder(join(path, f))) : [path];
}

function synthetic(location: string, source: string, published: string, title: string | null = null): SitrepDocument {
  return cleanArticle({ origin: { location, format: 'text' }, source, meta: { published, publishedFrom: 'option', title }, messages: [] });
}

async function documents(extra: readonly string[]): Promise<SitrepDocument[]> {
  const files = [...extra, 'test/fixtures', 'examples'].flatMap(filesUnder);
  const plain = files.filter((f) => /\.(txt|html|xml)$/.test(f) && !f.includes('geonames'));
  const jsonl = files.filter((f) => f.endsWith('.jsonl') && !f.endsWith('gold.jsonl'));
  const docs: SitrepDocument[] = [];
  for await (const r of readDocuments(plain, { published: PUBLISHED })) if (r.ok) docs.push(cleanArticle(r.article));
  for await (const r of readDocuments(jsonl, { jsonl: true })) if (r.ok) docs.push(cleanArticle(r.article));
  for (let i = 0; i < SYNTHETIC; i++) docs.push(synthetic(`dense-${i}.txt`, article(i), PUBLISHED));
  let k = 0;
  for (const a of syntheticCorpus(SYNTHETIC, 7)) docs.push(synthetic(`corpus-${k++}.txt`, a.text, a.published, a.title));
  return docs;
}

function snapshotLine(x: SitrepDocument): string {
  return JSON.stringify({
    loc: `${x.origin.location}${x.origin.line ?? ''}`,
    tokens: x.tokens?.map((t) => [t.span[0], t.span[1], t.pos, t.type]),
    sentences: x.sentences, numbers: x.numbers, dates: x.dates, actors: x.actors, places: x.places,
    figures: x.figures, events: x.events, messages: x.messages,
  });
}

function compare(saved: readonly string[], now: readonly string[]): number {
  let differing = 0;
  for (let i = 0; i < Math.max(saved.length, now.length); i++) {
    if (saved[i] === now[i]) continue;
    differing++;
    const a = JSON.parse(saved[i] ?? '{}') as Record<string, unknown>;
    const b = JSON.parse(now[i] ?? '{}') as Record<string, unknown>;
    const fields = Object.keys({ ...a, ...b }).filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
    if (differing <= 20) console.log(`differs: ${String(a.loc ?? b.loc)}: ${fields.join(', ')}`);
  }
  return differing;
}

const args = process.argv.slice(2);
// --batch analyses the documents as `analyzeBatch` does (pass by pass, a few at a time) instead of one by one
const batch = args.includes('--batch');
const [mode, file, ...extra] = args.filter((a) => a !== '--batch');
if ((mode !== 'save' && mode !== 'compare') || !file) {
  console.error('usage: npm run snapshot -- save|compare FILE [PATH...] [--batch]');
  process.exit(2);
}
const docs = await documents(extra);
if (batch) analyzeBatch(docs);
else docs.forEach((d) => analyze(d));
const lines = docs.map(snapshotLine);
if (mode === 'save') {
  writeFileSync(file, lines.join('\n'));
  console.log(`saved ${lines.length} documents to ${file}`);
} else {
  const differing = compare(readFileSync(file, 'utf8').split('\n'), lines);
  console.log(differing ? `${differing} of ${lines.length} documents differ` : `identical: ${lines.length} documents`);
  process.exitCode = differing ? 1 : 0;
}
