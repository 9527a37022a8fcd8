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

/**
 * The token array the tokenize stage made last, which it builds in text order, and its POS lookup. The stage that
 * asks (the actor finder) reads the same document right after, so its tokens need neither a walk to check their
 * order (~600 token objects, long out of the cache by then) nor an entry in the WeakMap.
 */
let lastSorted: readonly Token[] | null = null;
let lastSortedIndex: OffsetLookup<string> | null = null;

/**
 * Notes that `tokens` are sorted by start, as the tokenize stage knows of the tokens it has just built: posByStart
 * then searches them without checking. Call it only for such an array, and do not reorder it after.
 */
export function noteSortedByStart(tokens: readonly Token[]): void {
  lastSorted = tokens;
  lastSortedIndex = null;
}

/** The POS tag of the token starting at `offset` (the last such token, as a Map filled in order would give). */
export function posByStart(tokens: readonly Token[]): OffsetLookup<string> {
  if (tokens === lastSorted) return (lastSortedIndex ??= { get: (offset) => lastStartingAt(tokens, offset)?.pos });
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
