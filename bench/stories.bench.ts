/**
 * Story clustering cost per document as the stream grows: 10k, 100k and 1M synthetic documents through the in-memory
 * backend. Representations are synthesised directly (no NLP) so the figures are the clustering's own.
 *
 * The stream is what a news feed looks like: DOCS_PER_DAY reports a day, each about one of many events (1–12
 * reports over 1–3 days); an event has its own rare words, names and place, and every report also uses common
 * words drawn from a Zipf distribution. Vocabularies are finite (as a language's is), so the document-frequency table
 * stops growing; stories older than the time window leave the hot index. Per-document time should therefore stay
 * flat: it is measured over the last CHECK_SPAN documents before each checkpoint, as wall time and as process CPU
 * time (steadier on a shared machine; it includes the garbage collector's threads).
 *
 * `npm run bench -- stories [--n N]`: N is the largest stream (default 1,000,000); checkpoints are 10k, 100k, 1M
 * up to N.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { MemoryStoryIndex } from '../src/stories/cluster-stories.js';
import type { DocRepresentation, PlacePoint } from '../src/stories/story-model.js';
import { rng } from './synthetic-articles.js';

const DOCS_PER_DAY = 3000;
const COMMON_VOCAB = 50_000;
const RARE_VOCAB = 400_000;
const NAME_VOCAB = 100_000;
const PLACES = 20_000;
const CHECK_SPAN = 10_000;
const START_DAY = 19_000;

/** A full garbage collection before reading the heap, so the figure is live data rather than uncollected garbage. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** Zipf-like draw over [0, n): many draws of the first words, few of the tail. */
function zipf(r: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(r() * Math.log(n + 1)) - 1));
}

const COMMON = Array.from({ length: COMMON_VOCAB }, (_, i) => `c${i.toString(36)}`);
const RARE = Array.from({ length: RARE_VOCAB }, (_, i) => `r${i.toString(36)}`);
const NAMES = Array.from({ length: NAME_VOCAB }, (_, i) => `n:${i.toString(36)}`);
const PLACE_POINTS: PlacePoint[] = Array.from({ length: PLACES }, (_, i) => {
  const r = rng(i + 1);
  return { key: `p${i}`, name: `P${i}`, lat: -40 + r() * 100, lon: -120 + r() * 240, level: 'local', weight: 1 };
});

interface SynthEvent {
  id: number;
  day: number;
  span: number;
  remaining: number;
  words: string[];
  names: string[];
  place: PlacePoint;
}

function newEvent(r: () => number, id: number, day: number): SynthEvent {
  return {
    id,
    day,
    span: 1 + Math.floor(r() * 3),
    remaining: 1 + Math.floor(r() * 12),
    words: Array.from({ length: 12 }, () => RARE[Math.floor(r() * RARE_VOCAB)]),
    names: Array.from({ length: 6 }, () => NAMES[zipf(r, NAME_VOCAB)]),
    place: PLACE_POINTS[Math.floor(r() * PLACES)],
  };
}

function synthDoc(r: () => number, ev: SynthEvent, n: number): DocRepresentation {
  const terms = new Map<string, number>();
  for (let i = 0; i < 8; i++) {
    const w = ev.words[Math.floor(r() * ev.words.length)];
    terms.set(w, (terms.get(w) ?? 0) + 1 + Math.floor(r() * 2));
  }
  for (let i = 0; i < 50; i++) {
    const w = COMMON[zipf(r, COMMON_VOCAB)];
    terms.set(w, (terms.get(w) ?? 0) + 1);
  }
  const entities = new Set<string>();
  for (let i = 0; i < 4; i++) entities.add(ev.names[Math.floor(r() * ev.names.length)]);
  entities.add(NAMES[zipf(r, NAME_VOCAB)]);
  return {
    id: `d${n}`,
    day: ev.day + Math.floor(r() * ev.span),
    terms: [...terms].sort((a, b) => b[1] - a[1]),
    entities: [...entities],
    places: [ev.place],
    eventTypes: [],
    actors: [],
    duplicateOf: null,
  };
}

/** Generates the stream: keeps a pool of open events, opens DOCS_PER_DAY/6 new ones a day. */
function* stream(n: number): Generator<{ repr: DocRepresentation; event: number }> {
  const r = rng(42);
  let open: SynthEvent[] = [];
  let nextEvent = 0;
  for (let i = 0; i < n; i++) {
    const day = START_DAY + Math.floor(i / DOCS_PER_DAY);
    if (i % DOCS_PER_DAY === 0) open = open.filter((e) => e.remaining > 0 && e.day >= day - 3);
    if (open.length === 0 || r() < 0.16) open.push(newEvent(r, nextEvent++, day));
    const ev = open[Math.floor(r() * open.length)];
    ev.remaining--;
    yield { repr: synthDoc(r, ev, i), event: ev.id };
  }
}

interface Checkpoint {
  docs: number;
  usPerDoc: number;
  cpuUsPerDoc: number;
  heapMb: number;
  hotStories: number;
  purity: number;
}

/** Share of consecutive same-event document pairs (sampled) that landed in one story; a sanity check, not a score. */
function agreement(pairs: Array<[number, string]>): number {
  const byEvent = new Map<number, string>();
  let same = 0;
  let total = 0;
  for (const [ev, story] of pairs) {
    const s = byEvent.get(ev);
    if (s !== undefined) {
      total++;
      if (s === story) same++;
    }
    byEvent.set(ev, story);
  }
  return total ? same / total : 1;
}

export async function run(opts: { n?: number } = {}): Promise<void> {
  const n = opts.n ?? 1_000_000;
  const checkpoints = [10_000, 100_000, 1_000_000].filter((c) => c <= n);
  if (!checkpoints.includes(n)) checkpoints.push(n);
  const index = new MemoryStoryIndex({ rememberDocuments: false });
  const results: Checkpoint[] = [];
  const row = (c: Checkpoint) =>
    console.log(
      `  ${String(c.docs).padStart(10)}  ${c.usPerDoc.toFixed(1).padStart(8)}  ${c.cpuUsPerDoc.toFixed(1).padStart(10)}  ${c.heapMb.toFixed(0).padStart(8)}  ${String(c.hotStories).padStart(11)}  ${c.purity.toFixed(3)}`,
    );
  console.log(`  ${'documents'.padStart(10)}  ${'µs/doc'.padStart(8)}  ${'cpu µs/doc'.padStart(10)}  ${'live MB'.padStart(8)}  ${'hot stories'.padStart(11)}  same-event pairs together`);
  let spanNs = 0n;
  let spanCpu = 0;
  let spanDocs = 0;
  let sample: Array<[number, string]> = [];
  let i = 0;
  const t0 = Date.now();
  for (const { repr, event } of stream(n)) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const placed = index.placeSync(repr);
    const took = process.hrtime.bigint() - start;
    const cpuTook = process.cpuUsage(cpu);
    i++;
    const next = checkpoints.find((c) => c >= i)!;
    if (i > next - CHECK_SPAN) {
      spanNs += took;
      spanCpu += cpuTook.user + cpuTook.system;
      spanDocs++;
      sample.push([event, placed.story]);
    }
    if (i === next) {
      collectGarbage();
      const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
      results.push({ docs: i, usPerDoc: Number(spanNs) / 1000 / spanDocs, cpuUsPerDoc: spanCpu / spanDocs, heapMb, hotStories: index.hotStories, purity: agreement(sample) });
      row(results[results.length - 1]);
      spanNs = 0n;
      spanCpu = 0;
      spanDocs = 0;
      sample = [];
    }
  }
  const first = results[0];
  const last = results[results.length - 1];
  console.log(
    `  ratio last/first per doc: wall ${(last.usPerDoc / first.usPerDoc).toFixed(2)}, cpu ${(last.cpuUsPerDoc / first.cpuUsPerDoc).toFixed(2)} ` +
      `(target < 2); total ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

// Direct run: `npx tsx bench/stories.bench.ts [N]`.
if (import.meta.url === `file://${process.argv[1]}`) {
  await run({ n: process.argv[2] ? Number(process.argv[2]) : undefined });
}
