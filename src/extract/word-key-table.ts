/**
 * A flat hash table from (node, plain word) pairs to small integers, in one Int32Array: the word tables a finder
 * consults for every candidate word of every document (the actor key trie, its words' facts) as a few cache lines
 * instead of Maps of strings and the objects behind them. Inside the pipeline those tables are evicted between
 * documents by tokenisation, so what a lookup costs is mostly how many cache lines it touches: here one, usually.
 *
 * A word is known by two independent 30-bit hashes of its lower case (geo-words' `plainKey`, read once per word by
 * the scanner, and `plainCheck`): a slot matches only when both agree, which two different words do with odds of
 * about 2^-60, so no string is kept or compared.
 */
import { plainKey, type Word } from './geo-words.js';

/** Int32s per slot: parent node + 1 (0: empty slot), the word's key, its check hash, the value. */
const SLOT = 4;

export class WordKeyTable {
  private slots = new Int32Array(SLOT * 64);
  private mask = 63;
  private size = 0;

  /** The value stored for `word` (plain: key ≥ 0) under `parent`, or -1. `text` is the text the word was read from. */
  get(parent: number, text: string, word: Word): number {
    if (word.key < 0) return -1;
    return this.find(parent, word.key, plainCheck(text, word.start, word.end));
  }

  /** The value stored for a plain lower-case `word` under `parent`, or -1. */
  getWord(parent: number, word: string): number {
    const key = plainKey(word, 0, word.length);
    return key < 0 ? -1 : this.find(parent, key, plainCheck(word, 0, word.length));
  }

  /** Stores `value` (≥ 0) for the plain lower-case `word` under `parent` (≥ 0), replacing any earlier value. */
  set(parent: number, word: string, value: number): void {
    const key = plainKey(word, 0, word.length);
    if (key < 0) throw new Error(`sitrep: WordKeyTable.set takes plain words (ASCII letters and digits), not "${word}".`);
    if (!(parent >= 0 && value >= 0)) throw new Error(`sitrep: WordKeyTable.set takes a parent and a value of 0 or more (-1 is get's "absent"), not ${parent} and ${value}.`);
    if (4 * (this.size + 1) > 3 * (this.mask + 1)) this.grow();
    this.put(parent, key, plainCheck(word, 0, word.length), value);
  }

  private find(parent: number, key: number, check: number): number {
    const s = this.slots;
    for (let i = mix(parent, key) & this.mask; ; i = (i + 1) & this.mask) {
      const at = i * SLOT;
      const tag = s[at];
      if (tag === 0) return -1;
      if (tag === parent + 1 && s[at + 1] === key && s[at + 2] === check) return s[at + 3];
    }
  }

  private put(parent: number, key: number, check: number, value: number): void {
    const s = this.slots;
    for (let i = mix(parent, key) & this.mask; ; i = (i + 1) & this.mask) {
      const at = i * SLOT;
      if (s[at] === 0) this.size++;
      else if (!(s[at] === parent + 1 && s[at + 1] === key && s[at + 2] === check)) continue;
      s[at] = parent + 1;
      s[at + 1] = key;
      s[at + 2] = check;
      s[at + 3] = value;
      return;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * (this.mask + 1) - 1;
    this.slots = new Int32Array(SLOT * (this.mask + 1));
    this.size = 0;
    for (let at = 0; at < old.length; at += SLOT) if (old[at] !== 0) this.put(old[at] - 1, old[at + 1], old[at + 2], old[at + 3]);
  }
}

/** Slot index of a (parent, key) pair before masking. */
function mix(parent: number, key: number): number {
  return Math.imul(key ^ Math.imul(parent, 0x9e3779b1), 0x85ebca6b) >>> 7;
}

/**
 * A second 30-bit hash of the lower case of a plain word text[start, end), independent of plainKey (another
 * multiplier and mixing), so the pair tells words apart where one hash alone might not.
 */
export function plainCheck(text: string, start: number, end: number): number {
  let h = end - start;
  for (let k = start; k < end; k++) h = Math.imul(h ^ (text.charCodeAt(k) | 0x20), 0x5bd1e995) ^ (h >>> 15);
  return h & 0x3fffffff;
}
