/**
 * Extract throughput: the full analysis `sitrep extract` runs (tokens, numbers, dates, actors, places, figures,
 * sources, events) on ~600-word synthetic articles, next to bare wink-nlp tokenisation (readDoc + tokens out) of the
 * same articles in the same run. Articles are generated from invented sentences (conflict, disasters, attacks,
 * accidents), so the run needs no data. Paths are measured in interleaved rounds by CPU time (medians), so other
 * processes on the machine disturb the figures less.
 */
import { cleanArticle } from '../src/ingest/clean-article.js';
import type { SitrepDocument } from '../src/model/document.js';
import { createDefaultPipeline } from '../src/pipeline/analyze.js';
import { nlp } from '../src/nlp/wink.js';

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
const FIGURE_STAGES = new Set(['tokenize', 'read-numbers', 'resolve-dates', 'extract-figures', 'attribute-sources']);
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function article(i: number): string {
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

function cleaned(text: string, i: number): SitrepDocument {
  return cleanArticle({ origin: { location: `bench-${i}.txt`, format: 'text' }, source: text, meta: { published: '2025-03-06', publishedFrom: 'option' }, messages: [] });
}

function fresh(doc: SitrepDocument): SitrepDocument {
  return { ...doc, meta: { ...doc.meta }, messages: [], tokens: undefined, sentences: undefined, numbers: undefined, dates: undefined, actors: undefined, places: undefined, figures: undefined, events: undefined };
}

/** CPU time of this process in ms (user + system): steadier than wall time on a shared, loaded machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** ms of CPU and of wall time per article for one pass of `f` over `n` articles. */
function measure(n: number, f: () => void): { cpu: number; wall: number } {
  const c = cpuMs();
  const t = performance.now();
  f();
  return { cpu: (cpuMs() - c) / n, wall: (performance.now() - t) / n };
}

export async function run({ n = 600, rounds = 5 }: { n?: number; rounds?: number } = {}): Promise<void> {
  const texts = Array.from({ length: n }, (_, i) => article(i));
  const docs = texts.map(cleaned);
  const words = texts.reduce((s, t) => s + t.split(/\s+/).length, 0) / n;
  const pipeline = createDefaultPipeline();
  const names = pipeline.stages.map((s) => s.name);
  // the figure path alone: tokens, numbers, dates, figures, sources (no actors, places or events)
  const figureOnly = createDefaultPipeline({ disable: names.filter((name) => !FIGURE_STAGES.has(name)) });
  const its = nlp().its;
  // Bare wink-nlp: what the tokenize stage cannot avoid, the same model and pipes reading each article once and
  // giving its tokens out.
  const passes = {
    wink: () => {
      for (const t of texts) nlp().readDoc(t).tokens().out(its.value);
    },
    extract: () => {
      for (const d of docs) pipeline.run(fresh(d));
    },
    figures: () => {
      for (const d of docs) figureOnly.run(fresh(d));
    },
  };
  // warm up every path (model load, gazetteer, JIT)
  for (let i = 0; i < Math.min(50, n); i++) {
    nlp().readDoc(texts[i]).tokens().out(its.value);
    pipeline.run(fresh(docs[i]));
    figureOnly.run(fresh(docs[i]));
  }
  // Rounds interleave the paths, so a burst of load from other processes hits all of them alike; medians of CPU
  // time per article are reported.
  const runs: Record<keyof typeof passes, Array<{ cpu: number; wall: number }>> = { wink: [], extract: [], figures: [] };
  const perStage = new Map<string, number[]>(names.map((name) => [name, []]));
  let figures = 0;
  for (let r = 0; r < rounds; r++) {
    for (const key of Object.keys(passes) as Array<keyof typeof passes>) runs[key].push(measure(n, passes[key]));
    // where the time goes: each stage of the full pipeline, timed on its own
    const spent = new Map<string, number>();
    figures = 0;
    for (const d of docs) {
      const doc = fresh(d);
      for (const stage of pipeline.stages) {
        const c = cpuMs();
        stage.run(doc, { config: {} });
        spent.set(stage.name, (spent.get(stage.name) ?? 0) + cpuMs() - c);
      }
      figures += doc.figures?.length ?? 0;
    }
    for (const [name, ms] of spent) perStage.get(name)!.push(ms / n);
  }
  const cpu = (key: keyof typeof passes): number => median(runs[key].map((x) => x.cpu));
  const wall = (key: keyof typeof passes): number => median(runs[key].map((x) => x.wall));
  const perSecond = (ms: number): string => (1000 / ms).toFixed(0);
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(`  articles            ${n} (~${Math.round(words)} words each), ${rounds} interleaved rounds, medians of CPU time`);
  console.log(`  bare wink-nlp       ${perSecond(cpu('wink'))} articles/s (readDoc + tokens out; wall ${perSecond(wall('wink'))}/s)`);
  console.log(`  extract (analyze)   ${perSecond(cpu('extract'))} articles/s, ${(figures / n).toFixed(1)} figures/article (wall ${perSecond(wall('extract'))}/s)`);
  console.log(`  ratio               ${(cpu('wink') / cpu('extract')).toFixed(2)} x bare wink-nlp (target >= 0.5, >= 250 articles/s)`);
  console.log(`  figure stages only  ${perSecond(cpu('figures'))} articles/s = ${(cpu('wink') / cpu('figures')).toFixed(2)} x bare wink-nlp (${[...FIGURE_STAGES].join(', ')})`);
  console.log(`  memory (rss)        ${rss.toFixed(0)} MiB`);
  console.log(`  per stage (CPU ms/article): ${[...perStage].map(([k, v]) => `${k} ${median(v).toFixed(2)}`).join(', ')}; bare wink ${cpu('wink').toFixed(2)}`);
}
