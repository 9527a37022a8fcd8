/**
 * Lookups into a document's tokens by character offset, without building a Map of every token: tokens from the
 * tokenize stage are sorted by start, so a binary search finds one. (Tokens that are not sorted, e.g. built by
 * hand, fall back to a Map.) Remembered per token array, so stages share one index.
 */
import type { Token } from '../model/document.js';
import { lowerBound } from '../model/document.js';

export interface OffsetLookup<T> {
  get(offset: number): T | undefined;
}

const posIndexes = new WeakMap<readonly Token[], OffsetLookup<string>>();

/** The POS tag of the token starting at `offset` (the last such token, as a Map filled in order would give). */
export function posByStart(tokens: readonly Token[]): OffsetLookup<string> {
  let index = posIndexes.get(tokens);
  if (!index) {
    index = sortedByStart(tokens) ? { get: (offset) => lastStartingAt(tokens, offset)?.pos } : mapByStart(tokens);
    posIndexes.set(tokens, index);
  }
  return index;
}

function sortedByStart(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].span[0] < tokens[i - 1].span[0]) return false;
  return true;
}

function lastStartingAt(tokens: readonly Token[], offset: number): Token | undefined {
  // one before the first token starting after `offset`
  const t = tokens[lowerBound(tokens.length, (i) => tokens[i].span[0], offset + 1) - 1];
  return t && t.span[0] === offset ? t : undefined;
}

function mapByStart(tokens: readonly Token[]): OffsetLookup<string> {
  const m = new Map<number, string>();
  for (const t of tokens) m.set(t.span[0], t.pos);
  return m;
}

/** Anything with a half-open character range, like the number reader's words. */
interface Ranged {
  readonly start: number;
  readonly end: number;
}

/** Index of the word starting at an offset (as a Map filled from the words would give). */
export function wordIndexByStart(words: readonly Ranged[]): OffsetLookup<number> {
  return byOffset(words, (w) => w.start, 0);
}

/** One past the index of the word ending at an offset (as a Map filled from the words would give). */
export function wordIndexByEnd(words: readonly Ranged[]): OffsetLookup<number> {
  return byOffset(words, (w) => w.end, 1);
}

function byOffset(words: readonly Ranged[], key: (w: Ranged) => number, shift: number): OffsetLookup<number> {
  for (let i = 1; i < words.length; i++) {
    if (key(words[i]) <= key(words[i - 1])) return mapByOffset(words, key, shift);
  }
  return {
    get(offset) {
      const lo = lowerBound(words.length, (i) => key(words[i]), offset);
      return lo < words.length && key(words[lo]) === offset ? lo + shift : undefined;
    },
  };
}

function mapByOffset(words: readonly Ranged[], key: (w: Ranged) => number, shift: number): OffsetLookup<number> {
  const m = new Map<number, number>();
  words.forEach((w, i) => m.set(key(w), i + shift));
  return m;
}
