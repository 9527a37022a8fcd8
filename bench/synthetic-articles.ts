/**
 * Synthetic news articles for the benchmarks and tests: a seeded generator (mulberry32), invented names, and ~600-word
 * reports of invented events with about 5% lightly edited reprints (`syntheticCorpus`). Runs are repeatable.
 */
/** Deterministic generator (mulberry32), so runs are comparable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ro', 'mi', 'tal', 'ven', 'dor', 'sa', 'lu', 'bek', 'ar', 'no', 'zi', 'mur', 'el', 'pa', 'qes', 'ti', 'on', 'gra', 'vi'];
const EVENTS = [
  { what: 'an attack by armed men on', kind: 'killed', cause: 'gunmen' },
  { what: 'heavy shelling of', kind: 'killed', cause: 'artillery fire' },
  { what: 'flash floods in', kind: 'killed', cause: 'floodwater' },
  { what: 'an earthquake near', kind: 'killed', cause: 'collapsed buildings' },
  { what: 'a bus crash outside', kind: 'killed', cause: 'the crash' },
  { what: 'a fire at a market in', kind: 'killed', cause: 'the blaze' },
  { what: 'a car bomb in', kind: 'killed', cause: 'the explosion' },
  { what: 'clashes between rival militias in', kind: 'killed', cause: 'the fighting' },
] as const;
const SOURCES = ['the health ministry', 'the regional governor', 'a local monitoring group', 'the Red Crescent', 'police', 'hospital officials', 'the civil defence agency', 'a United Nations agency', 'residents', 'the army'];
const VERBS = ['said', 'reported', 'told reporters', 'said in a statement', 'confirmed'];
const ADJ = ['heavy', 'sporadic', 'renewed', 'fierce', 'brief', 'deadly', 'unexpected', 'prolonged', 'scattered', 'intense', 'early', 'late'];
const NOUNS = ['roads', 'bridges', 'clinics', 'schools', 'markets', 'wells', 'farms', 'checkpoints', 'shelters', 'convoys', 'warehouses', 'villages', 'power lines', 'fuel depots'];
const ACTIONS = ['blocked', 'damaged', 'reopened', 'evacuated', 'inspected', 'cut off', 'searched', 'cleared', 'rebuilt', 'guarded', 'abandoned', 'reached'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** An invented name of two or three syllables, capitalised. */
export function inventedName(r: () => number, syllables: readonly string[]): string {
  const parts = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < parts; i++) s += pick(r, syllables);
  return s[0].toUpperCase() + s.slice(1);
}

const name = (r: () => number): string => inventedName(r, SYLLABLES);

export interface SyntheticArticle {
  id: string;
  outlet: string;
  title: string;
  published: string;
  text: string;
}

function filler(r: () => number, places: string[]): string {
  const n = 1 + Math.floor(r() * 400);
  switch (Math.floor(r() * 6)) {
    case 0:
      return `${cap(pick(r, SOURCES))} ${pick(r, VERBS)} that ${n} ${pick(r, NOUNS)} near ${pick(r, places)} had been ${pick(r, ACTIONS)} since ${pick(r, DAYS)}.`;
    case 1:
      return `Crews ${pick(r, ACTIONS)} ${pick(r, ADJ)} ${pick(r, NOUNS)} on the road from ${pick(r, places)} to ${pick(r, places)}, where ${pick(r, ADJ)} rain had fallen for ${1 + (n % 9)} days.`;
    case 2:
      return `"We have ${pick(r, ACTIONS)} ${n} ${pick(r, NOUNS)} and we need more help in ${pick(r, places)}," said ${name(r)} ${name(r)}, a ${pick(r, ['doctor', 'teacher', 'farmer', 'volunteer', 'driver', 'nurse'])}.`;
    case 3:
      return `About ${n * 10} people gathered at ${pick(r, NOUNS)} in ${pick(r, places)} on ${pick(r, DAYS)} as ${pick(r, ADJ)} ${pick(r, NOUNS)} stayed ${pick(r, ACTIONS)}.`;
    case 4:
      return `The ${name(r)} district, home to ${n * 1000} people, lies ${1 + (n % 60)} km ${pick(r, ['north', 'south', 'east', 'west'])} of ${pick(r, places)}.`;
    default:
      return `${cap(pick(r, SOURCES))} ${pick(r, VERBS)} ${pick(r, ADJ)} ${pick(r, NOUNS)} were ${pick(r, ACTIONS)} and ${pick(r, ADJ)} ${pick(r, NOUNS)} ${pick(r, ACTIONS)} overnight.`;
  }
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** One article about one invented event: a lede with a toll, attributed figures, then varied filler to ~600 words. */
export function syntheticArticle(seed: number, words = 600): SyntheticArticle {
  const r = rng(seed);
  const town = name(r);
  const places = [town, name(r), name(r), name(r)];
  const ev = pick(r, EVENTS);
  const killed = 2 + Math.floor(r() * 90);
  const injured = killed + Math.floor(r() * 120);
  const displaced = (1 + Math.floor(r() * 90)) * 100;
  const day = pick(r, DAYS);
  const month = Math.floor(r() * 12);
  const date = `2031-${String(month + 1).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const outlet = `The ${name(r)} ${pick(r, ['Herald', 'Post', 'Times', 'Wire', 'Observer', 'Radio', 'Daily'])}`;
  const title = `${killed} dead after ${ev.what.replace(/^(an?|the) /, '')} ${town}`;
  const paras = [
    `${town.toUpperCase()} (${outlet}) - At least ${killed} people were killed and ${injured} injured in ${ev.what} ${town} on ${day}, ${pick(r, SOURCES)} ${pick(r, VERBS)}.`,
    `${cap(pick(r, SOURCES))} put the number of dead at ${killed + Math.floor(r() * 10)}, saying most had died from ${ev.cause}. More than ${displaced} people have fled their homes since ${day} ${1 + Math.floor(r() * 28)} ${MONTHS[month]}.`,
  ];
  let count = paras.join(' ').split(/\s+/).length;
  while (count < words) {
    const sentences = [filler(r, places), filler(r, places), filler(r, places)];
    const p = sentences.join(' ');
    paras.push(p);
    count += p.split(/\s+/).length;
  }
  return { id: `synthetic-${seed}`, outlet, title, published: date, text: [title, ...paras].join('\n') };
}

/** A reprint: another outlet's copy of an article with a new headline, a few words changed and the end cut. */
export function reprintOf(a: SyntheticArticle, seed: number): SyntheticArticle {
  const r = rng(seed);
  const paras = a.text.split('\n').slice(1);
  const kept = paras.slice(0, Math.max(2, Math.floor(paras.length * 0.85)));
  const edited = kept.map((p) => (r() < 0.3 ? p.replace(/ on (\w+day)/, ' late on $1') : p));
  return { ...a, id: `synthetic-${seed}-reprint`, outlet: `The ${name(r)} Courier`, title: `${a.title} (updated)`, text: [`${a.title}, officials say`, ...edited].join('\n') };
}

/** N articles; every twentieth is a reprint of the one before it. */
export function* syntheticCorpus(n: number, seed = 1): Generator<SyntheticArticle> {
  let prev: SyntheticArticle | null = null;
  for (let i = 0; i < n; i++) {
    const a: SyntheticArticle = prev && i % 20 === 19 ? reprintOf(prev, seed * 1_000_003 + i) : syntheticArticle(seed * 1_000_003 + i);
    prev = a;
    yield a;
  }
}
