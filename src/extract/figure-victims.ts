/**
 * The counted phrase after a number: "65 fighters from HTS", "49 members of the Syrian army", "hundreds of
 * families", "18 from allied groups". Says which side it counts, the actor when one is named, the unit, and the kind
 * when the noun itself is one ("132 deaths", "14,000 displaced").
 */
import { SMALL_NUMBERS, TENS, type Word } from '../nlp/read-numbers.js';
import type { FigureKind, Side, Unit } from '../model/figure.js';
import { lookupActor } from './tables/actors.js';
import { isNationalityNoun } from './tables/nationalities.js';
import {
  AFTER_CUES,
  ALLIED_WORDS,
  KIND_NOUNS,
  PHRASE_STOPS,
  PLACE_NOUNS,
  SIDE_MODIFIERS,
  SINGULAR_VICTIMS,
  UNIT_NOUNS,
  VICTIM_NOUNS,
} from './tables/figure-words.js';

export interface VictimPhrase {
  /** Word range [start, end) of the phrase, tails included. */
  start: number;
  end: number;
  /** Index of the head noun, or -1 for "18 from allied groups". */
  head: number;
  side: Side;
  actor: string | null;
  unit: 'people' | 'families' | 'households' | 'places';
  /** Kind the head or a modifier names ("deaths", "displaced people"). */
  kind: FigureKind | null;
  /** "allied", "other": the side is the previous list item's. */
  allied: boolean;
  /** Head noun is a place ("villages"): only a control figure. */
  place: boolean;
}

/** Nouns for armed people whose side only a modifier can tell; without one they are `combatants`. */
export const COMBATANT_NOUNS: ReadonlySet<string> = new Set(['fighters', 'commanders', 'gunmen_']);

const POSSESSIVES: ReadonlySet<string> = new Set(['their', 'his', 'her', 'its', 'our', 'my', 'your']);
/** Words in a "from …" name that make an unlisted group a state force rather than an armed group. */
const STATE_NAME_WORDS = /\b(?:army|military|police|government|ministry|national guard|armed forces|gendarmerie)\b/i;

/** Words that start a count of their own: "three children and two women" is two counts, not one phrase. */
const COUNT_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), 'a', 'an', 'another', 'dozens', 'hundreds', 'thousands',
  'scores', 'several', 'millions',
]);

/** Modifier words allowed between a number and its noun. */
const MAX_MODIFIERS = 5;
/** Words allowed in a "from …" / "of …" tail ("from the dominant group Hayat Tahrir al-Sham"). */
const MAX_TAIL = 10;

function isPunct(w: Word): boolean {
  if (w.text.length !== 1) return false;
  const c = w.text.charCodeAt(0);
  // ASCII needs no Unicode letter test: not a letter or digit
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return !/[\p{L}\d]/u.test(w.text);
}

/** Reads the counted phrase starting at word `i` (just after the number), up to sentence end `stop`. */
export function readVictimPhrase(words: readonly Word[], i: number, stop: number): VictimPhrase | null {
  let j = i;
  // "dozens of soldiers", "hundreds of the displaced", but not "one of the most…" (no counted noun follows)
  if (words[j]?.lower === 'of' && j + 1 < stop) j++;
  if (words[j]?.lower === 'the' && words[i].lower === 'of') j++;
  if (words[j]?.lower === 'from' && j === i) return readTailOnly(words, i, stop);
  if (words[j]?.lower === 'were' || words[j]?.lower === 'was') {
    const p = readNounGroup(words, j + 1, stop);
    return p && !p.kind ? p : null; // "61 were regime members" (but not "12 were killed")
  }
  return readNounGroup(words, j, stop, i);
}

function readNounGroup(words: readonly Word[], j: number, stop: number, from = j): VictimPhrase | null {
  let head = -1;
  let place = false;
  for (let k = 0; j < stop && k <= MAX_MODIFIERS; k++, j++) {
    const w = words[j];
    // "31 Palestinians", "4.5 million Yemenis" (nationality nouns), "one policeman" (a singular noun)
    if (w.lower in VICTIM_NOUNS || PLACE_NOUNS.has(w.lower) || isNationalityNoun(w.lower) || SINGULAR_VICTIMS[w.lower]) {
      head = j;
      place = PLACE_NOUNS.has(w.lower);
      // compounds and coordinations: "faction members", "fighters and soldiers", "soldiers and rebel fighters"
      while (j + 1 < stop) {
        const n = words[j + 1];
        if (n.lower in VICTIM_NOUNS && !(n.lower in KIND_NOUNS && n.lower !== 'casualties')) {
          j++;
          head = j;
        } else if ((n.lower === 'and' || n.lower === 'or') && coordinatedNoun(words, j + 2, stop) > 0) {
          j = coordinatedNoun(words, j + 2, stop);
          head = j;
        } else break;
      }
      break;
    }
    if (isPunct(w) && w.text !== '-' && w.text !== '’' && w.text !== "'") return null;
    if (PHRASE_STOPS.has(w.lower) && w.lower !== 'the') return null;
  }
  if (head < 0) return null;
  const end = readTail(words, head + 1, stop);
  return describe(words, from, head, end, place);
}

/** "and rebel fighters": index of the noun if a short un-numbered noun phrase follows, else -1. */
function coordinatedNoun(words: readonly Word[], j: number, stop: number): number {
  for (let k = 0; j < stop && k < 3; k++, j++) {
    const w = words[j];
    if (/^\d/.test(w.lower) || isPunct(w) || PHRASE_STOPS.has(w.lower) || COUNT_WORDS.has(w.lower)) return -1;
    if (w.lower in VICTIM_NOUNS && !(w.lower in KIND_NOUNS)) return j;
  }
  return -1;
}

/** One-word predicates ("died", "killed", "wounded"): a "from …" tail ends before them. */
const PREDICATE_WORDS: ReadonlySet<string> = new Set(Object.keys(AFTER_CUES).filter((p) => !p.includes(' ')));

/** "from HTS", "of the Syrian army", "from the dominant group Hayat Tahrir al-Sham": index after the tail. */
function readTail(words: readonly Word[], j: number, stop: number): number {
  const w = words[j];
  if (!w || j >= stop || (w.lower !== 'from' && w.lower !== 'of')) return j;
  if (POSSESSIVES.has(words[j + 1]?.lower ?? '')) return j; // "families from their homes" is where, not who
  let k = j + 1;
  while (k < stop && k - j <= MAX_TAIL) {
    const x = words[k];
    if (isPunct(x) && x.text !== '-' && x.text !== '’' && x.text !== "'") break;
    if (PHRASE_STOPS.has(x.lower) && !['the', 'and', 'of'].includes(x.lower)) break;
    if (PREDICATE_WORDS.has(x.lower)) break; // "five soldiers from the army's 5th Brigade died"
    // a count of its own ends the tail: "11 fighters of the Front and eight civilians"
    if ((COUNT_WORDS.has(x.lower) && x.lower !== 'a' && x.lower !== 'an') || (/^\d/.test(x.text) && !/^(?:st|nd|rd|th)$/.test(words[k + 1]?.lower ?? ''))) break;
    k++;
  }
  while (k > j + 1 && ['and', 'the', 'of'].includes(words[k - 1].lower)) k--;
  return k > j + 1 ? k : j;
}

function readTailOnly(words: readonly Word[], i: number, stop: number): VictimPhrase | null {
  const end = readTail(words, i, stop);
  if (end <= i + 1) return null;
  return describe(words, i, -1, end, false);
}

function describe(words: readonly Word[], start: number, head: number, end: number, place: boolean): VictimPhrase {
  const sides = new Set<Side>();
  const modSides = new Set<Side>();
  let fighters = false;
  let kind: FigureKind | null = null;
  let allied = false;
  let unit: VictimPhrase['unit'] = place ? 'places' : 'people';
  for (let k = start; k < end; k++) {
    const l = words[k].lower;
    const joined = k + 2 < end && words[k + 1].text === '-' ? `${l}-${words[k + 2].lower}` : '';
    const mod = SIDE_MODIFIERS[joined] ?? SIDE_MODIFIERS[l];
    if (mod) modSides.add(mod);
    if (l in VICTIM_NOUNS && VICTIM_NOUNS[l]) sides.add(VICTIM_NOUNS[l]!);
    else if (k === head && SINGULAR_VICTIMS[l]) sides.add(SINGULAR_VICTIMS[l]!);
    else if (k === head && isNationalityNoun(l)) sides.add('all');
    if (COMBATANT_NOUNS.has(l)) fighters = true;
    if (ALLIED_WORDS.has(l)) allied = true;
    if (l in UNIT_NOUNS && k === head) unit = UNIT_NOUNS[l];
    if (l in KIND_NOUNS && (k === head || k < head)) kind ??= KIND_NOUNS[l];
  }
  const actorHit = findActor(words, start, end);
  if (actorHit?.side) modSides.add(actorHit.side);
  // "fighters" of no stated side are combatants; "fighters from HTS" are HTS's side; fighters of a named group the
  // actor table does not know ("51 fighters from the Free Marsh Brigades") belong to an armed group
  if (fighters && modSides.size === 0) {
    const tail = head >= 0 && head + 1 < end ? joinWords(words, head + 1, end) : '';
    const named = /\b[A-Z]/.test(tail);
    sides.add(named ? (STATE_NAME_WORDS.test(tail) ? 'state' : 'nonstate') : 'combatants');
  }
  for (const m of modSides) sides.add(m);
  return {
    start,
    end,
    head,
    side: combineSides(sides),
    actor: actorHit?.named ? actorHit.name : null,
    unit,
    kind,
    allied: allied && !actorHit?.named,
    place,
  };
}

/** One side from the sides a phrase names: government and rebels together are combatants; civilians with either is all. */
export function combineSides(sides: ReadonlySet<Side>): Side {
  const specific = [...sides].filter((s) => s !== 'all' && s !== 'unknown');
  if (specific.length === 0) return sides.has('all') ? 'all' : 'unknown';
  const set = new Set(specific);
  if (set.size === 1) return specific[0];
  if (set.has('civilians')) return 'all';
  return 'combatants';
}

/** Longest run of words in [start, end) that the actor table knows. */
function findActor(
  words: readonly Word[],
  start: number,
  end: number,
): { name: string; side: Side | null; named: boolean } | null {
  const maxLen = Math.min(6, end - start);
  let any = false;
  for (let a = start; a < end && !any; a++) any = startsName(words[a].text);
  if (!any) return null;
  for (let len = maxLen; len >= 1; len--) {
    for (let a = start; a + len <= end; a++) {
      if (!startsName(words[a].text)) continue;
      const phrase = joinWords(words, a, a + len);
      const hit = lookupActor(phrase);
      if (hit && !hit.generic) return { name: hit.name, side: hit.side, named: true };
    }
  }
  return null;
}

/** Names start with a capital ("HTS", "Syrian army") or al- ("al-Shabaab"). */
function startsName(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || text.startsWith('al-'); // "A"–"Z"
}

export function joinWords(words: readonly Word[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) {
    if (k > a && words[k].start > words[k - 1].end) s += ' ';
    s += words[k].text;
  }
  return s;
}

/** "a civilian", "an Iranian general", "another soldier": index of the singular noun after `i`, or -1. */
export function singularVictimAt(words: readonly Word[], i: number, stop: number): number {
  for (let j = i + 1, k = 0; j < stop && k <= 3; j++, k++) {
    const w = words[j];
    if (w.lower in SINGULAR_VICTIMS) return j;
    if ((isPunct(w) && w.text !== '-') || PHRASE_STOPS.has(w.lower)) return -1;
  }
  return -1;
}

export function singularSide(words: readonly Word[], a: number, head: number): { side: Side; actor: string | null } {
  const sides = new Set<Side>();
  const own = SINGULAR_VICTIMS[words[head].lower];
  if (own) sides.add(own);
  for (let k = a; k < head; k++) {
    const mod = SIDE_MODIFIERS[words[k].lower];
    if (mod) sides.add(mod);
  }
  const hit = findActor(words, a, head + 1);
  if (hit?.side) sides.add(hit.side);
  return { side: combineSides(sides), actor: hit?.named ? hit.name : null };
}

export type { Unit };
