/**
 * What happened to the people a number counts: the cue words around the number, read from the tables in
 * tables/figure-words.ts. Cues after the counted phrase ("were killed"), before the number ("killing 14"), toll
 * phrases ("the death toll rose to 45") and control verbs with place nouns ("overran 10 areas").
 */
import type { Word } from '../nlp/read-numbers.js';
import type { FigureKind } from '../model/figure.js';
import {
  AFTER_CUES,
  AUX_WORDS,
  BEFORE_CUES,
  CONTROL_CUES,
  TOLL_LINKS,
  TOLL_WORDS,
} from './tables/figure-words.js';

type Phrase = readonly [parts: readonly string[], kind: FigureKind];

/** Phrases keyed by their first word (for cues read forwards) or last word (read backwards), longest first. */
function byWord(table: Readonly<Record<string, FigureKind>>, key: 'first' | 'last'): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const [p, kind] of Object.entries(table)) {
    const parts = p.split(' ');
    const k = key === 'first' ? parts[0] : parts[parts.length - 1];
    if (!map.has(k)) map.set(k, []);
    map.get(k)!.push([parts, kind]);
  }
  for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
  return map;
}

const AFTER = byWord(AFTER_CUES, 'first');
const BEFORE = byWord(BEFORE_CUES, 'last');
const TOLL = byWord(TOLL_WORDS, 'last');
const TOLL_FIRST = byWord(TOLL_WORDS, 'first');
/** Verbs of a toll's change: after one, the toll word may sit behind a prepositional phrase ("the death toll from
 * Monday's bombing of a mosque rose to 43"). */
const TOLL_VERBS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rises', 'climbed', 'climbs', 'jumped', 'reached', 'reaches', 'stood', 'stands', 'hit', 'hits',
  'increased', 'soared', 'surpassed', 'passed', 'exceeded', 'topped', 'mounted', 'grew', 'climbing', 'rising',
]);
/** "bringing to 31 the number of deaths", "raising to 12 the toll": a verb of raising, "to", the number, the toll. */
const RAISE_VERBS: ReadonlySet<string> = new Set([
  'bringing', 'brought', 'brings', 'bring', 'raising', 'raised', 'raises', 'raise', 'taking', 'took', 'takes',
  'pushing', 'pushed', 'putting', 'lifting',
]);
/** Words a toll search steps over behind a toll verb (a prepositional phrase, no clause punctuation). */
const MAX_TOLL_PP = 12;

export interface Cue {
  kind: FigureKind;
  /** Word range of the cue. */
  start: number;
  end: number;
  /** True when nothing but auxiliaries stands between the counted phrase and the cue. */
  adjacent: boolean;
}

/** Words an active verb may stand behind ("killing at least 12", "killing all 157 people on board"). */
const BEFORE_SKIP = new Set(['the', 'a', 'total', 'of', 'an', 'additional', 'further', 'another', 'some', 'least', 'at', 'all']);
/** Prepositional words a predicate search may step over ("180 combatants on both sides had been killed"). */
const PP_WORDS = new Set(['on', 'in', 'at', 'from', 'of', 'across', 'near', 'inside', 'around', 'both', 'sides', 'the', 'aboard', 'board', 'with', 'along']);
const MAX_PP = 6;
const MAX_AUX = 6;

function matchForward(words: readonly Word[], j: number, stop: number, map: Map<string, Phrase[]>): Phrase | null {
  const list = map.get(words[j]?.lower ?? '');
  if (!list) return null;
  for (const ph of list) {
    const [parts] = ph;
    if (j + parts.length > stop) continue;
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) ok = words[j + k].lower === parts[k];
    if (ok) return ph;
  }
  return null;
}

function matchBackward(words: readonly Word[], j: number, floor: number, map: Map<string, Phrase[]>): Phrase | null {
  const list = map.get(words[j]?.lower ?? '');
  if (!list) return null;
  for (const ph of list) {
    const [parts] = ph;
    const a = j - parts.length + 1;
    if (a < floor) continue;
    let ok = true;
    for (let k = 0; k < parts.length - 1 && ok; k++) ok = words[a + k].lower === parts[k];
    if (ok) return ph;
  }
  return null;
}

/** Words that open a new clause: a predicate search inside a prepositional phrase stops at them. */
const CLAUSE_WORDS = new Set([
  'who', 'which', 'that', 'where', 'when', 'while', 'after', 'before', 'as', 'because', 'and', 'or', 'but', 'said',
  'says', 'say', 'if', 'than', 'whose', 'whom', 'since', 'until', 'though', 'although',
]);

/**
 * Inside a prepositional phrase ("on board a domestic flight", "from the army's 5th Brigade"): names, possessives,
 * ordinals and lower-case words that open no clause.
 */
function inPhrase(words: readonly Word[], j: number): boolean {
  const w = words[j];
  if (/^[A-Z]/.test(w.text)) return true;
  if (/^\d+$/.test(w.text)) return /^(?:st|nd|rd|th)$/.test(words[j + 1]?.lower ?? '');
  if (/^(?:st|nd|rd|th)$/.test(w.lower) && /^\d+$/.test(words[j - 1]?.text ?? '')) return true;
  return /^[a-z][a-z'’-]*$/.test(w.text) && !CLAUSE_WORDS.has(w.lower);
}

/** The predicate after the counted phrase ending at `from`: "were killed", "had also been killed", "dead". */
export function afterCue(words: readonly Word[], from: number, stop: number): Cue | null {
  let j = from;
  let adjacent = true;
  let pp = 0;
  for (let aux = 0; j < stop && aux <= MAX_AUX + MAX_PP; aux++) {
    const hit = matchForward(words, j, stop, AFTER);
    if (hit) return { kind: hit[1], start: j, end: j + hit[0].length, adjacent };
    const l = words[j].lower;
    if (AUX_WORDS.has(l)) {
      j++;
      continue;
    }
    if (PP_WORDS.has(l) || (pp > 0 && inPhrase(words, j))) {
      if (++pp > MAX_PP) return null;
      adjacent = false;
      j++;
      continue;
    }
    return null;
  }
  return null;
}

/** An active verb or "X of" just before the number's left edge `left`: "killing 14", "the deaths of over 130". */
export function beforeCue(words: readonly Word[], left: number, floor: number): Cue | null {
  let j = left - 1;
  for (let skipped = 0; j >= floor && skipped <= 3; skipped++) {
    const hit = matchBackward(words, j, floor, BEFORE);
    if (hit) return { kind: hit[1], start: j - hit[0].length + 1, end: j + 1, adjacent: skipped === 0 };
    if (!BEFORE_SKIP.has(words[j].lower)) return null;
    j--;
  }
  return null;
}

/** "death toll rose to 45", "put the toll at 45": a toll word, then only linking words, then the number. */
export function tollCue(words: readonly Word[], left: number, floor: number, after = -1, stop = -1): Cue | null {
  let j = left - 1;
  let verb = false;
  let pp = 0;
  for (let k = 0; j >= floor && k < 8 + pp; k++, j--) {
    const hit = matchBackward(words, j, floor, TOLL);
    if (hit) return { kind: hit[1], start: j - hit[0].length + 1, end: j + 1, adjacent: true };
    const l = words[j].lower;
    if (TOLL_VERBS.has(l)) verb = true;
    if (TOLL_LINKS.has(l) || /^(?:has|had|is)$/.test(l)) continue;
    // behind a toll verb: step over "from Monday's bombing of a mosque in Peshawar"
    if (verb && pp < MAX_TOLL_PP && !/^[,;:.!?()"“”]$/.test(words[j].text)) {
      pp++;
      continue;
    }
    break;
  }
  return after >= 0 ? raisedToll(words, left, floor, after, stop) : null;
}

/** "bringing to 31 the number of deaths": the toll named after the number. */
function raisedToll(words: readonly Word[], left: number, floor: number, after: number, stop: number): Cue | null {
  if (left - 2 < floor || words[left - 1].lower !== 'to' || !RAISE_VERBS.has(words[left - 2].lower)) return null;
  let j = after;
  if (words[j]?.lower === 'the') j++;
  const hit = j < stop ? matchForward(words, j, stop, TOLL_FIRST) : null;
  return hit ? { kind: hit[1], start: j, end: j + hit[0].length, adjacent: true } : null;
}

/** A verb of taking places within the clause before the number ("seized the base and at least eight villages"). */
export function controlCue(words: readonly Word[], left: number, floor: number): Cue | null {
  for (let j = left - 1, k = 0; j >= floor && k < 12; j--, k++) {
    const l = words[j].lower;
    if (l === ';' || l === '.') return null;
    if (CONTROL_CUES.has(l)) {
      if ((l === 'took' || l === 'taken' || l === 'taking') && words[j + 1]?.lower !== 'control' && words[j + 1]?.lower !== 'over') continue;
      return { kind: 'control', start: j, end: j + 1, adjacent: k === 0 };
    }
  }
  return null;
}
