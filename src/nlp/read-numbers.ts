/**
 * Stage `read-numbers`: every number the text writes, as a NumberMention, before anyone knows what it counts.
 *
 * Reads digits with separators ("14,000", "1.5 million"), words ("twenty-one", "a dozen", "half a million"),
 * vague amounts ("dozens", "tens of thousands": value null, low/high implied by the word), ranges ("between 10 and
 * 15", "10-15", "two or three") and the qualifier in front of or behind the number ("more than", "at least", "or
 * more"). Ordinals ("46th"), alphanumeric names ("M5", "F-16"), clock times and numbers glued to letters are not
 * numbers here. "a"/"an"/"another" as 1 is decided by the figure extractor, which knows when they count people.
 */
import type { NumberMention, Qualifier, SitrepDocument, Span, Token } from '../model/document.js';
import { defineStage } from '../pipeline/stage.js';
import { classOf, codePointAt, DIGIT, isAsciiDigit, isLeadSurrogate, isTrailSurrogate, LETTER, MARK, SPACE, width } from './char-class.js';
import { wordTable } from './word-table.js';
import { boundedMemo } from './bounded-memo.js';

/** A word of the text with its offsets; `lower` is the lower-cased form used for table lookups. */
export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** Digit runs (with , or . groups), letter runs (with apostrophes), or single punctuation marks. */
export const WORD_RE = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{M}\d]/gu;

/** What documentWords keeps per document: the words and the text they were read from. */
interface DocumentWords {
  readonly text: string;
  readonly words: Word[];
}

/**
 * The words of each document still in use, by document: the stages that read words (numbers, figures, sources)
 * split a text once between them, even when a batch is analysed pass by pass (see Pipeline.runBatch) and other
 * documents are read between a document's stages. Kept weakly: a document's words go with it.
 */
const wordsByDocument = new WeakMap<object, DocumentWords>();

/**
 * The words of a document's whole text (see `wordsOf`), split once per document. Given the text's tokens, a word
 * that is exactly a token reuses the token's string instead of a copy.
 */
export function documentWords(doc: { readonly text: string; readonly tokens?: readonly Token[] }): Word[] {
  const known = wordsByDocument.get(doc);
  if (known && known.text === doc.text) return known.words;
  const words = wordsOf(doc.text, 0, doc.text.length, doc.tokens ?? []);
  wordsByDocument.set(doc, { text: doc.text, words });
  return words;
}

/**
 * Lower-case forms of words spelt as wink-nlp spells them (its strings live as long as the model, so this memo keeps
 * no document's text alive).
 */
const lowerOfKnown = boundedMemo((w) => w.toLowerCase());

/**
 * Splits `text[start, end)` into words with absolute offsets: the matches of WORD_RE, read by a hand-written scanner
 * that classifies each character with a table lookup instead of running the Unicode regex per word. A word that is
 * also one of `tokens` (the text's tokens, sorted by start) takes the token's string instead of a new copy.
 */
export function wordsOf(text: string, start = 0, end = text.length, tokens: readonly Token[] = []): Word[] {
  const out: Word[] = [];
  const slice = end === text.length ? text : text.slice(0, end);
  const n = slice.length;
  // like a global /u search, a start inside a surrogate pair means the whole pair; later stops are on boundaries
  let at = start > 0 && start < n && isTrailSurrogate(slice.charCodeAt(start)) && isLeadSurrogate(slice.charCodeAt(start - 1)) ? start - 1 : start;
  let k = 0;
  for (;;) {
    at = spacesEnd(slice, at);
    if (at >= n) break;
    const from = at;
    // most words are ASCII letters: read them in one loop that also notes a capital; anything else, or a run that
    // goes on past ASCII letters (an apostrophe, a non-ASCII letter or mark), is read by the general scanner
    let c = slice.charCodeAt(at);
    let capital = false;
    while ((c | 32) >= 97 && (c | 32) <= 122) {
      if (c < 97) capital = true;
      c = slice.charCodeAt(++at);
    }
    let changes = capital;
    if (at === from || c === 39 || c >= 128) {
      at = wordEnd(slice, from);
      changes = mayChangeCase(slice, from, at);
    }
    while (k < tokens.length && tokens[k].span[0] < from) k++;
    const token = k < tokens.length && tokens[k].span[0] === from && tokens[k].span[1] === at ? tokens[k] : null;
    const w = token ? token.text : slice.slice(from, at);
    out.push({ text: w, lower: !changes ? w : token ? lowerOfKnown(w) : w.toLowerCase(), start: from, end: at });
  }
  return out;
}

/** End of the whitespace run at `at`. */
function spacesEnd(s: string, at: number): number {
  return runEnd(s, at, SPACE);
}

/** False when `s[from, to)` is ASCII without capitals, which lower-casing leaves as it is. */
function mayChangeCase(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** End of the WORD_RE match at `at` (a non-space character): a digit run, a letter run, or one character. */
function wordEnd(s: string, at: number): number {
  const cp = codePointAt(s, at);
  const cls = classOf(cp);
  if (cls & DIGIT) return digitsEnd(s, at);
  if (cls & (LETTER | MARK)) return lettersEnd(s, at);
  return at + width(cp);
}

/** \d+(?:[.,]\d+)* */
function digitsEnd(s: string, at: number): number {
  let i = at;
  while (isAsciiDigit(s.charCodeAt(i))) i++;
  for (;;) {
    const c = s.charCodeAt(i);
    if ((c !== 46 && c !== 44) || !isAsciiDigit(s.charCodeAt(i + 1))) return i;
    i += 2;
    while (isAsciiDigit(s.charCodeAt(i))) i++;
  }
}

/** [\p{L}\p{M}]+(?:['’][\p{L}]+)* */
function lettersEnd(s: string, at: number): number {
  let i = runEnd(s, at, LETTER | MARK);
  for (;;) {
    const c = s.charCodeAt(i);
    if ((c !== 39 && c !== 0x2019) || i + 1 >= s.length || !(classOf(codePointAt(s, i + 1)) & LETTER)) return i;
    i = runEnd(s, i + 1, LETTER);
  }
}

/** End of the run of code points in class `mask` starting at `at`. */
function runEnd(s: string, at: number, mask: number): number {
  let i = at;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (!(classOf(c) & mask)) break;
      i++;
      continue;
    }
    const cp = codePointAt(s, i);
    if (!(classOf(cp) & mask)) break;
    i += width(cp);
  }
  return i;
}


/** Number words below twenty. */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});
export const TENS: Readonly<Record<string, number>> = wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Multipliers that close a group ("two thousand three hundred"). */
export const SCALES: Readonly<Record<string, number>> = wordTable({ thousand: 1e3, million: 1e6, billion: 1e9 });

/**
 * Vague amounts: no value, but the word implies bounds. "dozens" is at least two dozen and under a hundred;
 * "hundreds" at least two hundred and under a thousand, and so on. "several" is three to nine by common usage.
 * Words like "many", "multiple" or "numerous" imply no magnitude and are not read as amounts.
 */
export const VAGUE_AMOUNTS: Readonly<Record<string, readonly [low: number | null, high: number | null]>> = wordTable({
  'dozens': [24, 99],
  'scores': [40, 99],
  'hundreds': [200, 999],
  'thousands': [2000, 9999],
  'tens of thousands': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999],
  'millions': [2_000_000, null],
  'several': [3, 9],
  'a handful': [2, 6],
  'a few': [2, 5],
});

/** Qualifiers written before the number, longest first within each entry's first word. */
export const QUALIFIERS_BEFORE: ReadonlyArray<readonly [phrase: string, qualifier: Qualifier]> = [
  ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], ['in excess of', 'more-than'],
  ['upwards of', 'more-than'], ['upward of', 'more-than'], ['well over', 'more-than'], ['just over', 'more-than'],
  ['exceeding', 'more-than'], ['beyond', 'more-than'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['not less than', 'at-least'],
  ['a minimum of', 'at-least'], ['not fewer than', 'at-least'],
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['some', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'], ['approx', 'about'], ['nearly', 'almost'],
  ['almost', 'almost'], ['close to', 'almost'], ['just under', 'almost'], ['just shy of', 'almost'],
  ['up to', 'up-to'], ['as many as', 'up-to'], ['as much as', 'up-to'], ['at most', 'up-to'],
  ['a maximum of', 'up-to'], ['less than', 'up-to'], ['fewer than', 'up-to'], ['under', 'up-to'],
  ['between', 'range'], ['from', 'range'],
];

/** Qualifiers written after the number ("100 or more", "200-plus"). */
export const QUALIFIERS_AFTER: ReadonlyArray<readonly [phrase: string, qualifier: Qualifier]> = [
  ['or more', 'at-least'], ['and more', 'at-least'], ['plus', 'more-than'], ['+', 'more-than'], ['or so', 'about'],
  ['odd', 'about'],
];

/** Words joining two numbers into a range ("10-15", "10 to 15", "two or three", "between 10 and 15"). */
const RANGE_JOINERS = new Set(['-', '–', '—', 'to', 'or']);

/** Qualifier phrases before a number, longest first, under the word that touches the number (their last). */
const BEFORE = byWord(compilePhrases(QUALIFIERS_BEFORE), (parts) => parts[parts.length - 1]);
/** Qualifier phrases after a number, longest first, under their first word. */
const AFTER = byWord(compilePhrases(QUALIFIERS_AFTER), (parts) => parts[0]);

function compilePhrases(list: ReadonlyArray<readonly [string, Qualifier]>): Array<[string[], Qualifier]> {
  return list.map(([p, q]) => [p.split(' '), q] as [string[], Qualifier]).sort((a, b) => b[0].length - a[0].length);
}

/** Entries grouped under one of their words, each group in the list's order: only that word's group can match. */
function byWord<T extends readonly [string[], ...unknown[]]>(list: readonly T[], word: (parts: string[]) => string): ReadonlyMap<string, readonly T[]> {
  const m = new Map<string, T[]>();
  for (const e of list) {
    const k = word(e[0]);
    const group = m.get(k);
    if (group) group.push(e);
    else m.set(k, [e]);
  }
  return m;
}

/** Words that can start a number; every other word is skipped with one set lookup. */
const CANDIDATE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), 'a', 'half', ...Object.keys(VAGUE_AMOUNTS).map((k) => k.split(' ')[0]),
]);

/** The first characters and the longest length of the candidate words: most words fail these before a set lookup. */
const CANDIDATE_FIRST = Uint8Array.from({ length: 128 }, (_, c) => ([...CANDIDATE_WORDS].some((w) => w.charCodeAt(0) === c) ? 1 : 0));
const CANDIDATE_LONGEST = Math.max(...[...CANDIDATE_WORDS].map((w) => w.length));

/** Reads every number in `text` (pure; the stage wraps it). Spans are offsets into `text`. */
export function readNumbers(text: string): NumberMention[] {
  return readNumbersInWords(text, wordsOf(text));
}

/** Same as readNumbers, over words already split (the figure extractor shares them). */
export function readNumbersInWords(text: string, words: readonly Word[]): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i].lower;
    const c = w.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !(w.length <= CANDIDATE_LONGEST && CANDIDATE_FIRST[c] === 1 && CANDIDATE_WORDS.has(w))) {
      i++;
      continue;
    }
    const hit = readAt(text, words, i);
    if (!hit) {
      i++;
      continue;
    }
    out.push(hit.mention);
    i = hit.next;
  }
  return out;
}

interface Parsed {
  value: number;
  /** Index after the last word used. */
  next: number;
}

function readAt(text: string, words: readonly Word[], i: number): { mention: NumberMention; next: number } | null {
  const vague = readVague(words, i);
  if (vague) return finish(words, i, vague.next, null, vague.low, vague.high, 'vague');
  const first = readOne(text, words, i);
  if (!first) return null;
  // between N and M
  const prev = words[i - 1];
  if (prev?.lower === 'between' && words[first.next]?.lower === 'and') {
    const second = readOne(text, words, first.next + 1);
    if (second && second.value > first.value) return finish(words, i, second.next, null, first.value, second.value, 'range');
  }
  const joiner = words[first.next];
  if (joiner && RANGE_JOINERS.has(joiner.lower) && (joiner.lower.length > 1 || joiner.start === words[first.next - 1].end)) {
    const second = readOne(text, words, first.next + 1);
    if (second && second.value > first.value && !(joiner.lower === 'to' && prev?.lower !== 'from' && first.value >= 1000 && second.value < 100)) {
      return finish(words, i, second.next, null, first.value, second.value, 'range');
    }
  }
  return finish(words, i, first.next, first.value, first.value, first.value, 'exact');
}

function finish(
  words: readonly Word[],
  a: number,
  b: number,
  value: number | null,
  low: number | null,
  high: number | null,
  base: Qualifier,
): { mention: NumberMention; next: number } {
  const span: Span = [words[a].start, words[b - 1].end];
  let qualifier: Qualifier = base;
  let qualifierSpan: Span | null = null;
  const before = matchBefore(words, a);
  if (before && (base !== 'range' ? before.q !== 'range' : before.q === 'range')) {
    qualifierSpan = [words[before.at].start, words[a - 1].end];
    if (base === 'exact') qualifier = before.q;
  }
  let next = b;
  const after = base === 'exact' ? matchAfter(words, b) : null;
  if (after) {
    qualifier = after.q;
    qualifierSpan = [words[b].start, words[after.end - 1].end];
    next = after.end;
  }
  return { mention: { span, value, low, high, qualifier, qualifierSpan }, next };
}

function matchBefore(words: readonly Word[], a: number): { at: number; q: Qualifier } | null {
  const group = a > 0 ? BEFORE.get(words[a - 1].lower) : undefined;
  if (!group) return null;
  for (const [parts, q] of group) {
    const at = a - parts.length;
    if (at < 0) continue;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) ok = words[at + k].lower === parts[k];
    if (ok) return { at, q };
  }
  return null;
}

function matchAfter(words: readonly Word[], b: number): { end: number; q: Qualifier } | null {
  for (const [parts, q] of (b < words.length && AFTER.get(words[b].lower)) || []) {
    if (b + parts.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) ok = words[b + k].lower === parts[k];
    // "-plus" and "+" must touch the number or the hyphen; "or more" may be spaced
    if (ok && (parts[0] === '+' || parts[0] === 'plus') && words[b].start - words[b - 1].end > 1) ok = false;
    if (ok) return { end: b + parts.length, q };
  }
  if (words[b]?.text === '-' && words[b + 1]?.lower === 'plus' && words[b].start === words[b - 1].end) {
    return { end: b + 2, q: 'more-than' };
  }
  return null;
}

/** Vague amounts, longest first, under their first word. */
const VAGUE_KEYS = byWord(compileVague(), (parts) => parts[0]);
function compileVague(): Array<[string[], number | null, number | null]> {
  return Object.entries(VAGUE_AMOUNTS)
    .map(([k, [lo, hi]]) => [k.split(' '), lo, hi] as [string[], number | null, number | null])
    .sort((a, b) => b[0].length - a[0].length);
}

function readVague(words: readonly Word[], i: number): { next: number; low: number | null; high: number | null } | null {
  for (const [parts, low, high] of VAGUE_KEYS.get(words[i].lower) ?? []) {
    if (i + parts.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) ok = words[i + k].lower === parts[k];
    if (ok) return { next: i + parts.length, low, high };
  }
  return null;
}

/** Digits that are not numbers: glued to letters (M5, 46th, 10km is kept: the unit is read by the extractor). */
function isGluedDigits(text: string, w: Word): boolean {
  const before = text.charCodeAt(w.start - 1);
  if (isLetterCode(before)) return true; // M5, F16
  if (before === 45 && isLetterCode(text.charCodeAt(w.start - 2))) return true; // F-16, COVID-19
  const after = text.slice(w.end, w.end + 2).toLowerCase();
  if (/^(?:st|nd|rd|th)/.test(after) && !isLetterCode(text.charCodeAt(w.end + 2))) return true; // 46th
  if (text[w.end] === ':' && /\d/.test(text[w.end + 1] ?? '')) return true; // 10:30
  if (text[w.start - 1] === ':' && /\d/.test(text[w.start - 2] ?? '')) return true;
  return false;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0xbf && c < 0x2000;
}

const DIGIT_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function parseDigits(s: string): number | null {
  if (DIGIT_GROUPS.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (/^\d+\.\d{3}(?:\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, '')); // 1.234.567 (European)
  return null;
}

/** One number, no range: digits (with an optional scale word) or number words. */
function readOne(text: string, words: readonly Word[], i: number): Parsed | null {
  const w = words[i];
  if (!w) return null;
  if (w.lower.charCodeAt(0) >= 48 && w.lower.charCodeAt(0) <= 57) {
    if (isGluedDigits(text, w)) return null;
    let value = parseDigits(w.text);
    if (value === null) {
      // "10,15" is not a thousands group: read the part before the comma only
      const head = /^\d+/.exec(w.text)![0];
      value = Number(head);
      return { value, next: i + 1 };
    }
    const scale = words[i + 1] && SCALES[words[i + 1].lower];
    if (scale) return { value: Math.round(value * scale), next: i + 2 };
    if (words[i + 1]?.lower === 'dozen') return { value: value * 12, next: i + 2 };
    return { value, next: i + 1 };
  }
  return readWords(words, i);
}

/**
 * Number words: "twenty-one", "one hundred and five", "two thousand three hundred", "a hundred", "a dozen",
 * "half a million", "one and a half million".
 */
function readWords(words: readonly Word[], i: number): Parsed | null {
  const w = words[i];
  if (w.lower === 'half' && words[i + 1]?.lower === 'a' && SCALES[words[i + 2]?.lower ?? '']) {
    return { value: SCALES[words[i + 2].lower] / 2, next: i + 3 };
  }
  if ((w.lower === 'a' || w.lower === 'one') && words[i + 1]) {
    const n = words[i + 1].lower;
    if (n === 'dozen') return { value: 12, next: i + 2 };
    if (n === 'hundred' || SCALES[n]) return readCompound(words, i + 1, 1);
    if (w.lower === 'a') return null;
  }
  if (!(w.lower in SMALL_NUMBERS) && !(w.lower in TENS)) return null;
  return readCompound(words, i, 0);
}

function readCompound(words: readonly Word[], i: number, seed: number): Parsed | null {
  let total = 0;
  let current = seed;
  let j = i;
  let used = seed > 0;
  let lastWasSmall = false;
  while (j < words.length) {
    const l = words[j].lower;
    if (l in SMALL_NUMBERS && !lastWasSmall) {
      current += SMALL_NUMBERS[l];
      lastWasSmall = true;
    } else if (l in TENS && !lastWasSmall) {
      current += TENS[l];
      // twenty-one / twenty one
      const k = words[j + 1]?.text === '-' ? j + 2 : j + 1;
      const u = words[k]?.lower;
      if (u && u in SMALL_NUMBERS && SMALL_NUMBERS[u] > 0 && SMALL_NUMBERS[u] < 10) {
        current += SMALL_NUMBERS[u];
        j = k;
      }
      lastWasSmall = true;
    } else if (l === 'hundred' && used) {
      current = (current || 1) * 100;
      lastWasSmall = false;
    } else if (l === 'dozen' && used && current > 0 && current < 100) {
      current *= 12;
      lastWasSmall = false;
    } else if (SCALES[l] && used) {
      total += (current || 1) * SCALES[l];
      current = 0;
      lastWasSmall = false;
    } else if (l === 'and' && used && !lastWasSmall && isNumberWord(words[j + 1]?.lower)) {
      // "one hundred and five": "and" only continues after hundred/thousand
    } else if (l === 'and' && words[j + 1]?.lower === 'a' && words[j + 2]?.lower === 'half' && SCALES[words[j + 3]?.lower ?? '']) {
      // "one and a half million"
      total += (current + 0.5) * SCALES[words[j + 3].lower];
      current = 0;
      j += 4;
      used = true;
      break;
    } else break;
    used = true;
    j++;
  }
  if (!used || j === i) return null;
  // trailing "and" that did not continue
  while (j > i && words[j - 1].lower === 'and') j--;
  return { value: total + current, next: j };
}

function isNumberWord(l: string | undefined): boolean {
  return !!l && (l in SMALL_NUMBERS || l in TENS);
}

export const readNumbersStage = defineStage({
  name: 'read-numbers',
  requires: ['text'],
  assigns: ['numbers'],
  run(doc: SitrepDocument) {
    doc.numbers = readNumbersInWords(doc.text, documentWords(doc));
  },
});
