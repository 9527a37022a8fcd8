/**
 * Classifies a sentence into an ACLED event type and sub-event type by the keyword rules in tables/events.ts.
 * Territory changes become "Government regains territory" or "Non-state actor overtakes territory" by the side of
 * the acting actor, or an armed clash when the side is unknown.
 *
 * A sentence is first read once for the rules' trigger words (see TriggerIndex); only the cues whose triggers occur
 * run their patterns, in table order.
 */
import type { EventType } from '../model/entities.js';
import { isWordCode } from '../nlp/char-class.js';
import { EVENT_RULES, NO_FATALITIES, RESPONSIBILITY_CUES, TERRITORY_SUBTYPES } from './tables/events.js';
import type { EventCue } from './tables/events.js';

export interface EventClass {
  type: EventType;
  subType: string;
  /** Offset of the trigger word within the classified text. */
  at: number;
}

export function classifyEvent(sentence: string, actingSide: 'state' | 'nonstate' | null = null): EventClass | null {
  const k = ruleOf(cuesIn(sentence, 0, sentence.length), sentence);
  if (k < 0) return null;
  return { ...classOfRule(k, actingSide), at: sentence.search(EVENT_RULES[k].pattern) };
}

/** The type and sub-type of rule `k`: a territory change is typed by the acting side. */
export function classOfRule(k: number, actingSide: 'state' | 'nonstate' | null): Omit<EventClass, 'at'> {
  const rule = EVENT_RULES[k];
  if (rule.subType === 'Territory change') return { type: 'Battles', subType: actingSide ? TERRITORY_SUBTYPES[actingSide] : 'Armed clash' };
  return { type: rule.type, subType: rule.subType };
}

/** Every cue: the rules' in table order, then the "no one was killed" cues. A cue's number is its place here. */
const CUES: readonly EventCue[] = [...EVENT_RULES.flatMap((r) => r.cues), ...NO_FATALITIES];
/** The rule of each rule cue. */
const RULE_OF_CUE: readonly number[] = EVENT_RULES.flatMap((r, k) => r.cues.map(() => k));
/** Cues numbered from here on are NO_FATALITIES's. */
const FIRST_NO_FATALITIES = RULE_OF_CUE.length;
/** Cues numbered from here on are RESPONSIBILITY_CUES's (cue `c` is `RESPONSIBILITY_CUES[c - FIRST_RESPONSIBILITY]`). */
export const FIRST_RESPONSIBILITY = CUES.length;

/**
 * Cue numbers, ascending: the first `count` of `numbers`. A list is filled again and again (sentence after sentence),
 * so it keeps its storage rather than emptying the array.
 */
export class CueList {
  readonly numbers: number[] = [];
  count = 0;
}

/**
 * The cues whose triggers occur in `text[from, to)`, ascending: event cues, then responsibility cues from
 * FIRST_RESPONSIBILITY on. The whole text is read once and remembered for the last text, so the sentences of a
 * document, and the event and responsibility stages, share one pass. The list is reused by the next call: read it
 * before asking about another stretch.
 */
export function cuesIn(text: string, from: number, to: number): CueList {
  if (text !== lastText) {
    INDEX.find(text, 0, text.length, HITS);
    lastText = text;
  }
  found.count = 0;
  collect(HITS, from, to, found);
  return found;
}

const found = new CueList();
let lastText: string | null = null;

/**
 * The first rule in table order with a cue among `cues` (from cuesIn) whose pattern matches `sentence`, or -1. Cue
 * numbers ascend with the rules, so the first cue that matches belongs to the first rule that does.
 */
export function ruleOf(cues: CueList, sentence: string): number {
  for (let i = 0; i < cues.count; i++) {
    const c = cues.numbers[i];
    if (c >= FIRST_NO_FATALITIES) break;
    if (CUES[c].pattern.test(sentence)) return RULE_OF_CUE[c];
  }
  return -1;
}

/** Whether `sentence` says nobody died (by NO_FATALITIES), given its `cues` from cuesIn. */
export function saysNoFatalities(cues: CueList, sentence: string): boolean {
  for (let i = 0; i < cues.count; i++) {
    const c = cues.numbers[i];
    if (c >= FIRST_NO_FATALITIES && c < FIRST_RESPONSIBILITY && CUES[c].pattern.test(sentence)) return true;
  }
  return false;
}

/** A trigger as written (lower case), where its key sits in it, and the groups (cues) it stands for. */
interface Trigger {
  text: string;
  /** Offset of the trigger's three key characters in `text`. */
  keyAt: number;
  /** Whether the trigger counts only at a word start. */
  wordStart: boolean;
  groups: number[];
}

/** Key bits per character: `c & 31` folds an ASCII letter's two cases together (other characters only collide). */
const KEY_BITS = 5;
const KEY_MASK = (1 << (3 * KEY_BITS)) - 1;

/** The key of three characters: their low five bits. */
function key3(a: number, b: number, c: number): number {
  return ((a & 31) << (2 * KEY_BITS)) | ((b & 31) << KEY_BITS) | (c & 31);
}

/**
 * How common each character is in English text, in percent (letters by their usual frequency, the space more common
 * than any letter, other characters rare). A trigger is keyed by its least common three characters, so a pass over
 * text stops at fewer places that merely share a key with a trigger ("war" of "warplane" is everywhere, "rpl" is not).
 */
const LETTER_PERCENT: Readonly<Record<string, number>> = {
  ' ': 18, e: 12.7, t: 9.1, a: 8.2, o: 7.5, i: 7, n: 6.7, s: 6.3, h: 6.1, r: 6, d: 4.3, l: 4, c: 2.8, u: 2.8, m: 2.4,
  w: 2.4, f: 2.2, g: 2, y: 2, p: 1.9, b: 1.5, v: 1, k: 0.8, j: 0.15, x: 0.15, q: 0.1, z: 0.07,
};
const OTHER_PERCENT = 0.5;
/** The most common three-letter sequences of English (endings and function words), which letters alone rate too low. */
const COMMON_TRIGRAMS: ReadonlySet<string> = new Set([
  'the', 'and', 'ing', 'ent', 'ion', 'her', 'for', 'tha', 'int', 'ere', 'tio', 'ter', 'est', 'ers', 'ati', 'hat',
  'ate', 'all', 'ver', 'his', 'ith', 'res', 'con', 'pro', 'ill', 'ted', 'com', 'men', 'nce', 'sta', 'was',
]);
/** How much rarer than its letters a common sequence is taken to be. */
const COMMON_TRIGRAM_FACTOR = 100;

/** The offset of the least common three characters of `t`. */
function rarestKeyAt(t: string): number {
  const pct = (ch: string): number => LETTER_PERCENT[ch] ?? OTHER_PERCENT;
  let best = 0;
  let bestScore = Infinity;
  for (let d = 0; d + 3 <= t.length; d++) {
    const score = pct(t[d]) * pct(t[d + 1]) * pct(t[d + 2]) * (COMMON_TRIGRAMS.has(t.slice(d, d + 3)) ? COMMON_TRIGRAM_FACTOR : 1);
    if (score < bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Which groups of trigger words occur in a stretch of text, found by one pass over its characters instead of a
 * regex per group. `words` count at a word start (the stretch's start, or after a character other than an ASCII
 * letter, digit or `_`, as `\b` reads it), `within` anywhere. Letters compare in either case (ASCII only, as a
 * regex's `i` flag does), other characters exactly. The pass keeps the key of the last three characters; a bit per
 * key says whether some trigger holds them, and only then are those triggers compared.
 *
 * One pass over a whole text (`find`) serves any stretch of it (`collect`): a trigger counts in a stretch when it lies
 * inside, and a word trigger that follows a word character counts only at the stretch's start.
 */
export class TriggerIndex {
  /** Bit per key: some trigger holds it. */
  private readonly bits = new Int32Array(1 << (3 * KEY_BITS - 5));
  /** How many keys of the words before each word of `bits` have their bit set: a key's rank among the set keys. */
  private readonly ranks = new Uint16Array(1 << (3 * KEY_BITS - 5));
  /** The triggers of each set key, by its rank. */
  private readonly byRank: Trigger[][] = [];

  /** Group `g` is `groups[g]`: any of its words or within-letters stands for it. */
  constructor(groups: readonly { readonly words: readonly string[]; readonly within: readonly string[] }[]) {
    const byKey = new Map<number, Trigger[]>();
    groups.forEach((g, k) => {
      for (const t of g.words) this.add(byKey, t, true, k);
      for (const t of g.within) this.add(byKey, t, false, k);
    });
    let rank = 0;
    for (let w = 0; w < this.bits.length; w++) {
      this.ranks[w] = rank;
      rank += bitCount(this.bits[w]);
    }
    for (const k of [...byKey.keys()].sort((a, b) => a - b)) this.byRank.push(byKey.get(k) ?? []);
  }

  /** Adds to `out` (ascending, no repeats) the groups with a trigger in `text[from, to)`. */
  scan(text: string, from: number, to: number, out: CueList): void {
    this.find(text, from, to, SCAN_HITS);
    collect(SCAN_HITS, from, to, out);
  }

  /** Replaces `hits` with the triggers that `text[from, to)` holds, in the order of their keys. */
  find(text: string, from: number, to: number, hits: TriggerHits): void {
    hits.count = 0;
    // a trigger's letters key as 1-26 (a space as 0), so the padded keys of the first two positions only
    // collide, and the triggers' bounds checks reject them
    let key = 0;
    for (let i = from; i < to; i++) {
      key = ((key << KEY_BITS) | (text.charCodeAt(i) & 31)) & KEY_MASK;
      const w = this.bits[key >>> 5];
      const bit = 1 << (key & 31);
      if ((w & bit) !== 0) found3(this.byRank[this.ranks[key >>> 5] + bitCount(w & (bit - 1))], text, i - 2, from, to, hits);
    }
  }

  private add(byKey: Map<number, Trigger[]>, t: string, wordStart: boolean, group: number): void {
    if (t.length < 3 || !/^[a-z]/.test(t) || t !== t.toLowerCase()) throw new Error(`trigger "${t}" must be lower case, start with a letter and be three or more characters long`);
    const keyAt = rarestKeyAt(t);
    const k = key3(t.charCodeAt(keyAt), t.charCodeAt(keyAt + 1), t.charCodeAt(keyAt + 2));
    this.bits[k >>> 5] |= 1 << (k & 31);
    const list = byKey.get(k) ?? [];
    byKey.set(k, list);
    const same = list.find((x) => x.text === t && x.wordStart === wordStart);
    if (same) same.groups.push(group);
    else list.push({ text: t, keyAt, wordStart, groups: [group] });
  }
}

/**
 * Triggers found in a text by TriggerIndex.find: the first `count` of parallel lists, reused from text to text (they
 * keep their storage rather than being emptied).
 */
export class TriggerHits {
  count = 0;
  /** Where each trigger's key sits in the text (ascending). */
  readonly keys: number[] = [];
  readonly triggers: Trigger[] = [];
  /** Whether the trigger is a word that follows a word character (it counts only at a stretch's start). */
  readonly midWord: boolean[] = [];
}

const SCAN_HITS = new TriggerHits();
/** The triggers of the last text cuesIn read. */
const HITS = new TriggerHits();

/** The number of bits set in the 32-bit `x`. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Adds the triggers whose key sits at `key` that `text[from, to)` holds there to `hits`. */
function found3(triggers: readonly Trigger[], text: string, key: number, from: number, to: number, hits: TriggerHits): void {
  for (const t of triggers) {
    const at = key - t.keyAt;
    if (at < from || at + t.text.length > to || !holdsAt(text, at, t.text)) continue;
    const h = hits.count++;
    hits.keys[h] = key;
    hits.triggers[h] = t;
    hits.midWord[h] = t.wordStart && at > 0 && isWordCode(text.charCodeAt(at - 1));
  }
}

/** Adds to `out` (ascending, no repeats) the groups of the `hits` that lie in `[from, to)` of their text. */
export function collect(hits: TriggerHits, from: number, to: number, out: CueList): void {
  const { count, keys, triggers, midWord } = hits;
  for (let h = firstKeyFrom(keys, count, from); h < count && keys[h] < to; h++) {
    const t = triggers[h];
    const at = keys[h] - t.keyAt;
    if (at < from || at + t.text.length > to || (midWord[h] && at > from)) continue;
    for (const g of t.groups) insert(out, g);
  }
}

/** The index of the first of the `count` ascending `keys` at or after `at`: a binary search over the list itself (no callback). */
function firstKeyFrom(keys: readonly number[], count: number, at: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `text` holds `word` (lower case) at `at`: letters in either case, other characters exactly. */
function holdsAt(text: string, at: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) {
    const w = word.charCodeAt(j);
    const c = text.charCodeAt(at + j);
    if (c !== w && (w < 97 || w > 122 || c !== w - 32)) return false;
  }
  return true;
}

/** Inserts `g` into the ascending list `out` unless it is there. */
function insert(out: CueList, g: number): void {
  const xs = out.numbers;
  let j = out.count;
  while (j > 0 && xs[j - 1] > g) j--;
  if (j > 0 && xs[j - 1] === g) return;
  for (let k = out.count; k > j; k--) xs[k] = xs[k - 1];
  xs[j] = g;
  out.count++;
}

/** The triggers of every cue and of every responsibility cue, so one pass over a document finds both. */
const INDEX = new TriggerIndex([...CUES, ...RESPONSIBILITY_CUES.map((c) => ({ words: c.words, within: [] }))]);
