/**
 * The circumstances of a figure, read from its sentence: scope (this event or the background of the whole war),
 * the date or period it holds for, its place and its cause.
 */
import type { DateMention, SitrepDocument, Span } from '../model/document.js';
import { lowerBound } from '../model/document.js';
import type { Place, PlaceRef } from '../model/entities.js';
import { CAUSES } from './tables/causes.js';
import { AS_OF_DATE, BACKGROUND_PHRASES, SUPERLATIVE_BEFORE_SINCE, WHEN_CLAUSE_AFTER_DATE } from './tables/figure-words.js';

const SINCE_AT = /^since\b/i;
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:(?:early|mid|late|start\s+of|end\s+of|beginning\s+of)\s+)?$/i;

/** BACKGROUND_PHRASES as one pattern: it matches a text exactly when one of them does, in one pass. */
const ANY_BACKGROUND = new RegExp(BACKGROUND_PHRASES.map((re) => `(?:${re.source})`).join('|'), 'i');

/** True when the sentence is about the war as a whole or another, earlier time. */
export function isBackground(doc: SitrepDocument, sentence: Span, datesIn: readonly DateMention[]): boolean {
  const text = doc.text.slice(sentence[0], sentence[1]);
  for (const d of datesIn) {
    if (!d.background) continue;
    const before = doc.text.slice(Math.max(sentence[0], d.span[0] - 80), d.span[0]);
    const after = doc.text.slice(d.span[1], Math.min(sentence[1], d.span[1] + 20));
    // the superlative exemption ("the deadliest attack since 2015") needs "since" at the date: "the worst disaster,
    // at Soma in 2014, killed 301" and "…history; in 2015, a gunman killed 8" tell of the past event itself
    const since = SINCE_AT.test(doc.text.slice(d.span[0], d.span[0] + 6)) || SINCE_BEFORE.test(before);
    if (!since || !SUPERLATIVE_BEFORE_SINCE.test(before) || WHEN_CLAUSE_AFTER_DATE.test(after)) return true;
  }
  return ANY_BACKGROUND.test(text);
}

/** Dates whose span lies inside [a, b), by binary search over the document's sorted dates. */
export function datesWithin(dates: readonly DateMention[], a: number, b: number): DateMention[] {
  const lo = lowerBound(dates.length, (i) => dates[i].span[0], a);
  const out: DateMention[] = [];
  for (let i = lo; i < dates.length && dates[i].span[0] < b; i++) out.push(dates[i]);
  return out;
}

export interface When {
  asOf: string | null;
  period: { start: string; end: string } | null;
}

/**
 * True when a date in a sentence says when a count holds: the date of its reporting ("said on Wednesday", "On
 * Wednesday, the monitor said"), an "as of / by" date, a toll's date ("rose to 45 on Thursday"), or a period the
 * count covers ("over the past two days"). A date the event happened on ("the assault, which began on Tuesday")
 * is not one.
 */
export function isAsOfDate(text: string, sentence: Span, d: DateMention): boolean {
  if (d.precision === 'period' && d.start !== d.end) return true;
  const before = text.slice(Math.max(sentence[0], d.span[0] - 80), d.span[0]);
  if (AS_OF_DATE.asOfBefore.test(before) || AS_OF_DATE.reportBefore.test(before) || AS_OF_DATE.tollBefore.test(before)) return true;
  const lead = text.slice(sentence[0], d.span[0]);
  return AS_OF_DATE.leadBefore.test(lead) && AS_OF_DATE.reportAfter.test(text.slice(d.span[1], Math.min(sentence[1], d.span[1] + 80)));
}

/** The dates of a sentence that a figure in it may hold for (see `nearestWhen`); the same for every figure of the sentence. */
export function whenCandidates(datesIn: readonly DateMention[], background: boolean, text?: string, sentence?: Span): DateMention[] {
  const out: DateMention[] = [];
  for (const d of datesIn) {
    if (d.background !== background) continue;
    if (!background && text !== undefined && sentence && !isAsOfDate(text, sentence, d)) continue;
    out.push(d);
  }
  return out;
}

/**
 * The date a figure holds for, from its sentence's `whenCandidates`: the as-of date (see `isAsOfDate`) nearest offset
 * `at` (the end of a period such as "over the past two days"), else the publication date — a report's count holds as
 * of when it was published, not as of the day the event began.
 */
export function nearestWhen(candidates: readonly DateMention[], at: number, published: string | null, background: boolean): When {
  let best: DateMention | null = null;
  let dist = Infinity;
  for (const d of candidates) {
    const dd = Math.abs(d.span[0] - at);
    if (dd < dist) {
      dist = dd;
      best = d;
    }
  }
  const pub = published ? published.slice(0, 10) : null;
  // a war-wide count holds as of publication; "since 2011" is its period, "began in 2011" is not its date
  if (background) return { asOf: pub, period: best && best.precision === 'period' ? { start: best.start, end: best.end } : null };
  if (!best) return { asOf: pub, period: null };
  const period = best.start !== best.end ? { start: best.start, end: best.end } : null;
  return { asOf: best.end, period };
}

/** A cause a sentence names, with the offset of its first match inside the sentence. */
export type CauseHit = readonly [cause: string, index: number];

/** The cause named nearest the figure in its sentence. */
export function causeOf(text: string, sentence: Span, at: number): string | null {
  return nearestCause(causesIn(text, sentence), sentence, at);
}

/** `causeOf` from a sentence's `causesIn`. */
export function nearestCause(hits: readonly CauseHit[], sentence: Span, at: number): string | null {
  let best: string | null = null;
  let dist = Infinity;
  for (const [cause, index] of hits) {
    const d = Math.abs(sentence[0] + index - at);
    if (d < dist) {
      dist = d;
      best = cause;
    }
  }
  return best;
}

/**
 * The causes from the k-th on as one pattern, each in a capturing group, so that a match says which cause matches
 * first at its place: the 0th searches a sentence, the others are tried at one place for further causes there.
 * Every alternative of every cause opens with \b; it is tested once, before them all, which halves the search.
 */
const CAUSES_FROM = CAUSES.map((_, k) => causesPattern(CAUSES.slice(k).map(([, re]) => re.source), k === 0 ? 'gi' : 'iy'));
// one group per cause only holds while the patterns have no groups of their own and share the `i` flag
for (const [cause, re] of CAUSES) {
  if (re.flags !== 'i' || new RegExp(`${re.source}|`).exec('')!.length !== 1) throw new Error(`cause pattern for ${cause} must be /i with no capturing groups`);
}

function causesPattern(sources: readonly string[], flags: string): RegExp {
  const alternatives = sources.map(topAlternatives);
  if (alternatives.every((alts) => alts.every((a) => a.startsWith('\\b')))) {
    return new RegExp(`\\b(?:${alternatives.map((alts) => `(${alts.map((a) => a.slice(2)).join('|')})`).join('|')})`, flags);
  }
  return new RegExp(sources.map((src) => `(${src})`).join('|'), flags);
}

/** A pattern source split at its top-level "|" (outside groups and character classes). */
function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}
const causeCache = { text: '', start: -1, end: -1, hits: [] as CauseHit[] };

/** Each cause's first match in the sentence, in table order; remembered for the last sentence asked about. */
export function causesIn(text: string, sentence: Span): readonly CauseHit[] {
  const c = causeCache;
  if (c.text === text && c.start === sentence[0] && c.end === sentence[1]) return c.hits;
  const s = text.slice(sentence[0], sentence[1]);
  const first: number[] = [];
  let found = 0;
  const any = CAUSES_FROM[0];
  any.lastIndex = 0;
  for (let m = any.exec(s); m && found < CAUSES.length; m = any.exec(s)) {
    const q = m.index;
    // every cause matching at q, in table order: the first one the match names, then the next after it, …
    for (let k = matchedCause(m, 0); k >= 0; ) {
      if (first[k] === undefined) {
        first[k] = q;
        found++;
      }
      const more = k + 1 < CAUSES.length ? CAUSES_FROM[k + 1] : null;
      if (!more) break;
      more.lastIndex = q;
      const n = more.exec(s);
      k = n ? matchedCause(n, k + 1) : -1;
    }
    any.lastIndex = q + 1;
  }
  const hits: CauseHit[] = [];
  if (found) for (let k = 0; k < CAUSES.length; k++) if (first[k] !== undefined) hits.push([CAUSES[k][0], first[k]]);
  c.text = text;
  c.start = sentence[0];
  c.end = sentence[1];
  c.hits = hits;
  return hits;
}

/** The cause whose group took part in match `m` of CAUSES_FROM[from]. */
function matchedCause(m: RegExpExecArray, from: number): number {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return from + g - 1;
  return -1;
}

/** Places ordered by mention, for nearest-in-sentence lookup; the main place is the most mentioned. */
export interface PlaceIndex {
  mentions: Array<{ at: number; place: Place }>;
  main: Place | null;
}

/**
 * Words before a place that make it where people went or where help came from, not where the figure happened:
 * "displaced, most of them towards Maine-Soroa", "reinforcements arrived from the capital", "sheltering in camps in X".
 */
const MOVEMENT_BEFORE_PLACE_RE =
  /\b(?:to|towards?|into|reach(?:ed|ing)?|arriv(?:ed|ing) (?:in|at|from)|sent from|from (?:the )?(?:capital|neighbouring)|shelter(?:ing|ed)? in|camps? (?:in|near|at|outside))\s+(?:the\s+)?(?:(?:town|city|village|district|camps?)\s+(?:of|in|near)\s+)?$/i;

/**
 * Place mentions a figure can take its place from; `text` (the cleaned text) lets destinations be left out. With
 * `within` (sorted, non-overlapping spans: the sentences that hold figures), only mentions inside them are kept, the
 * only ones `placeOf` reads for those sentences; the main place still counts every mention.
 */
export function indexPlaces(places: readonly Place[] | undefined, text = '', within?: readonly Span[]): PlaceIndex {
  const mentions: PlaceIndex['mentions'] = [];
  let main: Place | null = null;
  for (const p of places ?? []) {
    for (const m of p.mentions) {
      if (within && !inSpans(within, m[0])) continue;
      if (!MOVEMENT_BEFORE_PLACE_RE.test(text.slice(Math.max(0, m[0] - 40), m[0]))) mentions.push({ at: m[0], place: p });
    }
    if (!main || p.mentions.length > main.mentions.length) main = p;
  }
  mentions.sort((a, b) => a.at - b.at);
  return { mentions, main };
}

/** Whether `at` lies in one of `spans` (sorted, non-overlapping), by binary search. */
function inSpans(spans: readonly Span[], at: number): boolean {
  // the first span ending after `at`
  const lo = lowerBound(spans.length, (i) => spans[i][1], at + 1);
  return lo < spans.length && spans[lo][0] <= at;
}

/** The place mentioned nearest the figure in its sentence, else the document's main place. */
export function placeOf(index: PlaceIndex, sentence: Span, at: number): PlaceRef | null {
  let best: Place | null = null;
  let dist = Infinity;
  const mentions = index.mentions;
  for (let i = lowerBound(mentions.length, (k) => mentions[k].at, sentence[0]); i < mentions.length && mentions[i].at < sentence[1]; i++) {
    const m = mentions[i];
    const d = Math.abs(m.at - at);
    if (d < dist) {
      dist = d;
      best = m.place;
    }
  }
  const p = best ?? index.main;
  if (!p) return null;
  return { name: p.name, lat: p.lat, lon: p.lon, country: p.country, admin1: p.admin1, precision: p.precision };
}
