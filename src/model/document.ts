/**
 * The one document model every stage reads and adds to.
 *
 * `text` is the cleaned text. Every span in the document is a half-open `[start, end)` pair of character
 * (UTF-16 code unit) offsets into `text`. `offsets` maps cleaned offsets back to `source`, the text the reader
 * produced from the raw input (for plain text and JSON Lines that is the input itself; for HTML and feeds it is the
 * reader's text rendering of the markup, kept verbatim so a span can always be shown in its original surroundings).
 */
import type { Figure } from './figure.js';
import type { Actor, Place, SitrepEvent } from './entities.js';

/** Half-open `[start, end)` character offsets into `SitrepDocument.text`. */
export type Span = readonly [start: number, end: number];

export type Severity = 'error' | 'warning' | 'info';

/** A problem in the data: reported on the document, never thrown. */
export interface Diagnostic {
  readonly reason: string;
  /** Where in the cleaned text, or null when the problem concerns the whole input. */
  readonly span: Span | null;
  /** Stable identifier of the rule or stage that raised it, e.g. `ingest:encoding` or `figures:unparsed-number`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly actual?: string;
  readonly expected?: string;
}

/**
 * Maps cleaned-text offsets back to source-text offsets. Segments are runs copied verbatim:
 * `[cleanStart, sourceStart, length]`, sorted by cleanStart. Offsets between segments (text the cleaner inserted,
 * e.g. a single space that replaced a run of whitespace) map to the source position just after the previous segment.
 */
export interface OffsetMap {
  readonly segments: ReadonlyArray<readonly [cleanStart: number, sourceStart: number, length: number]>;
}

export type InputFormat = 'text' | 'html' | 'rss' | 'atom' | 'jsonl';

/** Where the publication date came from, most trustworthy first. */
export type PublishedFrom =
  | 'json-ld'
  | 'meta'
  | 'feed'
  | 'jsonl'
  | 'option'
  | 'dateline'
  | 'text'
  | 'filename'
  | 'none';

export interface DocumentMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO 8601 date or date-time, or null when unknown. */
  published: string | null;
  publishedFrom: PublishedFrom;
  language: string | null;
  byline: string | null;
  dateline: string | null;
}

export interface Origin {
  /** File path, URL, `-` for standard input. */
  readonly location: string;
  readonly format: InputFormat;
  /** 1-based line in a JSON Lines file, 0-based item in a feed. */
  readonly line?: number;
  readonly item?: number;
  /** Character encoding the bytes were decoded with. */
  readonly encoding?: string;
}

export interface Heading {
  readonly text: string;
  readonly span: Span;
}

/** Why a line was removed from the article text. */
export type RemovalReason =
  | 'teaser'
  | 'related-link'
  | 'read-more'
  | 'prompt'
  | 'photo-credit'
  | 'byline'
  | 'dateline'
  | 'navigation'
  | 'empty'
  | 'other';

export interface RemovedLine {
  readonly text: string;
  readonly reason: RemovalReason;
  /** The named rule in the boilerplate table that matched. */
  readonly rule: string;
  /** Offsets into `source`. */
  readonly sourceSpan: Span;
}

export interface Token {
  readonly span: Span;
  readonly text: string;
  /** Universal POS tag from wink-nlp. */
  readonly pos: string;
  /** wink-nlp token type: word, number, punctuation, … */
  readonly type: string;
  readonly lemma?: string;
}

export interface Sentence {
  readonly span: Span;
  /** Token index range, half-open. */
  readonly tokens: readonly [start: number, end: number];
  /** True when the sentence is a heading rather than running text. */
  readonly heading?: boolean;
}

/** A number the number reader found, before it is known to count anything. */
export interface NumberMention {
  readonly span: Span;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: Qualifier;
  /** The qualifier word(s) span, when there is one. */
  readonly qualifierSpan?: Span | null;
}

export type Qualifier = 'exact' | 'about' | 'more-than' | 'at-least' | 'almost' | 'up-to' | 'range' | 'vague';

/** A date or period the text states, resolved against the publication date. */
export interface DateMention {
  readonly span: Span;
  /** ISO date (YYYY-MM-DD) of the start; equal to `end` for a single day. */
  readonly start: string;
  readonly end: string;
  readonly precision: 'day' | 'week' | 'month' | 'year' | 'period';
  /** True for background periods like "since 2011". */
  readonly background: boolean;
}

export interface DuplicateLink {
  readonly id: string;
  /** Estimated Jaccard similarity of shingles, 0..1. */
  readonly similarity: number;
}

export interface SitrepDocument {
  /** Stable id: derived from the cleaned text (and url when present), so re-ingesting is idempotent. */
  id: string;
  origin: Origin;
  /** Text the reader produced from the raw input; `offsets` maps into it. */
  source: string;
  /** Cleaned text; all spans point into it. */
  text: string;
  offsets: OffsetMap;
  meta: DocumentMeta;
  headings: Heading[];
  removed: RemovedLine[];
  messages: Diagnostic[];
  tokens?: Token[];
  sentences?: Sentence[];
  numbers?: NumberMention[];
  dates?: DateMention[];
  actors?: Actor[];
  places?: Place[];
  figures?: Figure[];
  events?: SitrepEvent[];
  duplicateOf?: DuplicateLink | null;
}

/** What a reader yields before cleaning: one per article. */
export interface RawArticle {
  origin: Origin;
  /** Reader's text rendering (HTML already reduced to text with one block per line). */
  source: string;
  meta: Partial<DocumentMeta>;
  /** Headings the reader saw in markup (h2/h3…), as text; matched to the cleaned text later. */
  headingHints?: string[];
  messages: Diagnostic[];
  /** Optional id supplied by the input (JSON Lines `id`). */
  id?: string;
}

export function emptyMeta(): DocumentMeta {
  return {
    title: null,
    outlet: null,
    url: null,
    published: null,
    publishedFrom: 'none',
    language: null,
    byline: null,
    dateline: null,
  };
}

export function sliceSpan(doc: Pick<SitrepDocument, 'text'>, span: Span): string {
  return doc.text.slice(span[0], span[1]);
}

/**
 * The first index in `[0, length)` whose key is at least `target`, or `length` when there is none: a binary search
 * over keys that never decrease (span starts or ends of items in text order). Every offset lookup over sorted spans
 * goes through it.
 */
export function lowerBound(length: number, keyAt: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyAt(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Maps a cleaned-text offset to the matching offset in `source`. */
export function toSourceOffset(map: OffsetMap, offset: number): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid][0] <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best < 0) return segs.length ? segs[0][1] : offset;
  const [cs, ss, len] = segs[best];
  return ss + Math.min(offset - cs, len);
}

export function toSourceSpan(map: OffsetMap, span: Span): Span {
  return [toSourceOffset(map, span[0]), toSourceOffset(map, span[1])];
}

/** Lists up to this long are sorted by insertion: they come in a few runs already in order. */
const INSERTION_SORT_MAX = 128;

/** Sorts items with a span by start, in place, keeping their order on ties (as Array#sort does). */
export function sortByStart<T extends { readonly span: Span }>(xs: T[]): T[] {
  if (xs.length > INSERTION_SORT_MAX) return xs.sort((x, y) => x.span[0] - y.span[0]);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    for (; j >= 0 && xs[j].span[0] > x.span[0]; j--) xs[j + 1] = xs[j];
    xs[j + 1] = x;
  }
  return xs;
}

/** items[from, to) are in text order (by span start). */
export function inTextOrder<T extends { readonly span: Span }>(items: readonly T[], from = 0, to = items.length): boolean {
  for (let k = from + 1; k < to; k++) if (items[k].span[0] < items[k - 1].span[0]) return false;
  return true;
}
