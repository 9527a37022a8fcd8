/**
 * One timed extract pass in a process of its own, for `npm run bench -- extract-processes`: `figures` runs the
 * figure stages only (tokens, numbers, dates, figures, sources), as sitrep did before actors, places and events, so
 * the process never builds the gazetteer or the entity tables; `full` runs the whole extract. Prints the CPU ms per
 * article (all of the process's threads, garbage collection included) of the timed pass.
 */
import { createDefaultPipeline } from '../src/pipeline/analyze.js';
import { article, cleaned, corpusDocuments, fresh, FIGURE_STAGES } from './extract.bench.js';

const [path, n, ...corpus] = process.argv.slice(2);
const count = Number(n);
const docs = corpus.length ? await corpusDocuments(corpus, 1) : Array.from({ length: count }, (_, i) => cleaned(article(i), i));
const full = createDefaultPipeline();
const pipeline = path === 'figures' ? createDefaultPipeline({ disable: full.stages.map((s) => s.name).filter((s) => !FIGURE_STAGES.has(s)) }) : full;
// warm-up: model and tables loaded, code compiled
for (let i = 0; i < 300; i++) pipeline.run(fresh(docs[i % docs.length]));
const before = process.cpuUsage();
for (let i = 0; i < count; i++) pipeline.run(fresh(docs[i % docs.length]));
const spent = process.cpuUsage(before);
console.log(((spent.user + spent.system) / 1000 / count).toFixed(4));
