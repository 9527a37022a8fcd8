/**
 * One timed extract pass in a process of its own, for `npm run bench -- extract-processes`: `figures` runs the
 * figure stages only (tokens, numbers, dates, figures, sources), as sitrep did before actors, places and events, so
 * the process never builds the gazetteer or the entity tables; `full` runs the whole extract. Prints the CPU ms per
 * article (all of the process's threads, garbage collection included) of the timed pass.
 */
import { cleanArticle } from '../src/ingest/clean-article.js';
import type { SitrepDocument } from '../src/model/document.js';
import { createDefaultPipeline } from '../src/pipeline/analyze.js';
import { readDocuments } from '../src/cli/read-documents.js';
import { article, FIGURE_STAGES } from './extract.bench.js';

const [path, n, ...corpus] = process.argv.slice(2);
const count = Number(n);
const docs: SitrepDocument[] = [];
if (corpus.length) {
  for await (const r of readDocuments(corpus)) if (r.ok) docs.push(cleanArticle(r.article));
} else {
  for (let i = 0; i < count; i++) {
    docs.push(cleanArticle({ origin: { location: `bench-${i}.txt`, format: 'text' }, source: article(i), meta: { published: '2025-03-06', publishedFrom: 'option' }, messages: [] }));
  }
}
const full = createDefaultPipeline();
const pipeline = path === 'figures' ? createDefaultPipeline({ disable: full.stages.map((s) => s.name).filter((s) => !FIGURE_STAGES.has(s)) }) : full;
const fresh = (d: SitrepDocument): SitrepDocument => ({ ...d, meta: { ...d.meta }, messages: [], tokens: undefined, sentences: undefined, numbers: undefined, dates: undefined, actors: undefined, places: undefined, figures: undefined, events: undefined });
// warm-up: model and tables loaded, code compiled
for (let i = 0; i < 300; i++) pipeline.run(fresh(docs[i % docs.length]));
const before = process.cpuUsage();
for (let i = 0; i < count; i++) pipeline.run(fresh(docs[i % docs.length]));
const spent = process.cpuUsage(before);
console.log(((spent.user + spent.system) / 1000 / count).toFixed(4));
