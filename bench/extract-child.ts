/**
 * A worker of `npm run bench -- extract-processes`, in a process of its own: `figures` runs the figure stages only
 * (tokens, numbers, dates, figures, sources), as sitrep did before actors, places and events, so the process never
 * builds the gazetteer or the entity tables; `full` runs the whole extract. `batch` is how many documents go through
 * the pipeline together (1: one by one, with Pipeline.run; more: Pipeline.runBatch, as `sitrep extract` does).
 * After a warm-up it answers each message `{n}` from the parent by analysing the next n documents and replying the
 * CPU ms they took (all of the process's threads, garbage collection included); `{n: 0}` ends it.
 */
import { createDefaultPipeline } from '../src/pipeline/analyze.js';
import type { SitrepDocument } from '../src/model/document.js';
import { article, cleaned, corpusDocuments, figureStagesOnly, fresh } from './extract.bench.js';

const [path, batchArg, ...corpus] = process.argv.slice(2);
const batch = Number(batchArg);
const docs = corpus.length ? await corpusDocuments(corpus, 1) : Array.from({ length: 600 }, (_, i) => cleaned(article(i), i));
const pipeline = path === 'figures' ? figureStagesOnly() : createDefaultPipeline();
let next = 0;

function analyse(n: number): void {
  for (let done = 0; done < n; done += batch) {
    const group: SitrepDocument[] = [];
    for (let k = 0; k < batch && done + k < n; k++) group.push(fresh(docs[next++ % docs.length]));
    if (batch === 1) pipeline.run(group[0]);
    else pipeline.runBatch(group);
  }
}

analyse(300); // warm-up: model and tables loaded, code compiled
process.on('message', (m: { n: number }) => {
  if (m.n === 0) process.exit(0);
  const before = process.cpuUsage();
  analyse(m.n);
  const spent = process.cpuUsage(before);
  process.send!({ ms: (spent.user + spent.system) / 1000 });
});
process.send!({ ready: true });
