/**
 * Extract throughput: the full analysis `sitrep extract` runs (tokens, numbers, dates, actors, places, figures,
 * sources, events) on ~600-word synthetic articles, next to bare wink-nlp tokenisation (readDoc, tokens and
 * sentences out) of the same articles in the same run, with three wink-nlp set-ups: the model and pipes sitrep runs
 * (sbd + pos), tokens and sentences only (sbd), and wink-nlp's default pipes. Articles are generated from invented
 * sentences (conflict, disasters, attacks, accidents), so the run needs no data; `--corpus PATH` measures real
 * articles instead. The full extract and the figure stages alone run both one document at a time and in batches
 * (analyzeBatch, as the commands run). Paths are measured in interleaved rounds by CPU time (medians), so other
 * processes on the machine disturb the figures less.
 */
import { cleanArticle } from '../src/ingest/clean-article.js';
import type { SitrepDocument } from '../src/model/document.js';
import { BATCH_SIZE, createDefaultPipeline } from '../src/pipeline/analyze.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { nlp } from '../src/nlp/wink.js';
import { readDocuments } from '../src/cli/read-documents.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full garbage collection before each timed pass, so no pass pays for the garbage an earlier one left.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const LEADS = [
  'At least {n} people were killed and {m} wounded when a car bomb exploded near a market in Korvash on {day}, police said.',
  'Floods in the Terran valley have killed {n} people and forced {k} families from their homes, the disaster agency said.',
  'Gunmen abducted {n} students from a boarding school in Velmora overnight, local officials told reporters.',
  'A bus carrying pilgrims plunged into a ravine near Ostrel, killing {n} passengers and injuring {m} others, rescuers said.',
  'The death toll from the earthquake that struck Dunmere on {day} rose to {n}, with {m} people still missing, according to the civil defence.',
  'Rebels said they had seized {s} villages and killed more than {n} soldiers in fighting around Harrow Ridge.',
];
const FILLER = [
  'Witnesses described scenes of panic as residents searched through the rubble for survivors.',
  'The regional governor called an emergency meeting and promised help for the families of the victims.',
  'Roads into the district were blocked for most of the day while ambulances ferried the injured to hospitals in the provincial capital.',
  'Aid groups warned that shelters were running short of water, blankets and medicine as temperatures dropped.',
  'The government has faced criticism for its slow response to previous emergencies in the area.',
  'Officials said the figures could rise as teams reached remote villages cut off by the damage.',
  'In 2019, a similar disaster in the same province killed {n} people, according to official records.',
  'The town, home to about {k} people, lies some {d} km north of the border.',
  'A spokesman for the health ministry said {m} of the wounded were in critical condition.',
  'Security forces arrested {s} suspects on {day} in connection with the attack, the interior ministry said.',
];
export const FIGURE_STAGES = new Set(['tokenize', 'read-numbers', 'resolve-dates', 'extract-figures', 'attribute-sources']);

/** The figure stages alone (FIGURE_STAGES), as sitrep ran before actors, places and events. */
export function figureStagesOnly(): Pipeline {
  const names = createDefaultPipeline().stages.map((s) => s.name);
  return createDefaultPipeline({ disable: names.filter((name) => !FIGURE_STAGES.has(name)) });
}
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** The i-th dense synthetic article (deterministic): a lead with figures, then filler and leads to ~600 words. */
export function article(i: number): string {
  let seed = i * 7919 + 13;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % k);
  const fill = (s: string) =>
    s.replace(/\{n\}/g, String(5 + rnd(300))).replace(/\{m\}/g, String(2 + rnd(90))).replace(/\{k\}/g, String(1000 + rnd(90000)))
      .replace(/\{s\}/g, String(2 + rnd(12))).replace(/\{d\}/g, String(5 + rnd(60))).replace(/\{day\}/g, DAYS[rnd(5)]);
  const paras: string[] = [fill(LEADS[i % LEADS.length])];
  let words = paras[0].split(' ').length;
  while (words < 600) {
    const p = [fill(FILLER[rnd(FILLER.length)]), fill(FILLER[rnd(FILLER.length)]), fill(LEADS[rnd(LEADS.length)])].join(' ');
    paras.push(p);
    words += p.split(' ').length;
  }
  return paras.join('\n');
}

/** Synthetic article `i`'s text, cleaned as a document published 2025-03-06. */
export function cleaned(text: string, i: number): SitrepDocument {
  return cleanArticle({ origin: { location: `bench-${i}.txt`, format: 'text' }, source: text, meta: { published: '2025-03-06', publishedFrom: 'option' }, messages: [] });
}

/** A copy of a cleaned document without any stage's output, to analyse again. */
export function fresh(doc: SitrepDocument): SitrepDocument {
  return { ...doc, meta: { ...doc.meta }, messages: [], tokens: undefined, sentences: undefined, numbers: undefined, dates: undefined, actors: undefined, places: undefined, figures: undefined, events: undefined };
}

/** CPU time of this process in ms (user + system): steadier than wall time on a shared, loaded machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The middle value (the mean of the two middle values of an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `docs` (fresh copies) through `p` BATCH_SIZE at a time, as analyzeBatch does. */
function inBatches(p: Pipeline, docs: readonly SitrepDocument[]): void {
  for (let i = 0; i < docs.length; i += BATCH_SIZE) p.runBatch(docs.slice(i, i + BATCH_SIZE).map(fresh));
}

/** ms of CPU and of wall time per article for one pass of `f` over `n` articles. */
function measure(n: number, f: () => void): { cpu: number; wall: number } {
  collectGarbage();
  const c = cpuMs();
  const t = performance.now();
  f();
  return { cpu: (cpuMs() - c) / n, wall: (performance.now() - t) / n };
}

export interface ExtractBenchOptions {
  n?: number;
  rounds?: number;
  /** Files or folders of real articles to measure instead of the synthetic ones (any format `sitrep ingest` reads). */
  corpus?: readonly string[];
}

/** wink-nlp instances the extract path is compared with; each reads an article and gives tokens and sentences out. */
interface WinkReference {
  readonly label: string;
  readonly nlp: ReturnType<typeof winkNLP>;
}

function winkReferences(): Record<'same' | 'sbd' | 'full', WinkReference> {
  return {
    // what the tokenize stage runs: the same shared instance, model and pipes (sbd + pos)
    same: { label: 'wink-nlp, sitrep\'s pipes (sbd+pos)', nlp: nlp() },
    // tokens and sentences only: the least wink-nlp can do and still give sentences
    sbd: { label: 'wink-nlp tokens+sentences (sbd)', nlp: winkNLP(model, ['sbd']) },
    // wink-nlp as loaded by default (sbd, negation, sentiment, pos, ner, cer)
    full: { label: 'wink-nlp default pipes', nlp: winkNLP(model) },
  };
}

function readWithWink(ref: WinkReference, text: string): void {
  const doc = ref.nlp.readDoc(text);
  doc.tokens().out(ref.nlp.its.value);
  doc.sentences().out();
}

/** The readable articles of `inputs`, cleaned, repeated to at least `n` documents. */
export async function corpusDocuments(inputs: readonly string[], n: number): Promise<SitrepDocument[]> {
  const read: SitrepDocument[] = [];
  for await (const r of readDocuments([...inputs])) if (r.ok) read.push(cleanArticle(r.article));
  if (!read.length) throw new Error(`bench extract: no readable article in ${inputs.join(', ')}`);
  return Array.from({ length: Math.max(n, read.length) }, (_, i) => read[i % read.length]);
}

export async function run({ n = 600, rounds = 7, corpus }: ExtractBenchOptions = {}): Promise<void> {
  const docs = corpus?.length ? await corpusDocuments(corpus, n) : Array.from({ length: n }, (_, i) => cleaned(article(i), i));
  const texts = docs.map((d) => d.text);
  n = docs.length;
  const words = texts.reduce((s, t) => s + t.split(/\s+/).length, 0) / n;
  const pipeline = createDefaultPipeline();
  const names = pipeline.stages.map((s) => s.name);
  // the figure path alone: tokens, numbers, dates, figures, sources (no actors, places or events)
  const figureOnly = figureStagesOnly();
  const refs = winkReferences();
  const passes = {
    same: () => {
      for (const t of texts) readWithWink(refs.same, t);
    },
    sbd: () => {
      for (const t of texts) readWithWink(refs.sbd, t);
    },
    full: () => {
      for (const t of texts) readWithWink(refs.full, t);
    },
    extract: () => {
      for (const d of docs) pipeline.run(fresh(d));
    },
    // right after extract (and right before it in reversed rounds): the pair whose ratio gives the entities' share
    figures: () => {
      for (const d of docs) figureOnly.run(fresh(d));
    },
    // as `sitrep extract` runs now: BATCH_SIZE documents at a time, pass by pass (analyzeBatch)
    extractBatched: () => inBatches(pipeline, docs),
    figuresBatched: () => inBatches(figureOnly, docs),
  };
  type Pass = keyof typeof passes;
  // warm up every path (model load, gazetteer, JIT)
  for (let i = 0; i < Math.min(50, n); i++) {
    for (const ref of Object.values(refs)) readWithWink(ref, texts[i]);
    pipeline.run(fresh(docs[i]));
    figureOnly.run(fresh(docs[i]));
  }
  // Rounds interleave the paths, so a burst of load from other processes hits all of them alike; medians of CPU
  // time per article are reported.
  const runs = Object.fromEntries(Object.keys(passes).map((k) => [k, []])) as unknown as Record<Pass, Array<{ cpu: number; wall: number }>>;
  const perStage = new Map<string, number[]>(names.map((name) => [name, []]));
  const perStageBatched = new Map<string, number[]>(names.map((name) => [name, []]));
  let figures = 0;
  for (let r = 0; r < rounds; r++) {
    // odd rounds run the paths in reverse order, so a slow drift of the machine favours no path
    const order = Object.keys(passes) as Pass[];
    for (const key of r % 2 ? order.reverse() : order) runs[key].push(measure(n, passes[key]));
    // where the time goes: each stage of the full pipeline, timed on its own, one by one and in batches
    for (const [batch, into] of [[1, perStage], [BATCH_SIZE, perStageBatched]] as const) {
      const spent = stageTimes(pipeline, docs, batch);
      for (const [name, ms] of spent) into.get(name)!.push(ms / n);
    }
  }
  for (const d of docs) figures += pipeline.run(fresh(d)).figures?.length ?? 0;
  const cpu = (key: Pass): number => median(runs[key].map((x) => x.cpu));
  const wall = (key: Pass): number => median(runs[key].map((x) => x.wall));
  const perSecond = (ms: number): string => (1000 / ms).toFixed(0).padStart(5);
  const ratio = (key: Pass, of: Pass): string => (cpu(of) / cpu(key)).toFixed(2);
  // the entities' share is read per round (full and figure path run side by side), then the median taken: steadier
  // than the ratio of two medians when the machine's speed drifts between rounds
  const ratios = runs.extract.map((x, r) => x.cpu / runs.figures[r].cpu - 1);
  const added = median(ratios);
  const pct = (x: number): string => (100 * x).toFixed(0);
  const share = (a: Pass, b: Pass): string => {
    const rs = runs[b].map((x, r) => x.cpu / runs[a][r].cpu - 1);
    return `${pct(median(rs))}% (rounds ${pct(Math.min(...rs))} to ${pct(Math.max(...rs))}%)`;
  };
  const rss = process.memoryUsage().rss / 2 ** 20;
  const what = corpus?.length ? `from ${corpus.join(', ')}` : 'synthetic';
  console.log(`  articles            ${n} ${what} (~${Math.round(words)} words each), ${rounds} interleaved rounds, medians of CPU time`);
  for (const key of ['same', 'sbd', 'full'] as const) {
    console.log(`  ${refs[key].label.padEnd(38)} ${perSecond(cpu(key))} articles/s (readDoc, tokens and sentences out; wall ${perSecond(wall(key)).trim()}/s)`);
  }
  console.log(`  ${'extract (analyze)'.padEnd(38)} ${perSecond(cpu('extract'))} articles/s, ${(figures / n).toFixed(1)} figures/article (wall ${perSecond(wall('extract')).trim()}/s)`);
  console.log(`  ratio to bare wink-nlp: ${ratio('extract', 'same')} x sitrep's pipes, ${ratio('extract', 'sbd')} x tokens+sentences, ${ratio('extract', 'full')} x default pipes`);
  console.log(`  figure stages only  ${perSecond(cpu('figures')).trim()} articles/s = ${ratio('figures', 'same')} x wink-nlp with sitrep's pipes (${[...FIGURE_STAGES].join(', ')}); actors, places and events add ${pct(added)}% (median of ${rounds} rounds' ratios; range ${pct(Math.min(...ratios))} to ${pct(Math.max(...ratios))}%)`);
  console.log(`  in batches of ${BATCH_SIZE} (analyzeBatch, as the commands run): extract ${perSecond(cpu('extractBatched')).trim()} articles/s, figure stages only ${perSecond(cpu('figuresBatched')).trim()} articles/s; actors, places and events add ${share('figuresBatched', 'extractBatched')}`);
  console.log(`  before → after: figure stages one by one → extract in batches: ${share('figures', 'extractBatched')} more time`);
  console.log(`  memory (rss)        ${rss.toFixed(0)} MiB`);
  console.log(`  per stage (CPU ms/article): ${[...perStage].map(([k, v]) => `${k} ${median(v).toFixed(2)}`).join(', ')}; wink-nlp alone ${cpu('same').toFixed(2)}`);
  // the stages' own times come from the same documents in the same moments, so the machine's drift cancels out
  for (const [how, times] of [['one by one', perStage], [`in batches of ${BATCH_SIZE}`, perStageBatched]] as const) {
    const own = [...Array(rounds).keys()].map((r) => entityShare(times, r));
    console.log(`  the entity stages' own time against the figure stages', stage by stage in the same runs, ${how}: +${pct(median(own))}% (rounds ${pct(Math.min(...own))} to ${pct(Math.max(...own))}%)`);
  }
  console.log(`  per stage in batches (CPU ms/article): ${[...perStageBatched].map(([k, v]) => `${k} ${median(v).toFixed(2)}`).join(', ')}`);
}

/** CPU ms per stage over `docs`, `batch` documents at a time, pass by pass as Pipeline.runBatch takes them. */
function stageTimes(pipeline: Pipeline, docs: readonly SitrepDocument[], batch: number): Map<string, number> {
  const spent = new Map<string, number>();
  const ctx = { config: {} };
  for (let i = 0; i < docs.length; i += batch) {
    const group = docs.slice(i, i + batch).map(fresh);
    for (const pass of batch === 1 ? [pipeline.stages] : pipeline.passes) {
      for (const doc of group) {
        for (const stage of pass) {
          const c = cpuMs();
          stage.run(doc, ctx);
          spent.set(stage.name, (spent.get(stage.name) ?? 0) + cpuMs() - c);
        }
      }
    }
  }
  return spent;
}

/** Round r's time of the stages outside FIGURE_STAGES against the time of those in it. */
function entityShare(times: ReadonlyMap<string, readonly number[]>, r: number): number {
  let entity = 0;
  let figure = 0;
  for (const [name, v] of times) {
    if (FIGURE_STAGES.has(name)) figure += v[r];
    else entity += v[r];
  }
  return entity / figure;
}
