/**
 * A light word scanner for names: words with their spans, capitalisation and possessive marks, and runs of
 * capitalised words joined by name connectors ("Hayat Tahrir al-Sham", "Syrian Observatory for Human Rights").
 * Used by the actor and place finders instead of wink tokens, because wink splits transliterated names with
 * diacritics ("Dārat ‘Izzah") into pieces.
 */
import { classOf, codePointAt, isLeadSurrogate, isTrailSurrogate, LETTER, MARK, NUMBER, width } from '../nlp/char-class.js';

export interface Word {
  /** The word without a trailing possessive. */
  readonly text: string;
  readonly start: number;
  /** End of `text` (before any possessive). */
  readonly end: number;
  readonly cap: boolean;
  readonly possessive: boolean;
  /** What separates this word from the previous one: '' (start), ' ', '-', or 'x' for punctuation. */
  readonly gap: ' ' | '-' | 'x' | '';
  /** `plainKey` of the word: a hash of its lower case when it is ASCII letters and digits only, else -1. */
  readonly key: number;
}

/** The text a set of scanned words were read from: one holder shared by the words of a scan. */
interface ScanSource {
  text: string;
}

/** A scanned word: its text is sliced from the document when first asked for (most words are only tested by offset). */
class ScannedWord implements Word {
  private form: string | undefined = undefined;

  constructor(
    private source: ScanSource,
    public start: number,
    public end: number,
    public cap: boolean,
    public possessive: boolean,
    public gap: Word['gap'],
    public key: number,
  ) {}

  get text(): string {
    return (this.form ??= this.source.text.slice(this.start, this.end));
  }

  /** Makes this word another one of the same source (see WordPool). */
  reset(start: number, end: number, cap: boolean, possessive: boolean, gap: Word['gap'], key: number): this {
    this.form = undefined;
    this.start = start;
    this.end = end;
    this.cap = cap;
    this.possessive = possessive;
    this.gap = gap;
    this.key = key;
    return this;
  }
}

/**
 * Word objects for a document's whole-text scan, reused from document to document: a scan makes ~1,000 words that
 * live through two stages, and reusing them cuts those stages' allocation by a third. A document's words are
 * therefore valid only until the next document's scan (see documentNameWords).
 */
class WordPool {
  private readonly source: ScanSource = { text: '' };
  private readonly words: ScannedWord[] = [];
  private used = 0;

  /** Starts a scan of `text`: every word handed out before is given out again. */
  begin(text: string): void {
    this.source.text = text;
    this.used = 0;
  }

  take(start: number, end: number, cap: boolean, possessive: boolean, gap: Word['gap'], key: number): ScannedWord {
    if (this.used < this.words.length) return this.words[this.used++].reset(start, end, cap, possessive, gap, key);
    const w = new ScannedWord(this.source, start, end, cap, possessive, gap, key);
    if (this.words.length < POOLED_WORDS) {
      this.words.push(w);
      this.used++;
    }
    return w;
  }
}

/** Words kept for reuse: a long report's worth; longer documents make fresh objects past it. */
const POOLED_WORDS = 1 << 14;
const pool = new WordPool();

/** Makes fresh words of one text (a part-text scan, kept by its caller). */
class FreshWords {
  private readonly source: ScanSource;
  constructor(text: string) {
    this.source = { text };
  }
  take(start: number, end: number, cap: boolean, possessive: boolean, gap: Word['gap'], key: number): ScannedWord {
    return new ScannedWord(this.source, start, end, cap, possessive, gap, key);
  }
}

export interface Run {
  /** Word index range, half-open. */
  readonly from: number;
  readonly to: number;
}

/** An upper-case letter at `lastIndex`. */
const UPPER = /\p{Lu}/uy;
/** Words (see `wordEnd`) are a letter or number, then letters, marks, numbers and these marks: [\p{L}\p{N}][\p{L}\p{M}\p{N}'’‘ʿʾ`]*. */
const IN_WORD_MARK_CODES: ReadonlySet<number> = new Set([0x27, 0x2019, 0x2018, 0x2bf, 0x2be, 0x60]);

/** Marks that may open a scanned word ("ʿIzzah") and are not part of it. */
const LEADING_MARK_CODES: ReadonlySet<number> = new Set([0x27, 0x2019, 0x2018, 0x2bf, 0x2be, 0x60]);
/** Apostrophes that close a possessive ("Aleppo's", "rebels’"). */
const APOSTROPHE_CODES: ReadonlySet<number> = new Set([0x27, 0x2019]);
/** Characters that, alone between two words, make a hyphen gap ("al-Sham"). */
const HYPHEN_CODES: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2011]);
/** Characters that, and only they, make a space gap. */
const SPACE_CODES: ReadonlySet<number> = new Set([0x20, 0x09, 0xa0]);

/**
 * Words that join capitalised words into one name. Transliterated Arabic articles (al-, el-, ash-…) and
 * connectors of organisation names (of, for, the) appear in lower case inside names.
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'adh', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'an', 'ed', 'es', 'et', 'ez', 'en',
  'of', 'for', 'the', 'bin', 'ibn', 'bint', 'abu', 'de', 'du', 'des', 'la', 'le', 'da', 'di', 'do', 'dos', 'van',
  'von', 'y', 'wa', 'wal', 'ul', 'ud', 'ur', 'e',
]);

/**
 * Connectors that join names even when written with a space ("Bab al Hawa", "Ministry of Health"); the others
 * ("as", "at", "an", "es"…) are English or French words too, so they join only when hyphenated ("Tall at-Tamr").
 */
export const SPACED_CONNECTORS: ReadonlySet<string> = new Set([
  'al', 'el', 'of', 'for', 'the', 'bin', 'ibn', 'bint', 'abu', 'de', 'du', 'des', 'la', 'le', 'da', 'di', 'dos',
  'van', 'von',
]);

/** Connectors that may also begin a name when hyphenated to it ("al-Nayrab"). */
export const ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'adh', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'an', 'ed', 'es', 'et', 'ez', 'en',
]);

/** Per-character flags for the scanner, read from the code sets above (no character past U+2019 is in any set). */
const WORD_START = 1;
const IN_WORD = 2;
const LEADING_MARK = 4;
const APOSTROPHE = 8;
const HYPHEN = 16;
const SPACE_GAP = 32;
const CODE_FLAGS = buildCodeFlags();

function buildCodeFlags(): Uint8Array {
  const flags = new Uint8Array(0x2020);
  for (let c = 0; c < 128; c++) {
    if (classOf(c) & (LETTER | NUMBER)) flags[c] |= WORD_START;
    if (classOf(c) & (LETTER | MARK | NUMBER) || IN_WORD_MARK_CODES.has(c)) flags[c] |= IN_WORD;
  }
  const mark = (codes: ReadonlySet<number>, flag: number): void => codes.forEach((c) => (flags[c] |= flag));
  mark(LEADING_MARK_CODES, LEADING_MARK);
  mark(APOSTROPHE_CODES, APOSTROPHE);
  mark(HYPHEN_CODES, HYPHEN);
  mark(SPACE_CODES, SPACE_GAP);
  return flags;
}

/** Whether code unit `c` is one of the codes marked `flag` in CODE_FLAGS. */
function hasFlag(c: number, flag: number): boolean {
  return c < 0x2020 && (CODE_FLAGS[c] & flag) !== 0;
}

let lastText: string | null = null;
let lastWords: readonly Word[] = [];

/** Scans `text[from, to)` into words (fresh ones, the caller's to keep). */
export function scanWords(text: string, from = 0, to = text.length): readonly Word[] {
  return scan(text, from, to, new FreshWords(text));
}

/**
 * The words of a document's whole text, for the stages that read one document at a time (the actor and place
 * finders): the scan is remembered for the last text, so they share it, and its word objects are reused for the next
 * document. So the result is valid only until `documentNameWords` is asked for another text, and must not be mutated;
 * use `scanWords` for words to keep.
 */
export function documentNameWords(text: string): readonly Word[] {
  if (text !== lastText) {
    pool.begin(text);
    lastWords = scan(text, 0, text.length, pool);
    lastText = text;
  }
  return lastWords;
}

function scan(text: string, from: number, to: number, make: WordPool | FreshWords): Word[] {
  const out: Word[] = [];
  let prevEnd = from;
  // like a /u regex's lastIndex, a start inside a surrogate pair means the whole pair
  const first = from > 0 && isTrailSurrogate(text.charCodeAt(from)) && isLeadSurrogate(text.charCodeAt(from - 1)) ? from - 1 : from;
  for (let at = nextWordStart(text, first); at >= 0 && at < to; at = nextWordStart(text, at)) {
    const matchStart = at;
    at = plainRun(text, at);
    const c = text.charCodeAt(at);
    if (at > matchStart && !(c < 128 && CODE_FLAGS[c] & IN_WORD) && !(c >= 128 && continuesWord(c, text, at))) {
      // ASCII letters and digits only (most words): no leading mark, no possessive, its key already read
      const gap = out.length === 0 ? '' : gapBetween(text, prevEnd, matchStart);
      out.push(make.take(matchStart, at, isUpper(text, matchStart), false, gap, runKey));
      prevEnd = at;
      continue;
    }
    at = wordEnd(text, matchStart);
    const matchEnd = at;
    let start = matchStart;
    while (start < matchEnd && hasFlag(text.charCodeAt(start), LEADING_MARK)) start++;
    let end = matchEnd;
    const possessive = end - start > 2 ? possessiveLength(text, start, end) : 0;
    end -= possessive;
    if (end === start) continue;
    const gap = out.length === 0 ? '' : gapBetween(text, prevEnd, matchStart);
    out.push(make.take(start, end, isUpper(text, start), possessive > 0, gap, plainKey(text, start, end)));
    prevEnd = matchEnd;
  }
  return out;
}

/** Where the next word starts at or after `i` (a letter or a number), or -1. */
function nextWordStart(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (CODE_FLAGS[c] & WORD_START) return i;
      i++;
      continue;
    }
    const cp = codePointAt(text, i);
    if (classOf(cp) & (LETTER | NUMBER)) return i;
    i += width(cp);
  }
  return -1;
}

/** The key (see plainKey) of the last run `plainRun` read. */
let runKey = -1;

/** End of the run of ASCII letters and digits at `i`; its key is left in `runKey`. */
function plainRun(text: string, i: number): number {
  let h = 0x811c9dc5;
  for (;;) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) break;
    h = Math.imul(h ^ c, 0x01000193);
    i++;
  }
  runKey = h & 0x3fffffff;
  return i;
}

/** A non-ASCII code unit at `i` that `wordEnd` would read as part of the word (a letter, mark, number or in-word mark). */
function continuesWord(c: number, text: string, i: number): boolean {
  if (IN_WORD_MARK_CODES.has(c)) return true;
  return (classOf(codePointAt(text, i)) & (LETTER | MARK | NUMBER)) !== 0;
}

/** Where the word starting at `i` ends: letters, marks, numbers and in-word apostrophes. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  i += width(codePointAt(text, i));
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!(CODE_FLAGS[c] & IN_WORD)) break;
      i++;
      continue;
    }
    const cp = codePointAt(text, i);
    if (!(classOf(cp) & (LETTER | MARK | NUMBER)) && !IN_WORD_MARK_CODES.has(cp)) break;
    i += width(cp);
  }
  return i;
}

/** Length of a trailing possessive mark in text[start, end): "'", "’", "'s" or "’s"; 0 when there is none. */
function possessiveLength(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (hasFlag(last, APOSTROPHE)) return 1;
  if (last === 0x73 && end - 2 >= start && hasFlag(text.charCodeAt(end - 2), APOSTROPHE)) return 2;
  return 0;
}

function gapBetween(text: string, a: number, b: number): ' ' | '-' | 'x' {
  let k = a;
  while (k < b && hasFlag(text.charCodeAt(k), SPACE_GAP)) k++;
  if (k === b) return ' ';
  return b - a === 1 && hasFlag(text.charCodeAt(a), HYPHEN) ? '-' : 'x';
}

/**
 * A 30-bit hash (FNV-1a) of the lower case of text[start, end) when it is ASCII letters and digits only, else -1.
 * Scanned once per word, so word filters test a word without reading or copying its letters again.
 */
export function plainKey(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return -1;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h & 0x3fffffff; // 30 bits: a small integer, stored unboxed
}

/** Size, in bits, of a WordFilter: a few hundred words set a few percent of them. */
const FILTER_BITS = 1 << 14;

/**
 * A bit filter over a set of lower-case words, so a pass over every word of a document rejects most of them without
 * a Map lookup: `maybe` is false only for a plain word (ASCII letters and digits) whose lower case is not in the set.
 */
export class WordFilter {
  private readonly bits = new Uint32Array(FILTER_BITS / 32);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const h = plainKey(w, 0, w.length);
      if (h >= 0) this.set(h);
    }
  }

  /** False only when the word is plain and not in the set. */
  maybe(word: Word): boolean {
    const h = word.key & (FILTER_BITS - 1);
    return word.key < 0 || (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }

  private set(key: number): void {
    const h = key & (FILTER_BITS - 1);
    this.bits[h >>> 5] |= 1 << (h & 31);
  }
}

/** The word at `at` starts with an upper-case letter (\p{Lu}). */
function isUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  UPPER.lastIndex = at;
  return UPPER.test(text);
}

/**
 * Runs of capitalised words. A run may start with a hyphenated article ("al-Nayrab") and may contain connectors
 * followed by a capitalised word; it ends at punctuation or after a possessive.
 */
export function capitalisedRuns(words: readonly Word[]): readonly Run[] {
  if (words !== lastRunWords) {
    lastRuns = findRuns(words);
    lastRunWords = words;
  }
  return lastRuns;
}

/** The runs of the last word list asked for: the actor and place finders ask for the same document's runs. */
let lastRunWords: readonly Word[] | null = null;
let lastRuns: readonly Run[] = [];

/** NAME_CONNECTORS (which hold SPACED_CONNECTORS) as a filter: most words after a name join nothing. */
const CONNECTOR_FILTER = new WordFilter(NAME_CONNECTORS);

function findRuns(words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    const startsWithArticle =
      !w.cap && words[i + 1]?.gap === '-' && words[i + 1].cap && ARTICLES.has(w.text.toLowerCase());
    if (!w.cap && !startsWithArticle) {
      i++;
      continue;
    }
    let j = i + 1;
    if (!w.possessive) {
      while (j < words.length && words[j].gap !== 'x') {
        const next = words[j];
        if (next.cap) {
          j++;
          if (next.possessive) break;
          continue;
        }
        if (!CONNECTOR_FILTER.maybe(next)) break;
        const lower = next.text.toLowerCase();
        const joins = SPACED_CONNECTORS.has(lower) || (NAME_CONNECTORS.has(lower) && words[j + 1]?.gap === '-');
        if (joins && words[j + 1]?.cap && words[j + 1].gap !== 'x') {
          j++;
          continue;
        }
        break;
      }
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

/** "the", "The", "THE": the scanned word is the article. */
export function isThe(text: string, word: Word): boolean {
  const at = word.start;
  return word.end - at === 3 && (text.charCodeAt(at) | 0x20) === 0x74 && (text.charCodeAt(at + 1) | 0x20) === 0x68 && (text.charCodeAt(at + 2) | 0x20) === 0x65;
}

/** A name without a leading "the " in any case ("the Observatory" → "Observatory"); the regex runs only after a t/T. */
export function withoutThe(name: string): string {
  return (name.charCodeAt(0) | 0x20) === 0x74 ? name.replace(LEADING_THE, '') : name;
}

const LEADING_THE = /^the\s+/i;

/** Documents up to this many words reuse one buffer of per-word marks (see WordMarks). */
export const REUSED_MARKS = 1 << 16;

/**
 * Per-word marks of one document at a time (covered, blocked…), in one buffer reused from document to document, so a
 * stage allocates none for a usual document. Each stage keeps its own; a document's marks are valid until the next.
 */
export class WordMarks {
  private buffer = new Uint8Array(1024);

  /** Cleared marks for `n` words. */
  cleared(n: number): Uint8Array {
    if (n > REUSED_MARKS) return new Uint8Array(n);
    if (this.buffer.length < n) this.buffer = new Uint8Array(Math.min(REUSED_MARKS, 2 * n));
    else this.buffer.fill(0, 0, n);
    return this.buffer;
  }
}

/**
 * Sets flags[a, b) to 1 (per-word marks such as "covered"). A loop, not `fill`: a name covers one to a few words, and
 * typed-array `fill` costs a runtime call each time, more than the loop over so few words.
 */
export function setFlags(flags: Uint8Array, a: number, b: number): void {
  for (let k = a; k < b; k++) flags[k] = 1;
}

/** True when any of flags[a, b) is set (per-word marks such as "covered" or "blocked"), without a subarray view. */
export function anySet(flags: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (flags[k]) return true;
  return false;
}
