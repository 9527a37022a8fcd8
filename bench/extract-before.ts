/**
 * `sitrep extract --jsonl FILE` as it ran before actors, places and events, for the extract-end-to-end bench: the
 * figure stages (tokens, numbers, dates, figures, sources) one document at a time, and per document the fields the
 * command printed then (id, title, published, figures, diagnostics). Reads and cleans as the command does.
 */
import { readDocuments } from '../src/cli/read-documents.js';
import { cleanArticle } from '../src/ingest/clean-article.js';
import { extractionJson } from '../src/extract/figure-json.js';
import { figureStagesOnly } from './extract.bench.js';

const figuresOnly = figureStagesOnly();
for await (const r of readDocuments(process.argv.slice(2), { jsonl: true })) {
  if (!r.ok) continue;
  const { actors, places, events, ...before } = extractionJson(figuresOnly.run(cleanArticle(r.article)));
  process.stdout.write(JSON.stringify(before) + '\n');
}
