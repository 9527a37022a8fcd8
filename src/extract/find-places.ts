/**
 * Stage `find-places`: place mentions, geocoded offline with an honest precision → `doc.places`.
 *
 * 1. Country context: country names, demonyms ("Syrian"), actors' countries and the dateline.
 * 2. Capitalised runs are matched against the gazetteer (folded names, longest first): countries, first-level
 *    divisions ("Idlib province"), towns (exact key anywhere, transliteration skeleton only in context countries),
 *    facilities ("al-Nayrab airport") and roads ("M5 highway").
 * 3. Names the gazetteer lacks are still places when the text says so: "the town of X", "villages such as X, Y and
 *    Z", a list sibling of a known town, or "X, 5km west of Y".
 * 4. Location: gazetteer point (exact); "5km west of Y" moves Y's point (approximate); facilities and roads sit at
 *    the town they are near (approximate); unknown villages get their province seat (admin1), never another
 *    town's point.
 */
import type { Sentence, SitrepDocument, Span } from '../model/document.js';
import { inTextOrder, sortByStart } from '../model/document.js';
import type { GeoPrecision, Place, PlaceKind } from '../model/entities.js';
import { defineStage } from '../pipeline/stage.js';
import { getGazetteer, MAX_PLACE_WORDS, type Admin1Entry, type Gazetteer, type NameHits, type TownChoices, type Transliterated } from './gazetteer.js';
import { foldNameCached as foldName } from './geo-fold.js';
import { offsetPoint } from './geo-relative.js';
import { capitalisedRuns, documentNameWords, isThe, plainKey, REUSED_MARKS, scanWords, withoutThe, WordFilter, WordMarks, type Run, type Word } from './geo-words.js';
import { NEIGHBOURS } from './tables/places-countries.js';
import {
  ADMIN1_NOUNS,
  BEARINGS,
  DEFAULT_RELATIVE_KM,
  DISTANCE_UNITS,
  FACILITY_NOUNS,
  FOREIGN_MIN_POPULATION,
  PLACE_STOP_WORDS,
  ROAD_CODE,
  ROAD_NOUNS,
  SENTENCE_START_MIN_POPULATION,
  SETTLEMENT_NOUNS,
} from './tables/places.js';
import { wordTable } from '../nlp/word-table.js';
import { isAsciiDigit, isSpaceCode } from '../nlp/char-class.js';

/** Population below which a town outside every context country is not believed when the report has no context. */
const NO_CONTEXT_MIN_POPULATION = 15_000;
/** Words before a name that introduce settlements ("such as", "including") when a settlement noun is near. */
const LIST_TRIGGERS = /(?:\b(?:town|towns|village|villages|city|hamlet|camp|neighbou?rhood|district|localit(?:y|ies)|locations?|areas?|positions?|suburb|settlement|communit(?:y|ies))\s+(?:of|such as|including|like|namely)|\bsuch as|\bincluding|\bnear|\boutside|\bnearing)\s*$/i;
const BEARING_ALT = Object.keys(BEARINGS).sort((a, b) => b.length - a.length).map((b) => b.replace('-', '[- ]?')).join('|');
const UNIT_ALT = Object.keys(DISTANCE_UNITS).sort((a, b) => b.length - a.length).join('|');
/** ", (which is) 5km (3 miles) west of " / " east of " / ", north of " right after a place. */
const RELATIVE = new RegExp(
  `^\\s*,?\\s*(?:which is\\s+|about\\s+|some\\s+|around\\s+|roughly\\s+|approximately\\s+|nearly\\s+|just\\s+|located\\s+)*` +
    `(?:(\\d+(?:\\.\\d+)?)\\s*-?\\s*(${UNIT_ALT})\\b\\.?\\s*(?:\\([^)]{0,30}\\)\\s*)?)?(${BEARING_ALT})\\s+of\\s+(?:the\\s+)?$`,
  'i',
);
const RELATIVE_PROBE = 80;
const OF_WORD = /\sof\s+(?:the\s+)?/g;

interface Mention {
  kind: PlaceKind;
  from: number;
  to: number;
  span: Span;
  surface: string;
  row?: number;
  /** The compact copy of the towns `row` was chosen among, and its index there, when it was chosen by `pickRow`. */
  towns: TownChoices | undefined;
  town: number;
  admin1Key?: string;
  country?: string;
  relative?: { anchor: Mention; distanceKm: number | null; bearing: string | null };
  /** Index of its sentence; -1 until `knowSentences` (only places located by their sentence need it). */
  sentence: number;
  /** The place it was located as, once `locate` has reached it. */
  place?: Place;
  /** The surface folded, when it was looked up in the gazetteer. */
  key: string | undefined;
}

interface Context {
  weights: Map<string, number>;
  top: string | null;
  /** Countries the report is about (weight 1 or more), in `weights` order: where transliterations are tried. */
  strong: readonly string[];
  /** `strong` joined by spaces. */
  strongList: string;
}

export const findPlaces = defineStage({
  name: 'find-places',
  requires: ['text', 'tokens', 'sentences'],
  assigns: ['places'],
  run(doc) {
    doc.places = findPlacesIn(doc, getGazetteer());
  },
});

export function findPlacesIn(doc: SitrepDocument, gaz: Gazetteer): Place[] {
  const text = doc.text;
  const words = documentNameWords(text);
  // Only words in capitalised runs can be (part of) a place name: every per-word pass below walks the runs.
  const runs = capitalisedRuns(words);
  const sentences = doc.sentences ?? [];
  const marks = blockedWords(doc, words, runs);
  const weights = new Map<string, number>();
  const named = capitalisedWordHits(text, words, runs, gaz, weights);
  const ctx = countryContext(doc, weights, gaz);
  const mentions: Mention[] = [];
  const scan: Scan = { text, words, runs, named, marks, gaz, ctx, out: mentions };
  let s = 0;
  for (const run of runs) {
    let from = run.from;
    if (run.to - from > 1 && words[from].cap) {
      s = sentenceFrom(sentences, words[from].start, s);
      if (opensCommonSentence(doc, sentences[s], words[from].start)) from++;
    }
    matchRun(scan, from, run.to);
  }
  addUnknownSettlements(scan);
  if (!inTextOrder(mentions)) sortByStart(mentions);
  linkRelatives(text, mentions);
  return locate(mentions, gaz, ctx, sentences);
}

/**
 * Sentence-initial words wink does not tag as proper nouns ("Flights at Mitiga airport"): not part of a name.
 * True when `sentence` starts at `start` and its first token is not a proper noun.
 */
function opensCommonSentence(doc: SitrepDocument, sentence: Sentence | undefined, start: number): boolean {
  return !!sentence && sentence.span[0] === start && (doc.tokens ?? [])[sentence.tokens[0]]?.pos !== 'PROPN';
}

/**
 * Index of the last sentence starting at or before `pos` (0 when none does), walking on from sentence `s`, which
 * starts at or before `pos`: positions are asked in text order, and sentences are in text order.
 */
function sentenceFrom(sentences: readonly Sentence[], pos: number, s: number): number {
  while (s + 1 < sentences.length && sentences[s + 1].span[0] <= pos) s++;
  return s;
}

/** Fills in every mention's sentence, once per document (mentions are in text order). */
function knowSentences(all: readonly Mention[], sentences: readonly Sentence[]): void {
  if (all[0].sentence >= 0) return;
  let s = 0;
  for (const m of all) {
    s = sentenceFrom(sentences, m.span[0], s);
    m.sentence = s;
  }
}

/**
 * Words inside people's names and multi-word organisation names are not places ("Hayat Tahrir al-Sham"). Only
 * words of capitalised runs are marked: no other word is ever asked.
 */
function blockedWords(doc: SitrepDocument, words: readonly Word[], runs: readonly Run[]): Uint8Array {
  const blocked = wordMarks.cleared(words.length);
  let n = 0;
  for (const a of doc.actors ?? []) {
    for (const m of a.mentions) {
      // Governments are named by their capitals and countries ("Damascus", "Russia"): those stay places too.
      if (a.type !== 'government' || innerSpace(doc.text, m[0], m[1])) n = insertByStart(n, m[0], m[1]);
    }
  }
  if (!n) return blocked;
  const spans = spanBuffer;
  let k = 0;
  for (const run of runs) {
    for (let i = run.from; i < run.to; i++) {
      while (k < n && spans[2 * k + 1] <= words[i].start) k++;
      if (k === n) return blocked;
      if (spans[2 * k] <= words[i].start && words[i].end <= spans[2 * k + 1]) blocked[i] = BLOCKED;
    }
  }
  return blocked;
}

/** White space (\s) inside text[from, to) once spaces at both ends are trimmed: a name of several words. */
function innerSpace(text: string, from: number, to: number): boolean {
  let a = from;
  let b = to;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  for (let k = a; k < b; k++) if (isSpaceCode(text.charCodeAt(k))) return true;
  return false;
}

/** Per-word marks of one document's scan: a word inside a person's or organisation's name. */
const BLOCKED = 1;
/** The word is in a place mention already. */
const TAKEN = 2;
/** The word starts a town's mention: list siblings join it. */
const PLACE_RUN = 4;
/** BLOCKED, TAKEN and PLACE_RUN marks of the document being read. */
const wordMarks = new WordMarks();

/** True when any of marks[a, b) has `mark`. */
function anyMarked(marks: Uint8Array, a: number, b: number, mark: number): boolean {
  for (let k = a; k < b; k++) if (marks[k] & mark) return true;
  return false;
}

/** Adds `mark` to marks[a, b). */
function addMark(marks: Uint8Array, a: number, b: number, mark: number): void {
  for (let k = a; k < b; k++) marks[k] |= mark;
}

/** Names' spans as start, end pairs ordered by start (`insertByStart`), reused across documents. */
let spanBuffer = new Int32Array(256);

/**
 * Inserts span [start, end) after the `n` spans in spanBuffer, ordered by start (equal starts keep their order), and
 * returns the new count. An insertion sort: each actor's mentions come in text order, so the spans are a few
 * interleaved sorted lists and moves are short.
 */
function insertByStart(n: number, start: number, end: number): number {
  if (2 * n + 2 > spanBuffer.length) {
    const grown = new Int32Array(2 * spanBuffer.length);
    grown.set(spanBuffer);
    spanBuffer = grown;
  }
  const spans = spanBuffer;
  let k = n;
  for (; k > 0 && spans[2 * k - 2] > start; k--) {
    spans[2 * k] = spans[2 * k - 2];
    spans[2 * k + 1] = spans[2 * k - 1];
  }
  spans[2 * k] = start;
  spans[2 * k + 1] = end;
  return n + 1;
}

/** Per-word gazetteer hits of one document's scan, reused across documents (scans never overlap). */
const namedBuffer: (NameHits | undefined)[] = [];

/**
 * The gazetteer's hits for each capitalised word (every one is in a run), by word index; other words' entries are
 * not for this document and are never read. Each country name or demonym counts once in `weights` (by country code).
 */
function capitalisedWordHits(text: string, words: readonly Word[], runs: readonly Run[], gaz: Gazetteer, weights: Map<string, number>): (NameHits | undefined)[] {
  const named = words.length > REUSED_MARKS ? new Array<NameHits | undefined>(words.length) : namedBuffer;
  while (named.length < words.length) named.push(undefined);
  for (const run of runs) {
    for (let i = run.from; i < run.to; i++) {
      if (!words[i].cap) continue;
      const hits = gaz.namedWord(text, words[i]);
      named[i] = hits;
      const c = hits.demonym ?? hits.country;
      if (c) bump(weights, c.code, 1);
    }
  }
  return named;
}

/** The report's countries: `weights` (from the names in the text) with its actors' countries and its dateline. */
function countryContext(doc: SitrepDocument, weights: Map<string, number>, gaz: Gazetteer): Context {
  for (const a of doc.actors ?? []) if (a.country) bump(weights, a.country, 0.5);
  if (doc.meta?.dateline) {
    for (const w of scanWords(doc.meta.dateline)) {
      const c = gaz.named(w.text).country;
      if (c) bump(weights, c.code, 3);
    }
  }
  const top = firstMax(weights);
  if (top) for (const n of NEIGHBOURS[top] ?? []) if (!weights.has(n)) weights.set(n, 0.25);
  const strong: string[] = [];
  for (const [c, w] of weights) if (w >= 1) strong.push(c);
  return { weights, top, strong, strongList: joinedCodes(strong) };
}

/** The previous document's context countries and their codes joined by spaces (see `joinedCodes`). */
let lastStrong: readonly string[] = [];
let lastStrongList = '';

/**
 * `codes` joined by spaces: reports about one crisis name the same countries, so the previous document's string is
 * given again when the list is the same (and transliteration memos compare it by reference).
 */
function joinedCodes(codes: readonly string[]): string {
  if (codes.length !== lastStrong.length || codes.some((c, k) => c !== lastStrong[k])) {
    lastStrong = codes;
    lastStrongList = codes.join(' ');
  }
  return lastStrongList;
}

function bump(weights: Map<string, number>, key: string, w: number): void {
  weights.set(key, (weights.get(key) ?? 0) + w);
}

/** The key with the highest count; the earliest inserted among equals. */
function firstMax(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestN = -Infinity;
  for (const [k, n] of counts) {
    if (n > bestN) {
      best = k;
      bestN = n;
    }
  }
  return best;
}

/** What the place scan of one document works on; mentions found are pushed to `out`. */
interface Scan {
  text: string;
  words: readonly Word[];
  runs: readonly Run[];
  /** Gazetteer hits of capitalised words, by word index. */
  named: readonly (NameHits | undefined)[];
  /** Per-word marks: BLOCKED (inside names of people and organisations), TAKEN, PLACE_RUN. */
  marks: Uint8Array;
  gaz: Gazetteer;
  ctx: Context;
  out: Mention[];
}

function matchRun(scan: Scan, from: number, to: number): void {
  const { words, marks, out } = scan;
  const tail = marks[to - 1] & BLOCKED ? null : facilityOrRoad(scan, from, to);
  let end = to;
  if (tail) {
    out.push(tail);
    end = tail.kind === 'road' ? tail.from : from;
    if (tail.kind !== 'road') return;
  }
  let i = from;
  while (i < end) {
    let matched = false;
    for (let n = Math.min(MAX_PLACE_WORDS, end - i); n >= 1 && !matched; n--) {
      // a name ends capitalised and starts so (or with a hyphenated article): tested before any slicing or folding
      if (!words[i + n - 1].cap || (!words[i].cap && words[i + 1]?.gap !== '-') || anyMarked(marks, i, i + n, BLOCKED)) continue;
      const m = matchSpan(scan, i, i + n, i + n === to);
      if (!m) continue;
      out.push(m);
      i += n;
      matched = true;
    }
    if (!matched) i++;
  }
}

/** A mention of words [from, to) covering `span` of the text. */
function mention(scan: Scan, kind: PlaceKind, from: number, to: number, span: Span, surface: string, country?: string): Mention {
  // every field present from the start, so all mentions share one shape
  return { kind, from, to, span, surface, row: undefined, towns: undefined, town: -1, admin1Key: undefined, country, relative: undefined, sentence: -1, place: undefined, key: undefined };
}

/** First words of the two-word facility nouns ("air base", "border crossing"): the second word is read only after one. */
const FACILITY_FIRST_WORDS: ReadonlySet<string> = new Set([...FACILITY_NOUNS].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]));
/** Every word a facility or road noun can start with: a word after a name the filter rejects is not lower-cased. */
const NOUN_AFTER_NAME = new WordFilter([...FACILITY_NOUNS, ...FACILITY_FIRST_WORDS, ...ROAD_NOUNS]);
/** ROAD_CODE's longest match ("R123"); longer words are not tested. */
const ROAD_CODE_MAX = 6;

/**
 * A word that may be a road number: ROAD_CODE's second character is a digit or a hyphen, and a scanned word never
 * holds a hyphen, so only words with a digit there are tested.
 */
function mayBeRoadCode(text: string, w: Word): boolean {
  return w.end - w.start <= ROAD_CODE_MAX && w.end - w.start >= 2 && isAsciiDigit(text.charCodeAt(w.start + 1)) && ROAD_CODE.test(w.text);
}

/** "al-Nayrab airport", "Bab al-Hawa crossing", "M5 highway" → a facility or road mention. */
function facilityOrRoad(scan: Scan, from: number, to: number): Mention | null {
  const { text, words } = scan;
  const next = words[to];
  const nextLower = next && next.gap === ' ' && NOUN_AFTER_NAME.maybe(next) ? next.text.toLowerCase() : '';
  const last = words[to - 1];
  if (mayBeRoadCode(text, last)) {
    const theBefore = to - 1 > 0 && isThe(text, words[to - 2]);
    if (ROAD_NOUNS.has(nextLower) || (theBefore && !next?.cap)) {
      const endWord = ROAD_NOUNS.has(nextLower) ? to + 1 : to;
      const span: Span = [last.start, words[endWord - 1].end];
      return mention(scan, 'road', to - 1, endWord, span, text.slice(span[0], span[1]));
    }
  }
  if (!nextLower || last.possessive) return null;
  const after = words[to + 1];
  const two = FACILITY_FIRST_WORDS.has(nextLower) && after && after.gap === ' ' ? `${nextLower} ${after.text.toLowerCase()}` : '';
  const kind: PlaceKind | null = FACILITY_NOUNS.has(two) || FACILITY_NOUNS.has(nextLower) ? 'facility' : ROAD_NOUNS.has(nextLower) ? 'road' : null;
  if (!kind) return null;
  const endWord = FACILITY_NOUNS.has(two) ? to + 2 : to + 1;
  const span: Span = [words[from].start, words[endWord - 1].end];
  return mention(scan, kind, from, endWord, span, text.slice(span[0], span[1]));
}

/** A gazetteer match for words [i, j) (which start and end capitalised), or null. */
function matchSpan(scan: Scan, i: number, j: number, runEnd: boolean): Mention | null {
  const { text, words, gaz, ctx } = scan;
  // a single word's hits were found without slicing it: it is sliced only once it may be a place
  const hits = (j - i === 1 && scan.named[i]) || gaz.named(text.slice(words[i].start, words[j - 1].end));
  const facts = factsOf(hits);
  // without an exact entry only a transliteration can match, and that needs a long enough key and context countries
  // (an empty key is short)
  if (facts & NOTHING_EXACT && (facts & SHORT_KEY || !ctx.strong.length)) return null;
  if (j - i === 1 && (facts & STOP_WORD || hits.demonym)) return null;
  const m = facts & NOTHING_EXACT ? transliterationMention(scan, hits, i, j) : hitsMention(scan, hits, i, j, runEnd);
  if (m) m.key = hits.key;
  return m;
}

/** A name no town, country or division has exactly can only be a town's transliteration: its mention, or null. */
function transliterationMention(scan: Scan, hits: NameHits, i: number, j: number): Mention | null {
  const row = skeletonMatch(scan.gaz, hits, scan.ctx);
  return row < 0 ? null : rowMention(scan, i, j, [scan.words[i].start, scan.words[j - 1].end], hits.spelling, row);
}

/** The mention of words [i, j) that `hits` (their gazetteer entries) make, or null. */
function hitsMention(scan: Scan, hits: NameHits, i: number, j: number, runEnd: boolean): Mention | null {
  const { text, words, gaz, ctx } = scan;
  const surface = hits.spelling;
  const span: Span = [words[i].start, words[j - 1].end];
  if (runEnd && adminFollows(text, words, j)) {
    const admin = pickAdmin(hits.admin1, ctx);
    if (admin) return adminMention(scan, i, j, span, surface, admin);
  }
  if (hits.country) return mention(scan, 'country', i, j, span, surface, hits.country.code);
  if (hits.rows.length) {
    const towns = townChoices(gaz, hits);
    const k = pickRow(towns, ctx, j - i === 1 && sentenceStart(text, words, i));
    if (k >= 0) {
      const m = rowMention(scan, i, j, span, surface, hits.rows[k], towns.countries[k]);
      m.towns = towns;
      m.town = k;
      return m;
    }
  }
  const admin = pickAdmin(hits.admin1, ctx);
  if (admin) return adminMention(scan, i, j, span, surface, admin);
  return transliterationMention(scan, hits, i, j);
}

/** A town's mention; `country` is the row's, when known without reading it. */
function rowMention(scan: Scan, i: number, j: number, span: Span, surface: string, row: number, country = scan.gaz.rowCountry(row)): Mention {
  const m = mention(scan, 'populated', i, j, span, surface, country);
  m.row = row;
  return m;
}

function adminMention(scan: Scan, i: number, j: number, span: Span, surface: string, admin: string): Mention {
  const m = mention(scan, 'admin1', i, j, span, surface, admin.slice(0, 2));
  m.admin1Key = admin;
  return m;
}

/** `NameHits.facts` bits: set once per spelling, so a mention's tests read only its hits. */
const FACTS_SET = 1;
/** The key is in PLACE_STOP_WORDS. */
const STOP_WORD = 2;
/** The key has fewer than TRANSLITERATION_MIN_LETTERS letters: no transliteration is tried. */
const SHORT_KEY = 4;
/** No town, country or division has the key, or the key is empty (a name of marks only). */
const NOTHING_EXACT = 8;
/** Shortest key (letters, spaces not counted) matched by transliteration. */
const TRANSLITERATION_MIN_LETTERS = 4;

function factsOf(hits: NameHits): number {
  if (hits.facts === 0) {
    hits.facts =
      FACTS_SET |
      (PLACE_STOP_WORDS.has(hits.key) ? STOP_WORD : 0) |
      (letterCount(hits.key) < TRANSLITERATION_MIN_LETTERS ? SHORT_KEY : 0) |
      (!hits.key || (!hits.rows.length && !hits.country && !hits.admin1.length) ? NOTHING_EXACT : 0);
  }
  return hits.facts;
}

/** Punctuation that ends a sentence or opens a quote: a word after it (and spaces) starts a sentence. */
const SENTENCE_OPENERS: ReadonlySet<number> = new Set(['.', '!', '?', '"', '“'].map((c) => c.charCodeAt(0)));

/** Word `i` opens the text, or follows sentence-ending punctuation or an opening quote ("… Aleppo. Homs …"). */
function sentenceStart(text: string, words: readonly Word[], i: number): boolean {
  if (i === 0) return true;
  if (words[i].gap !== 'x') return false;
  const from = words[i - 1].end;
  let k = words[i].start - 1;
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  return k >= from && SENTENCE_OPENERS.has(text.charCodeAt(k));
}

/**
 * Transliteration variants ("Saraqeb" = "Sarāqib"): same consonant skeleton, in a country the report is about, and
 * spelled within a small edit distance, so "Syrian" never becomes "Souran".
 */
function skeletonMatch(gaz: Gazetteer, hits: NameHits, ctx: Context): number {
  if (!ctx.strong.length || factsOf(hits) & SHORT_KEY) return -1;
  const memo = (hits.transliterated ??= { countries: [], rows: [], countryList: null, best: -1 });
  // reports about one crisis name the same countries: the answer for the whole list is remembered too
  if (memo.countryList === ctx.strongList) return memo.best;
  let best = -1;
  let bestPop = -1;
  for (const country of ctx.strong) {
    const id = closestTransliteration(gaz, hits, memo, country);
    if (id >= 0 && gaz.rowPopulation(id) > bestPop) {
      best = id;
      bestPop = gaz.rowPopulation(id);
    }
  }
  memo.countryList = ctx.strongList;
  memo.best = best;
  return best;
}

/** The most populous town of `country` with the skeleton of `hits.key` and spelled close to it, or -1; kept in `memo`. */
function closestTransliteration(gaz: Gazetteer, hits: NameHits, memo: Transliterated, country: string): number {
  const k = memo.countries.indexOf(country);
  if (k >= 0) return memo.rows[k];
  const best = closestSpelling(gaz, gaz.transliterations(hits, country), hits.key);
  memo.countries.push(country);
  memo.rows.push(best);
  return best;
}

/** Of towns `ids`, the most populous with a name within a small edit distance of folded `key`, or -1. */
function closestSpelling(gaz: Gazetteer, ids: readonly number[], key: string): number {
  const maxEdits = Math.max(1, Math.floor(key.length / 4));
  let best = -1;
  let bestPop = -1;
  for (const id of ids) {
    const r = gaz.row(id);
    const close = [r.name, ...(r.altNames ?? [])].some((n) => editDistance(foldName(n), key, maxEdits) <= maxEdits);
    if (close && r.population > bestPop) {
      best = id;
      bestPop = r.population;
    }
  }
  return best;
}

/** Characters of a folded key other than spaces. */
function letterCount(key: string): number {
  let n = 0;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== 32) n++;
  return n;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let k = 1; k <= b.length; k++) {
      cur[k] = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[k]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** "Idlib province", "Aleppo, Hama, and Latakia provinces": a division noun after the name or after its list. */
function adminFollows(text: string, words: readonly Word[], j: number): boolean {
  for (let k = j; k < words.length && k < j + 12; k++) {
    const w = words[k];
    const length = w.end - w.start;
    if (length >= ADMIN1_NOUN_MIN && length <= ADMIN1_NOUN_MAX && ADMIN1_NOUN_FILTER.maybe(w)) {
      const lower = w.text.toLowerCase();
      if (ADMIN1_NOUNS.has(lower)) return k === j || /s$/.test(lower) || lower === 'countryside';
    }
    if (w.cap || (length === 3 && endsWithWord(text, w.end - 1, w.start, 'and'))) continue;
    return false;
  }
  return false;
}

/** Shortest and longest ADMIN1_NOUNS, and a filter over them: other words are not lower-cased to be looked up. */
const ADMIN1_NOUN_MIN = Math.min(...[...ADMIN1_NOUNS].map((n) => n.length));
const ADMIN1_NOUN_MAX = Math.max(...[...ADMIN1_NOUNS].map((n) => n.length));
const ADMIN1_NOUN_FILTER = new WordFilter(ADMIN1_NOUNS);

function pickAdmin(named: readonly Admin1Entry[], ctx: Context): string | null {
  let best: string | null = null;
  let bestW = -1;
  for (const a of named) {
    const w = ctx.weights.get(a.country) ?? 0;
    if (w > bestW) {
      best = a.key;
      bestW = w;
    }
  }
  return best;
}

const FEATURE_SCORE: Readonly<Record<string, number>> = wordTable({ PPLC: 3, PPLA: 2, PPLA2: 1 });

/**
 * Values per town in TownChoices.numbers: its FEATURE_SCORE, log10(population + 1), import bonus, population,
 * imported (1 or 0), latitude, longitude, GeoNames id.
 */
const TOWN_VALUES = 8;

/** `hits`' towns as pickRow and locate read them, made once per spelling (so rows are not read at every mention). */
function townChoices(gaz: Gazetteer, hits: NameHits): TownChoices {
  if (hits.towns) return hits.towns;
  const towns = { countries: [] as string[], names: [] as string[], admin1Keys: [] as (string | null)[], admin1Names: [] as (string | null)[], numbers: [] as number[] };
  for (const id of hits.rows) {
    const r = gaz.row(id);
    const imported = r.origin === 'import';
    const admin1Key = gaz.rowAdmin1Key(id);
    towns.countries.push(r.country);
    towns.names.push(r.name);
    towns.admin1Keys.push(admin1Key);
    towns.admin1Names.push(admin1Key ? gaz.admin1ByKey(admin1Key)?.name ?? null : null);
    towns.numbers.push(FEATURE_SCORE[r.featureCode] ?? 0, Math.log10(r.population + 1), imported ? 0.5 : 0, r.population, imported ? 1 : 0, r.lat, r.lon, r.geonameId);
  }
  return (hits.towns = towns);
}

/**
 * Chooses among same-named towns: the report's countries first, then seat rank and population. Towns abroad must be
 * big to be believed; a sentence-initial single word must be big or in context. Returns the chosen town's index in
 * `towns`, or -1.
 */
function pickRow(towns: TownChoices, ctx: Context, cautious: boolean): number {
  const { countries, numbers } = towns;
  const minForeign = ctx.top ? FOREIGN_MIN_POPULATION : NO_CONTEXT_MIN_POPULATION;
  let best = -1;
  let bestScore = -Infinity;
  for (let k = 0; k < countries.length; k++) {
    const at = TOWN_VALUES * k;
    const w = ctx.weights.get(countries[k]) ?? 0;
    const population = numbers[at + 3];
    if (w === 0 && population < minForeign && numbers[at + 4] === 0) continue;
    if (cautious && w === 0 && population < SENTENCE_START_MIN_POPULATION) continue;
    // summed in the order seat rank, population, import bonus
    const score = w * 10 + numbers[at] + numbers[at + 1] + numbers[at + 2];
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** Names the gazetteer lacks, introduced as settlements by the text. */
function addUnknownSettlements(scan: Scan): void {
  const { text, words, runs, marks, gaz, out } = scan;
  // words of mentions are TAKEN; first words of towns' mentions, known or found here, are PLACE_RUN: list siblings join these
  for (const m of out) {
    addMark(marks, m.from, m.to, TAKEN);
    if (m.kind === 'populated') marks[m.from] |= PLACE_RUN;
  }
  for (let r = 0; r < runs.length; r++) {
    const { from, to } = runs[r];
    if (to - from > 4 || anyMarked(marks, from, to, TAKEN | BLOCKED)) continue;
    // a single word's hits are at hand; a longer name is looked up only once the text has introduced it
    const single = to - from === 1 ? scan.named[from] : undefined;
    if (single && notAPlace(single)) continue;
    const introduced = listTriggerBefore(text, words[from].start) || listSibling(text, words, runs, r, marks) || relativeFollows(text, words[to - 1].end);
    if (!introduced) continue;
    const hits = single || gaz.named(text.slice(words[from].start, words[to - 1].end));
    if (notAPlace(hits)) continue;
    const surface = hits.spelling;
    const span: Span = [words[from].start, words[to - 1].end];
    const m = mention(scan, 'populated', from, to, span, surface);
    m.key = hits.key;
    out.push(m);
    addMark(marks, from, to, TAKEN);
    marks[from] |= PLACE_RUN;
  }
}

/** A stop word or a demonym: not a settlement however the text introduces it. */
function notAPlace(hits: NameHits): boolean {
  return (factsOf(hits) & STOP_WORD) !== 0 || !!hits.demonym;
}

/** How far back LIST_TRIGGERS looks. */
const LIST_TRIGGER_PROBE = 40;
/** The words LIST_TRIGGERS ends with (keep in step with it): the regex runs only after one of them. */
const LIST_TRIGGER_LAST_WORDS: ReadonlySet<string> = new Set(['of', 'as', 'including', 'like', 'namely', 'near', 'outside', 'nearing']);
const LIST_TRIGGER_LAST_MAX = Math.max(...[...LIST_TRIGGER_LAST_WORDS].map((w) => w.length));
/** `plainKey`s of LIST_TRIGGER_LAST_WORDS: a word is tested without a copy (a shared key only means running the regex). */
const LIST_TRIGGER_LAST_KEYS: readonly number[] = [...LIST_TRIGGER_LAST_WORDS].map((w) => plainKey(w, 0, w.length));

/** LIST_TRIGGERS right before `start`. */
function listTriggerBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - LIST_TRIGGER_PROBE);
  let end = start;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > from && end - begin <= LIST_TRIGGER_LAST_MAX && isAsciiLetter(text.charCodeAt(begin - 1))) begin--;
  if (end - begin < 2 || end - begin > LIST_TRIGGER_LAST_MAX || !LIST_TRIGGER_LAST_KEYS.includes(plainKey(text, begin, end))) return false;
  return LIST_TRIGGERS.test(text.slice(from, start));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Last non-space position in text[from, to), or from - 1 when there is none. */
function lastNonSpace(text: string, from: number, to: number): number {
  let k = to - 1;
  while (k >= from && isSpaceCode(text.charCodeAt(k))) k--;
  return k;
}

/** text[at - word.length + 1, at] is `word` (lower-case ASCII), in any case. */
function endsWithWord(text: string, at: number, from: number, word: string): boolean {
  if (at - word.length + 1 < from) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at - k) | 0x20) !== word.charCodeAt(word.length - 1 - k)) return false;
  return true;
}

/** Between two runs' words: spaces, then a comma and/or "and" ("Nubl and Zahra", "Dadikh, Kafr Batikh, and …"). */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/** "Nubl and Zahra", "Dadikh, Kafr Batikh, and Sheikh Ali": joined by a comma or "and" to a known town. */
function listSibling(text: string, words: readonly Word[], runs: readonly Run[], r: number, marks: Uint8Array): boolean {
  const prev = runs[r - 1];
  const next = runs[r + 1];
  const { from, to } = runs[r];
  if (prev && marks[prev.from] & PLACE_RUN && marks[prev.from] & TAKEN && joined(text, words, prev.to - 1, from)) return true;
  return !!next && (marks[next.from] & PLACE_RUN) !== 0 && joined(text, words, to - 1, next.from);
}

function joined(text: string, words: readonly Word[], a: number, b: number): boolean {
  const from = words[a].end;
  const to = words[b].start;
  // LIST_JOIN's first character after the spaces is a comma or the "a" of "and"
  let k = from;
  while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
  if (k === to || (text.charCodeAt(k) !== 0x2c && text.charCodeAt(k) !== 0x61)) return false;
  return LIST_JOIN.test(text.slice(from, to));
}

function relativeFollows(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + RELATIVE_PROBE);
  if (!hasOf(text, end, limit) || !bearingOfWithin(text, end, limit)) return false;
  const probe = text.slice(end, end + RELATIVE_PROBE);
  OF_WORD.lastIndex = 0;
  for (let m = OF_WORD.exec(probe); m; m = OF_WORD.exec(probe)) {
    if (bearingWordEndsAt(probe, lastNonSpace(probe, 0, m.index + 1), 0) && RELATIVE.test(probe.slice(0, m.index + m[0].length))) {
      OF_WORD.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** " of " within text[from, to). */
function hasOf(text: string, from: number, to: number): boolean {
  const k = text.indexOf(' of ', from);
  return k >= 0 && k + 4 <= to;
}

/**
 * "of" between white space, after a compass word, within text[from, to): what every match of OF_WORD that RELATIVE
 * accepts in the probe there has, tested on the text before the probe is sliced.
 */
function bearingOfWithin(text: string, from: number, to: number): boolean {
  for (let p = text.indexOf('of', from + 1); p >= 0 && p + 2 < to; p = text.indexOf('of', p + 1)) {
    if (isSpaceCode(text.charCodeAt(p - 1)) && isSpaceCode(text.charCodeAt(p + 2)) && bearingWordEndsAt(text, lastNonSpace(text, from, p), from)) return true;
  }
  return false;
}

/**
 * The letters of RELATIVE's compass word as they end a run of letters: a whole one-word bearing ("northeast"), the
 * part after a hyphen or space ("north-east" → "east"), or a two-part one written as one word ("northnortheast").
 * RELATIVE has no letter right before its compass word, so the letters before "of" are one of these.
 */
const BEARING_WORDS: ReadonlySet<string> = new Set(Object.keys(BEARINGS).flatMap((b) => [b.split('-').pop() ?? b, b.replace('-', '')]));
const BEARING_WORD_MAX = Math.max(...[...BEARING_WORDS].map((w) => w.length));

/** The ASCII letters ending at text[k] (not before `from`) are a BEARING_WORDS word, in any case. */
function bearingWordEndsAt(text: string, k: number, from: number): boolean {
  if (k < from) return false;
  // every bearing ends in "h" (north, south) or "t" (east, west…)
  const c = text.charCodeAt(k) | 0x20;
  if (c !== 0x68 && c !== 0x74) return false;
  let b = k;
  while (b > from && k - b < BEARING_WORD_MAX && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  return BEARING_WORDS.has(text.slice(b, k + 1).toLowerCase());
}

/**
 * RELATIVE's end in text[from, to): a compass word, white space, "of" and white space, or "of the" and white space
 * ("… west of ", "… north of the "), tested before the gap is sliced for the regex.
 */
function bearingOfBefore(text: string, from: number, to: number): boolean {
  if (to <= from || !isSpaceCode(text.charCodeAt(to - 1))) return false;
  let k = lastNonSpace(text, from, to);
  if (endsWithWord(text, k, from, 'the')) {
    if (k - 3 < from || !isSpaceCode(text.charCodeAt(k - 3))) return false;
    k = lastNonSpace(text, from, k - 2);
  }
  if (!endsWithWord(text, k, from, 'of') || k - 2 < from || !isSpaceCode(text.charCodeAt(k - 2))) return false;
  return bearingWordEndsAt(text, lastNonSpace(text, from, k - 1), from);
}

/** "X, 5km west of Y": X's position is Y moved; also "the al-Nayrab airport east of Aleppo". */
function linkRelatives(text: string, mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k];
    const anchor = anchorAfter(mentions, k);
    if (!anchor || !bearingOfBefore(text, m.span[1], anchor.span[0])) continue;
    const rel = RELATIVE.exec(text.slice(m.span[1], anchor.span[0]));
    if (!rel) continue;
    const unit = rel[2] ? DISTANCE_UNITS[rel[2].toLowerCase()] ?? 1 : 1;
    m.relative = { anchor, distanceKm: rel[1] ? Number(rel[1]) * unit : null, bearing: rel[3].toLowerCase().replace(' ', '-') };
  }
}

/** Of the two mentions after mentions[k], the first that is close enough to anchor it and not a road. */
function anchorAfter(mentions: readonly Mention[], k: number): Mention | undefined {
  const m = mentions[k];
  for (let a = k + 1; a < mentions.length && a < k + 3; a++) {
    if (mentions[a].span[0] - m.span[1] <= RELATIVE_PROBE && mentions[a].kind !== 'road') return mentions[a];
  }
  return undefined;
}

function locate(mentions: readonly Mention[], gaz: Gazetteer, ctx: Context, sentences: readonly Sentence[]): Place[] {
  // one place per kind, gazetteer row and folded name; later mentions join it (a document has a few dozen places)
  const located: Located[] = [];
  const list: Place[] = [];
  const adminCounts = new Map<string, number>();
  for (const m of mentions) {
    const key = m.admin1Key ?? (m.towns ? m.towns.admin1Keys[m.town] : m.row !== undefined ? gaz.rowAdmin1Key(m.row) : null);
    if (key) bump(adminCounts, key, 1);
  }
  const at: Locating = { gaz, ctx, topAdmin: firstMax(adminCounts), sentences };
  // Anchored places first (towns, divisions, countries), then those placed relative to them; text order within each.
  for (let r = 0; r <= MAX_RANK; r++) {
    for (const m of mentions) {
      if (rank(m) !== r) continue;
      const p = placeFor(m, mentions, at);
      m.place = p;
      // a name as written in the text was folded when it was looked up
      const name = m.key !== undefined && p.name === m.surface ? m.key : foldName(p.name);
      const known = sameName(located, name, p.kind, m.row);
      if (known) known.mentions.push(m.span);
      else {
        located.push({ place: p, row: m.row, name });
        list.push(p);
      }
    }
  }
  for (const p of list) if (p.mentions.length > 1 && !spansInOrder(p.mentions)) p.mentions.sort((a, b) => a[0] - b[0]);
  return spansInOrder(list, firstMention) ? list : list.sort((a, b) => a.mentions[0][0] - b.mentions[0][0]);
}

const firstMention = (p: Place): Span => p.mentions[0];

/** Items whose spans (the items themselves, or `spanOf` them) start in text order already. */
function spansInOrder<T>(items: readonly T[], spanOf: (item: T) => Span = (item) => item as Span): boolean {
  for (let k = 1; k < items.length; k++) if (spanOf(items[k])[0] < spanOf(items[k - 1])[0]) return false;
  return true;
}

const MAX_RANK = 3;

/** A place `locate` has made, with the gazetteer row of its first mention and its folded name. */
interface Located {
  place: Place;
  row: number | undefined;
  name: string;
}

function sameName(located: readonly Located[], name: string, kind: PlaceKind, row: number | undefined): Place | null {
  for (const l of located) if (l.name === name && l.place.kind === kind && l.row === row) return l.place;
  return null;
}

function rank(m: Mention): number {
  if (m.relative) return 3;
  if (m.row !== undefined || m.kind === 'admin1' || m.kind === 'country') return 0;
  return m.kind === 'populated' ? 1 : 2;
}

/** What locating one document's mentions works with. */
interface Locating {
  gaz: Gazetteer;
  ctx: Context;
  /** The division most mentions are in. */
  topAdmin: string | null;
  sentences: readonly Sentence[];
}

function placeFor(m: Mention, all: readonly Mention[], at: Locating): Place {
  const { gaz, ctx, topAdmin } = at;
  const base: Place = {
    name: withoutThe(m.surface),
    lat: null,
    lon: null,
    country: m.country ?? null,
    admin1: null,
    precision: null,
    kind: m.kind,
    geonameId: null,
    population: null,
    mentions: [m.span],
    locatedBy: null,
  };
  // Each case fills in `base`; `gazetteerName` and `relative`, when set, come last in that order.
  if (m.kind === 'country') {
    const c = gaz.countryOf(m.country ?? '');
    if (c) {
      base.name = c.name;
      base.lat = c.lat;
      base.lon = c.lon;
      base.precision = 'country';
      base.locatedBy = 'country';
    }
    return base;
  }
  if (m.kind === 'admin1' && m.admin1Key) return atAdmin(base, m.admin1Key, gaz, 'admin1');
  if (m.towns && !m.relative) return atTown(base, m.towns, m.town);
  if (m.row !== undefined && !m.relative) return atRow(base, m.row, gaz);
  if (m.relative) {
    const anchor = m.relative.anchor.place ?? placeFor(m.relative.anchor, all, at);
    const rel = { anchor: anchor.name, distanceKm: m.relative.distanceKm, bearing: m.relative.bearing };
    if (m.row !== undefined) {
      atRow(base, m.row, gaz).relative = rel;
      return base;
    }
    if (anchor.lat !== null && anchor.lon !== null) {
      const bearing = BEARINGS[m.relative.bearing ?? ''] ?? 0;
      const pt = offsetPoint(anchor.lat, anchor.lon, m.relative.distanceKm ?? DEFAULT_RELATIVE_KM, bearing);
      approximateNear(base, pt.lat, pt.lon, anchor, 'relative').relative = rel;
      return base;
    }
  }
  // the rest is located by the other places of its sentence
  knowSentences(all, at.sentences);
  if (m.kind === 'facility' || m.kind === 'road') {
    const near = nearbyPlace(m, all);
    if (near && near.lat !== null) return approximateNear(base, near.lat, near.lon, near, 'nearby');
  }
  const admin = sentenceAdmin(m, all, gaz) ?? topAdmin;
  if (admin) return atAdmin(base, admin, gaz, 'admin1');
  base.country = ctx.top;
  return base;
}

/** Locates `p` approximately at a point near another place (moved from it, or beside it), in that place's division. */
function approximateNear(p: Place, lat: number | null, lon: number | null, from: Place, how: 'relative' | 'nearby'): Place {
  p.lat = lat;
  p.lon = lon;
  p.country = from.country;
  p.admin1 = from.admin1;
  p.precision = 'approximate';
  p.locatedBy = how;
  return p;
}

/** Puts `p` at town `k` of `towns` (and returns it): `atRow` from the compact copy. */
function atTown(p: Place, towns: TownChoices, k: number): Place {
  const at = TOWN_VALUES * k;
  const { numbers } = towns;
  p.lat = numbers[at + 5];
  p.lon = numbers[at + 6];
  p.country = towns.countries[k];
  p.admin1 = towns.admin1Names[k];
  p.precision = 'exact';
  p.geonameId = numbers[at + 7];
  p.population = numbers[at + 3] || null;
  p.locatedBy = numbers[at + 4] ? 'import' : 'gazetteer';
  p.gazetteerName = towns.names[k] !== p.name ? towns.names[k] : null;
  return p;
}

/** Puts `p` at gazetteer town `id` (and returns it). */
function atRow(p: Place, id: number, gaz: Gazetteer): Place {
  const row = gaz.row(id);
  const key = gaz.rowAdmin1Key(id);
  const admin = key ? gaz.admin1ByKey(key) : undefined;
  p.lat = row.lat;
  p.lon = row.lon;
  p.country = row.country;
  p.admin1 = admin?.name ?? null;
  p.precision = 'exact';
  p.geonameId = row.geonameId;
  p.population = row.population || null;
  p.locatedBy = row.origin === 'import' ? 'import' : 'gazetteer';
  p.gazetteerName = row.name !== p.name ? row.name : null;
  return p;
}

/** Puts `p` at the seat of division `key` ("SY.09"), or leaves it unlocated in that division (and returns it). */
function atAdmin(p: Place, key: string, gaz: Gazetteer, precision: GeoPrecision): Place {
  const country = key.slice(0, 2);
  // a well-formed key ("SY.09") is looked up as it is, without splitting and re-joining it
  const admin = key.charCodeAt(2) === 0x2e && key.length > 3 ? gaz.admin1ByKey(key) : gaz.admin1Of(country, key.slice(3));
  const seat = admin && admin.seat >= 0 ? gaz.row(admin.seat) : null;
  p.lat = seat?.lat ?? null;
  p.lon = seat?.lon ?? null;
  p.country = country;
  p.admin1 = admin?.name ?? null;
  p.precision = seat ? precision : null;
  p.locatedBy = seat ? 'admin1' : null;
  return p;
}

/** The town a facility or road is near: "near X" in its sentence, else the closest located town in it. */
function nearbyPlace(m: Mention, all: readonly Mention[]): Place | null {
  let best: Place | null = null;
  let bestD = Infinity;
  for (const o of all) {
    if (o === m || o.sentence !== m.sentence || (o.kind !== 'populated' && o.kind !== 'facility')) continue;
    const p = o.place;
    if (!p || p.lat === null) continue;
    const inside = o.span[0] >= m.span[0] && o.span[1] <= m.span[1];
    const d = inside ? -1 : Math.abs(o.span[0] - m.span[1]);
    if (d < bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}

/** The division an unknown village's sentence names, or the division of a town in that sentence. */
function sentenceAdmin(m: Mention, all: readonly Mention[], gaz: Gazetteer): string | null {
  let fromTown: string | null = null;
  for (const o of all) {
    if (o.sentence !== m.sentence || o === m) continue;
    if (o.kind === 'admin1' && o.admin1Key) return o.admin1Key;
    if (o.row !== undefined && !fromTown) fromTown = gaz.rowAdmin1Key(o.row);
  }
  return fromTown;
}
