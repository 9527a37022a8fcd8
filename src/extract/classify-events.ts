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
import { EVENT_RULES, NO_FATALITIES, TERRITORY_SUBTYPES } from './tables/events.js';
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

/**
 * The cues whose triggers occur in `text[from, to)`, ascending. The list is reused by the next call: read it
 * before classifying another sentence.
 */
export function cuesIn(text: string, from: number, to: number): readonly number[] {
  found.length = 0;
  INDEX.scan(text, from, to, found);
  return found;
}

const found: number[] = [];

/**
 * The first rule in table order with a cue among `cues` (from cuesIn) whose pattern matches `sentence`, or -1. Cue
 * numbers ascend with the rules, so the first cue that matches belongs to the first rule that does.
 */
export function ruleOf(cues: readonly number[], sentence: string): number {
  for (const c of cues) {
    if (c >= FIRST_NO_FATALITIES) break;
    if (CUES[c].pattern.test(sentence)) return RULE_OF_CUE[c];
  }
  return -1;
}

/** Whether `sentence` says nobody died (by NO_FATALITIES), given its `cues` from cuesIn. */
export function saysNoFatalities(cues: readonly number[], sentence: string): boolean {
  for (const c of cues) if (c >= FIRST_NO_FATALITIES && CUES[c].pattern.test(sentence)) return true;
  return false;
}

/** A trigger as written (lower case) and the groups (cues) it stands for. */
interface Trigger {
  text: string;
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
 * Which groups of trigger words occur in a stretch of text, found by one pass over its characters instead of a
 * regex per group. `words` count at a word start (the stretch's start, or after a character other than an ASCII
 * letter, digit or `_`, as `\b` reads it), `within` anywhere. Letters compare in either case (ASCII only, as a
 * regex's `i` flag does), other characters exactly. The pass keeps the key of the last three characters; a bit per
 * key says whether a trigger begins with them, and only then are the triggers compared.
 */
export class TriggerIndex {
  /** Bit per key: some trigger (word or within) begins with it. */
  private readonly anyBits = new Uint32Array(1 << (3 * KEY_BITS - 5));
  private readonly withinBits = new Uint32Array(1 << (3 * KEY_BITS - 5));
  private readonly words = new Map<number, Trigger[]>();
  private readonly within = new Map<number, Trigger[]>();

  /** Group `g` is `groups[g]`: any of its words or within-letters stands for it. */
  constructor(groups: readonly { readonly words: readonly string[]; readonly within: readonly string[] }[]) {
    groups.forEach((g, k) => {
      for (const t of g.words) {
        const key = add(this.words, t, k);
        this.anyBits[key >>> 5] |= bit(key);
      }
      for (const t of g.within) {
        const key = add(this.within, t, k);
        this.anyBits[key >>> 5] |= bit(key);
        this.withinBits[key >>> 5] |= bit(key);
      }
    });
  }

  /** Adds to `out` (ascending, no repeats) the groups with a trigger in `text[from, to)`. */
  scan(text: string, from: number, to: number, out: number[]): void {
    // a trigger's first letter keys as 1-26, so the keys of the first two positions (padded with 0) never hit
    let key = 0;
    for (let i = from; i < to; i++) {
      key = ((key << KEY_BITS) | (text.charCodeAt(i) & 31)) & KEY_MASK;
      if ((this.anyBits[key >>> 5] & bit(key)) === 0) continue;
      const at = i - 2;
      if ((this.withinBits[key >>> 5] & bit(key)) !== 0) found3(this.within.get(key), text, at, to, out);
      if (at === from || !isWordCode(text.charCodeAt(at - 1))) found3(this.words.get(key), text, at, to, out);
    }
  }
}

function bit(key: number): number {
  return 1 << (key & 31);
}

/** Files trigger `t` of `group` under its key, and returns the key. */
function add(map: Map<number, Trigger[]>, t: string, group: number): number {
  if (t.length < 3 || !/^[a-z]/.test(t) || t !== t.toLowerCase()) throw new Error(`trigger "${t}" must be lower case, start with a letter and be three or more characters long`);
  const k = key3(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2));
  const list = map.get(k) ?? [];
  map.set(k, list);
  const same = list.find((x) => x.text === t);
  if (same) same.groups.push(group);
  else list.push({ text: t, groups: [group] });
  return k;
}

/** Adds the groups of the triggers (sharing a key) that `text` holds at `at`, ending by `to`. */
function found3(triggers: readonly Trigger[] | undefined, text: string, at: number, to: number, out: number[]): void {
  if (triggers) for (const t of triggers) if (at + t.text.length <= to && holdsAt(text, at, t.text)) for (const g of t.groups) insert(out, g);
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
function insert(out: number[], g: number): void {
  let j = out.length;
  while (j > 0 && out[j - 1] > g) j--;
  if (j > 0 && out[j - 1] === g) return;
  out.push(g);
  for (let k = out.length - 1; k > j; k--) out[k] = out[k - 1];
  out[j] = g;
}

const INDEX = new TriggerIndex(CUES);
