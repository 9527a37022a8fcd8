/**
 * Stage `extract-figures`: every number a report asserts about people harmed or moved (or places taken), as a
 * Figure record. A number becomes a figure when it counts people (a counted noun phrase, or a bare number right at a
 * cue: "killing 12", "12 dead", "the toll rose to 45") and a cue says what happened to them. Coordinated counts share
 * their predicate ("121 rebels … and 40 government troops … had been killed"); breakdowns ("including three
 * children", "This includes 65 fighters…", list lines under "including:") point at their total with `partOf`.
 * Sources are credited afterwards by the `attribute-sources` stage.
 */
import type { DateMention, NumberMention, SitrepDocument, Span } from '../model/document.js';
import { lowerBound } from '../model/document.js';
import type { Figure, FigureKind, Side } from '../model/figure.js';
import { documentWords, type Word } from '../nlp/read-numbers.js';
import { defineStage } from '../pipeline/stage.js';
import { afterCue, beforeCue, controlCue, tollCue, type Cue } from './figure-kind.js';
import { causeOf, causesIn, datesWithin, indexPlaces, isBackground, nearestCause, nearestWhen, placeOf, whenCandidates, type CauseHit } from './figure-context.js';
import { joinWords, readVictimPhrase, singularSide, singularVictimAt, type VictimPhrase } from './figure-victims.js';
import {
  BREAKDOWN_LIST_CUE,
  BREAKDOWN_MARKERS,
  BREAKDOWN_OPENERS,
  KIND_NOUNS,
  LIST_ITEM,
  LEAD_PATTERN_LAST_WORDS,
  LIVES_VERBS,
  NON_PEOPLE_BEFORE,
  NON_PEOPLE_UNITS,
  POPULATION_BEFORE,
  PLACE_POSSESSIVE_BEFORE,
  AID_TARGET_BEFORE,
  CORRECTION_CUE,
  CORRECTION_SENTENCE,
  PLACE_NOUNS,
  VICTIM_NOUNS,
} from './tables/figure-words.js';
import { ATTRIBUTION_VERBS } from './tables/sources.js';
import { wordTable } from '../nlp/word-table.js';

/** A figure while it is being read: word positions and how its kind was found. */
interface Draft {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: NumberMention['qualifier'];
  /** Word index of the left edge (qualifier or number) and just after the counted phrase. */
  left: number;
  right: number;
  np: VictimPhrase | null;
  kind: FigureKind | null;
  via: 'noun' | 'before' | 'after' | 'toll' | 'control' | 'chain' | 'breakdown';
  cue: Cue | null;
  side: Side;
  actor: string | null;
  sentence: number;
  partOf: Draft | null;
  /** Unit places for control figures. */
  unit: Figure['unit'];
}

/** How many sentences back a cross-sentence breakdown ("This includes…") looks for its total. */
export const BREAKDOWN_LOOKBACK = 2;
/** Words that may join two coordinated counts so they share a predicate ("65 fighters, 18 …, and 49 …"). */
const CHAIN_WORDS = new Set([',', 'and', 'as', 'well', 'plus', 'while', 'with', 'another', 'a', 'further', 'along']);
const BREAKDOWN_PHRASES = BREAKDOWN_MARKERS.map((m) => m.split(' '));

export const extractFiguresStage = defineStage({
  name: 'extract-figures',
  requires: ['text', 'sentences', 'numbers', 'dates'],
  assigns: ['figures'],
  run(doc) {
    doc.figures = extractFigures(doc);
  },
});

/** Reads the figures of an analysed document (needs sentences, numbers and dates). */
export function extractFigures(doc: SitrepDocument): Figure[] {
  const sentences = doc.sentences ?? [];
  const numbers = doc.numbers ?? [];
  const dates = doc.dates ?? [];
  const words = documentWords(doc);
  const drafts: Draft[] = [];
  const perSentence: Draft[][] = [];
  // most reports correct nothing: one look at the whole text spares the per-sentence test
  const corrects = CORRECTION_CUE.test(doc.text);
  let ni = 0;
  let wi = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sa = sentences[si].span[0];
    const sb = sentences[si].span[1];
    while (wi < words.length && words[wi].start < sa) wi++;
    let we = wi;
    while (we < words.length && words[we].start < sb) we++;
    while (ni < numbers.length && numbers[ni].span[0] < sa) ni++;
    const own: Draft[] = [];
    if (corrects && CORRECTION_SENTENCE.test(doc.text.slice(sa, sb))) {
      perSentence.push(own);
      wi = we;
      continue;
    }
    for (let k = ni; k < numbers.length && numbers[k].span[0] < sb; k++) {
      const d = readNumber(doc, words, numbers[k], wi, we, si, dates);
      if (d) own.push(d);
    }
    readSingulars(words, wi, we, si, numbers, ni, sb, own);
    wi = we;
    if (own.length) {
      if (own.length > 1) own.sort(byLeft);
      linkChains(words, own);
      linkBreakdowns(doc, words, own, si, perSentence);
    }
    perSentence.push(own);
  }
  for (const own of perSentence) for (const d of own) if (d.kind) drafts.push(d);
  linkPartitives(words, drafts);
  return toFigures(doc, words, drafts);
}

function byLeft(x: Draft, y: Draft): number {
  return x.left - y.left;
}

function readNumber(
  doc: SitrepDocument,
  words: readonly Word[],
  n: NumberMention,
  ws: number,
  we: number,
  si: number,
  dates: SitrepDocument['dates'] & object,
): Draft | null {
  const a = wordStartingAt(words, n.span[0]);
  const b = wordEndingAt(words, n.span[1]);
  if (a < 0 || b < 0) return null;
  const qs = n.qualifierSpan;
  const left = qs && qs[0] < n.span[0] ? orElse(wordStartingAt(words, qs[0]), a) : a;
  const after = qs && qs[0] >= n.span[1] ? orElse(wordEndingAt(words, qs[1]), b) : b;
  if (isNotACount(doc, words, n, left, after, ws, dates)) return null;
  const vague = n.qualifier === 'vague';
  const np = readVictimPhrase(words, after, we);
  if (np?.place) {
    const c = controlCue(words, left, ws);
    if (!c) return null;
    const d = draftOf(n, left, np.end, np, si, 'control', 'control', c);
    d.side = 'unknown';
    d.unit = 'places';
    return d;
  }
  const right = np ? np.end : after;
  let nounKind = np?.kind ?? null;
  if (nounKind && np && np.head >= 0 && words[np.head].lower === 'lives' && !livesVerbBefore(words, left, ws)) nounKind = null;
  const before = beforeCue(words, left, ws);
  const toll = tollCue(words, left, ws, after, we);
  const aft = afterCue(words, skipAppositive(words, right, we), we);
  if (!np) {
    // a bare number counts only right at its cue; a bare vague amount only before its predicate ("Dozens killed")
    if (vague) return aft?.adjacent ? draftOf(n, left, right, np, si, aft.kind, 'after', aft) : null;
    if (toll) return draftOf(n, left, right, np, si, toll.kind, 'toll', toll);
    if (before?.adjacent && bareEnds(words, after, we)) return draftOf(n, left, right, np, si, before.kind, 'before', before);
    if (aft?.adjacent) return draftOf(n, left, right, np, si, aft.kind, 'after', aft);
    return null;
  }
  if (nounKind) return draftOf(n, left, right, np, si, nounKind, 'noun', before ?? aft);
  if (before) return draftOf(n, left, right, np, si, before.kind, 'before', before);
  if (toll) return draftOf(n, left, right, np, si, toll.kind, 'toll', toll);
  if (aft) return draftOf(n, left, right, np, si, aft.kind, 'after', aft);
  return draftOf(n, left, right, np, si, null, 'chain', null);
}

/** A draft for number `n`; side, actor and unit come from its counted phrase. One shape for every draft. */
function draftOf(n: NumberMention, left: number, right: number, np: VictimPhrase | null, si: number, kind: FigureKind | null, via: Draft['via'], cue: Cue | null): Draft {
  return {
    value: n.value, low: n.low, high: n.high, qualifier: n.qualifier, left, right, np, kind, via, cue,
    side: np?.side ?? 'all', actor: np?.actor ?? null, sentence: si, partOf: null, unit: np?.unit ?? 'people',
  };
}

/** Index of the word starting at `offset`, or -1 (words are in text order, so a binary search finds it). */
function wordStartingAt(words: readonly Word[], offset: number): number {
  const lo = lowerBound(words.length, (i) => words[i].start, offset);
  return lo < words.length && words[lo].start === offset ? lo : -1;
}

/** One past the index of the word ending at `offset`, or -1. */
function wordEndingAt(words: readonly Word[], offset: number): number {
  const lo = lowerBound(words.length, (i) => words[i].end, offset);
  return lo < words.length && words[lo].end === offset ? lo + 1 : -1;
}

function orElse(i: number, fallback: number): number {
  return i < 0 ? fallback : i;
}

function livesVerbBefore(words: readonly Word[], left: number, ws: number): boolean {
  for (let j = left - 1; j >= ws && j >= left - 3; j--) if (LIVES_VERBS.has(words[j].lower)) return true;
  return false;
}

/** Words after a bare number that end its clause or move on ("wounding seven before he was shot"). */
const BARE_ENDS: ReadonlySet<string> = new Set([
  'in', 'on', 'and', 'at', 'near', 'when', 'after', 'during', 'across', 'including', 'others', 'more', 'people',
  'before', 'while', 'as', 'but', 'outside', 'inside', 'overnight', 'since', 'late', 'early', 'earlier', 'later',
  'yesterday', 'today', 'last', 'this', 'according', 'by',
]);

/** After a bare number: the clause ends or moves on ("killing 12, officials said", "killed 12 in Aleppo"). */
function bareEnds(words: readonly Word[], j: number, we: number): boolean {
  if (j >= we) return true;
  const l = words[j].lower;
  return /^[^\p{L}\d]$/u.test(l) || BARE_ENDS.has(l);
}

/** Steps over an appositive between commas (", most of them members of HTS,") that holds no number. */
function skipAppositive(words: readonly Word[], j: number, we: number): number {
  if (words[j]?.text !== ',') return j;
  for (let k = j + 1; k < we && k <= j + 12; k++) {
    const w = words[k];
    if (/^\d/.test(w.text)) return j;
    if (w.text === ',') return k + 1;
  }
  return j;
}

/** Distances, durations, money, ages, years, dates and populations are not counts of people. */
function isNotACount(
  doc: SitrepDocument,
  words: readonly Word[],
  n: NumberMention,
  left: number,
  after: number,
  ws: number,
  dates: readonly NonNullable<SitrepDocument['dates']>[number][],
): boolean {
  const next = words[after];
  if (next && NON_PEOPLE_UNITS.has(next.lower)) return true;
  if (next?.text === '-' && words[after + 1] && NON_PEOPLE_UNITS.has(words[after + 1].lower)) return true;
  const prev = words[left - 1];
  if (left > ws && prev && NON_PEOPLE_BEFORE.has(prev.lower)) return true;
  if (inDate(dates, n.span)) return true;
  if (n.value !== null && n.value >= 1900 && n.value <= 2100 && /^\d{4}$/.test(doc.text.slice(n.span[0], n.span[1])) && !(next && next.lower in VICTIM_NOUNS)) return true;
  // "20 of the 26 affected villages": a kind word used as an adjective on places or things
  if (next && next.lower in KIND_NOUNS && words[after + 1] && (PLACE_NOUNS.has(words[after + 1].lower) || NON_PEOPLE_UNITS.has(words[after + 1].lower))) return true;
  if (left === 0 || !mayEndLeadPattern(words[left - 1].lower)) return false;
  const lead = doc.text.slice(Math.max(0, words[left].start - 48), words[left].start).toLowerCase();
  return POPULATION_ENDINGS.some((p) => lead.endsWith(p)) || PLACE_POSSESSIVE_BEFORE.test(lead) || AID_TARGET_BEFORE.test(lead);
}

const POPULATION_ENDINGS = POPULATION_BEFORE.map((p) => `${p} `);

/** The word before a number can end a population, place-possessive or aid-target phrase (LEAD_PATTERN_LAST_WORDS). */
function mayEndLeadPattern(l: string): boolean {
  if (LEAD_PATTERN_LAST_WORDS.has(l)) return true;
  const n = l.length;
  if (n < 3 || l.charCodeAt(n - 1) !== 115) return false; // "…'s"
  const q = l.charCodeAt(n - 2);
  return q === 39 || q === 8217;
}

function inDate(dates: readonly NonNullable<SitrepDocument['dates']>[number][], span: Span): boolean {
  let lo = 0;
  let hi = dates.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = dates[mid];
    if (d.span[1] <= span[0]) lo = mid + 1;
    else if (d.span[0] >= span[1]) hi = mid - 1;
    else return true;
  }
  return false;
}

/** "a civilian was killed", "an Iranian general was killed", "another died": counts of one, added to `out`. */
function readSingulars(words: readonly Word[], ws: number, we: number, si: number, numbers: readonly NumberMention[], ni: number, sb: number, out: Draft[]): void {
  for (let j = ws; j < we; j++) {
    const l = words[j].lower;
    if (l.charCodeAt(0) !== 97 || (l !== 'a' && l !== 'an' && l !== 'another')) continue; // "a…"
    if (insideNumber(numbers, ni, sb, words[j].start)) continue;
    const head = singularVictimAt(words, j, we);
    const from = head >= 0 ? head + 1 : j + 1;
    if (head < 0 && l !== 'another') continue;
    const cue = afterCue(words, from, we);
    if (!cue || (head < 0 && !cue.adjacent) || cue.kind === 'control') continue;
    if (cue.start === from && hasObject(words, cue.end, we)) continue; // "A gunman killed five people": the actor
    const who = head >= 0 ? singularSide(words, j + 1, head) : { side: 'unknown' as Side, actor: null };
    // bare "another" is one more of the count before it: it takes that count's side
    const np: VictimPhrase = { start: head >= 0 ? j + 1 : j, end: head >= 0 ? head + 1 : j + 1, head, side: who.side, actor: who.actor, unit: 'people', kind: null, allied: l === 'another', place: false };
    out.push({
      value: 1, low: 1, high: 1, qualifier: 'exact', left: j, right: head >= 0 ? head + 1 : j + 1, np, kind: cue.kind, via: 'after', cue,
      side: who.side, actor: who.actor, sentence: si, partOf: null, unit: 'people',
    });
  }
}

/** Words after an active verb that show it has no object ("a soldier killed in the ambush"). */
const NO_OBJECT = new Set(['in', 'on', 'at', 'near', 'when', 'after', 'during', 'by', 'while', 'as', 'and', 'or', 'but', 'overnight', 'since', 'before', 'earlier', 'later', 'yesterday', 'today', 'last']);
function hasObject(words: readonly Word[], j: number, we: number): boolean {
  if (j >= we) return false;
  const w = words[j];
  return !(/^[^\p{L}\d]+$/u.test(w.text) || NO_OBJECT.has(w.lower) || /^[A-Z]/.test(w.text) && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(w.text));
}

function insideNumber(numbers: readonly NumberMention[], ni: number, sb: number, at: number): boolean {
  for (let k = ni; k < numbers.length && numbers[k].span[0] < sb; k++) {
    const s = numbers[k].qualifierSpan?.[0] ?? numbers[k].span[0];
    if (at >= Math.min(s, numbers[k].span[0]) && at < numbers[k].span[1]) return true;
  }
  return false;
}

/**
 * True when only commas and "and" stand between two counts. A clause-opening "as" ("…rose to 41, as hundreds of
 * families fled") ends the first count's clause, and so does a reporting clause (", the monitor said,") for a kind
 * flowing rightwards: the second count takes its kind from its own cue, never from the first.
 */
function chained(words: readonly Word[], x: Draft, y: Draft, rightward = false): boolean {
  const from = skipAppositive(words, x.right, y.left);
  if (rightward && from > x.right && reportingBetween(words, x.right, from)) return false;
  if (from >= y.left) return from === y.left || x.right === y.left;
  for (let k = from; k < y.left; k++) {
    const l = words[k].lower;
    if (!CHAIN_WORDS.has(l)) return false;
    if (l === 'as' && words[k + 1]?.lower !== 'well' && words[k - 1]?.lower !== 'well') return false;
  }
  return true;
}

function reportingBetween(words: readonly Word[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ATTRIBUTION_VERBS.has(words[k].lower)) return true;
  return false;
}

/** Coordinated counts share a predicate: kinds flow left from "were killed", right from "killing". */
function linkChains(words: readonly Word[], own: Draft[]): void {
  for (let i = own.length - 2; i >= 0; i--) {
    const x = own[i];
    const y = own[i + 1];
    if (!x.kind && y.kind && (y.via === 'after' || y.via === 'chain') && chained(words, x, y)) {
      x.kind = y.kind;
      x.via = 'chain';
    }
  }
  for (let i = 1; i < own.length; i++) {
    const x = own[i - 1];
    const y = own[i];
    if (!y.kind && x.kind && (x.via === 'before' || x.via === 'noun' || x.via === 'chain' || x.via === 'toll') && chained(words, x, y, true)) {
      y.kind = x.kind;
      y.via = 'chain';
    }
  }
  for (let i = 1; i < own.length; i++) inheritAllied(own[i - 1], own[i]);
  for (let i = 1; i < own.length; i++) inheritElided(words, own[i - 1], own[i]);
}

/** Words an elided count may stand behind ("Two soldiers were killed and nine wounded"). */
const MAX_ELISION_GAP = 6;
/**
 * "Two soldiers were killed and nine wounded", "killed 5 soldiers and wounded 7": a bare count of another kind right
 * after "and" that follows a counted group counts the same group (its side and actor).
 */
function inheritElided(words: readonly Word[], prev: Draft, d: Draft): void {
  const bare = !d.np || (d.np.head === d.np.start && d.np.end === d.np.start + 1 && words[d.np.head].lower in KIND_NOUNS);
  if (!bare || !prev.np || prev.side === 'all' || prev.side === 'unknown' || d.kind === prev.kind) return;
  // "… and nine wounded", "… and wounded seven"
  const at = d.via === 'before' && d.cue && d.cue.end === d.left ? d.cue.start : d.left;
  if (words[at - 1]?.lower !== 'and' || at - prev.right > MAX_ELISION_GAP) return;
  for (let k = prev.right; k < at - 1; k++) if (/^[;:.!?()]$/.test(words[k].text) || /^\d/.test(words[k].text)) return;
  d.side = prev.side;
  d.actor = prev.actor;
}

/** "18 from allied groups" after "65 fighters from HTS": allies are on the previous count's side. */
function inheritAllied(prev: Draft, d: Draft): void {
  if (!d.np?.allied || prev.side === 'unknown') return;
  if (d.side === 'unknown' || (d.side === 'all' && prev.side !== 'all')) d.side = prev.side;
}

/**
 * "Nine of the injured were in critical condition", "five of the dead were children": a part of an earlier total of
 * the same kind, not a new count.
 */
function linkPartitives(words: readonly Word[], drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.partOf || !d.np || d.np.start !== d.right - (d.np.end - d.np.start)) continue;
    const at = d.np.start;
    if (words[at]?.lower !== 'of' || words[at + 1]?.lower !== 'the') continue;
    const noun = words[at + 2]?.lower ?? '';
    for (let k = i - 1; k >= 0; k--) {
      const t = drafts[k];
      // "nine of the injured" (a kind noun) or "five of the soldiers" after a count of soldiers; not "60 of the attackers"
      const same = noun in KIND_NOUNS || noun === 'victims' || (t.np && t.np.head >= 0 && words[t.np.head].lower === noun);
      if (same && t.kind === d.kind && !t.partOf && t.value !== null && d.value !== null && t.value > d.value) {
        d.partOf = t;
        break;
      }
    }
  }
}

/** Breakdowns within the sentence ("including three children") and of a total in an earlier sentence. */
function linkBreakdowns(doc: SitrepDocument, words: readonly Word[], own: Draft[], si: number, earlier: Draft[][]): void {
  const sentences = doc.sentences!;
  const text = doc.text.slice(sentences[si].span[0], sentences[si].span[1]);
  const isItem = LIST_ITEM.test(text);
  // "The monitor said the dead were 22 soldiers, 11 fighters …": a list of who the dead were, with no count before it
  const list = BREAKDOWN_LIST_CUE.exec(text);
  const listed = !!list && own.length > 0 && own.every((d) => words[d.left].start >= sentences[si].span[0] + list.index);
  if (isItem || BREAKDOWN_OPENERS.test(text) || listed) {
    const total = findTotal(earlier, si, isItem, openerKind(text));
    if (total) {
      // "…, eight civilians, among them two children": a marked count breaks down the count before it
      own.forEach((d, i) => {
        const inner = i > 0 && hasMarkerBefore(words, d.left) ? own[i - 1] : null;
        attach(d, inner && inner.value !== null && d.value !== null && inner.value > d.value ? inner : total);
      });
      return;
    }
  }
  for (let i = 1; i < own.length; i++) {
    const d = own[i];
    if (!hasMarkerBefore(words, d.left)) continue;
    const total = [...own.slice(0, i)].reverse().find((t) => t.kind && !t.partOf && t.value !== null);
    if (!total) continue;
    attach(d, total);
    for (let k = i + 1; k < own.length && chained(words, own[k - 1], own[k]); k++) attach(own[k], total);
  }
}

function attach(d: Draft, total: Draft): void {
  if (d === total || d.partOf) return;
  d.partOf = total;
  if (!d.kind) {
    d.kind = total.kind;
    d.via = 'breakdown';
  }
}

function hasMarkerBefore(words: readonly Word[], left: number): boolean {
  let j = left - 1;
  while (j >= 0 && (words[j].text === ':' || words[j].text === ',' || words[j].text === '-')) j--;
  for (const parts of BREAKDOWN_PHRASES) {
    const a = j - parts.length + 1;
    if (a < 0) continue;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) ok = words[a + k].lower === parts[k];
    if (ok) return true;
  }
  return false;
}

/** The kind a breakdown opener names ("Among the dead were…" → killed), read from its first words. */
function openerKind(text: string): FigureKind | null {
  const m = /^\W*(?:\w+\W+){0,4}?(dead|deaths|killed|fatalities|injured|wounded|injuries|missing|displaced)\b/i.exec(text);
  return m ? (OPENER_KINDS[m[1].toLowerCase()] ?? null) : null;
}
const OPENER_KINDS: Readonly<Record<string, FigureKind>> = wordTable({ ...KIND_NOUNS, killed: 'killed' });

/** The total a breakdown sentence refers to: the list head's last count, or the largest count just before. */
function findTotal(earlier: Draft[][], si: number, isItem: boolean, kind: FigureKind | null): Draft | null {
  for (let k = earlier.length - 1; k >= 0 && k >= si - BREAKDOWN_LOOKBACK - 8; k--) {
    const ds = earlier[k].filter((d) => d.kind && d.value !== null && (!kind || d.kind === kind));
    const top = ds.filter((d) => !d.partOf);
    if (isItem) {
      const inList = ds.some((d) => d.partOf);
      if (top.length && !inList) return top[top.length - 1];
      if (inList) return ds.find((d) => d.partOf)!.partOf;
      continue;
    }
    if (top.length) return top.reduce((m, d) => (d.value! > m.value! ? d : m));
    if (si - k >= BREAKDOWN_LOOKBACK) return null;
  }
  return null;
}

/** What every figure of one sentence shares: its dates, scope, candidate as-of dates and causes. */
interface SentenceFacts {
  background: boolean;
  when: DateMention[];
  causes: readonly CauseHit[] | null;
}

function toFigures(doc: SitrepDocument, words: readonly Word[], drafts: Draft[]): Figure[] {
  if (!drafts.length) return [];
  const sentences = doc.sentences!;
  const dates = doc.dates ?? [];
  const places = indexPlaces(doc.places, doc.text, figureSentences(sentences, drafts));
  const index = new Map<Draft, number>();
  drafts.forEach((d, i) => index.set(d, i));
  let factsOf = -1;
  let facts: SentenceFacts = { background: false, when: [], causes: null };
  // a figure whose sentence names no cause takes the cause the lead names ("The death toll rose to 213"); read once
  // the first such figure asks
  let leadCause: string | null | undefined;
  const figures: Figure[] = [];
  for (const d of drafts) {
    const sent = sentences[d.sentence].span;
    if (d.sentence !== factsOf) {
      const inSent = datesWithin(dates, sent[0], sent[1]);
      const background = isBackground(doc, sent, inSent);
      facts = { background, when: whenCandidates(inSent, background, doc.text, sent), causes: null };
      factsOf = d.sentence;
    }
    const total = d.partOf ? figures[index.get(d.partOf)!] : undefined;
    const background = total ? total.scope === 'background' : facts.background;
    const span = spanOf(words, d);
    const when = total ? { asOf: total.asOf, period: total.period ?? null } : nearestWhen(facts.when, span[0], doc.meta.published, background);
    let cause = total?.cause ?? null;
    if (cause === null) {
      facts.causes ??= causesIn(doc.text, sent);
      cause = nearestCause(facts.causes, sent, span[0]);
      if (cause === null && !background) {
        leadCause ??= sentences.length ? causeOf(doc.text, sentences[0].span, sentences[0].span[0]) : null;
        cause = leadCause;
      }
    }
    figures.push({
      kind: d.kind!,
      value: d.value,
      low: d.low,
      high: d.high,
      qualifier: d.qualifier,
      unit: d.kind === 'control' ? 'places' : d.unit,
      victims: {
        side: d.kind === 'control' ? 'unknown' : d.side,
        text: d.np ? victimText(words, d.np) : null,
        actor: d.actor,
      },
      source: null,
      scope: background ? 'background' : 'event',
      asOf: when.asOf,
      period: when.period,
      place: placeOf(places, sent, span[0]),
      cause,
      partOf: total ? index.get(d.partOf!)! : null,
      span,
      quote: doc.text.slice(span[0], span[1]),
      sentence: sent,
    });
  }
  checkParts(doc, figures);
  return figures;
}

/** The spans of the sentences that hold drafts, in order (drafts come sentence by sentence). */
function figureSentences(sentences: NonNullable<SitrepDocument['sentences']>, drafts: readonly Draft[]): Span[] {
  const out: Span[] = [];
  let last = -1;
  for (const d of drafts) {
    if (d.sentence === last) continue;
    out.push(sentences[d.sentence].span);
    last = d.sentence;
  }
  return out;
}

/** The counted phrase as written, without a leading "of (the)" ("hundreds of the displaced" → "displaced"). */
function victimText(words: readonly Word[], np: VictimPhrase): string {
  const text = joinWords(words, np.start, np.end);
  const c = text.charCodeAt(0);
  return c === 111 || c === 79 ? text.replace(/^(?:of\s+)(?:the\s+)?/i, '') : text; // "o" / "O"
}

function spanOf(words: readonly Word[], d: Draft): Span {
  let a = words[d.left].start;
  let b = words[Math.max(d.left, d.right - 1)].end;
  if (d.cue) {
    a = Math.min(a, words[d.cue.start].start);
    b = Math.max(b, words[d.cue.end - 1].end);
  }
  return [a, b];
}

/** Parts that add up to more than their total are flagged: one of the numbers is misread or misreported. */
function checkParts(doc: SitrepDocument, figures: readonly Figure[]): void {
  const sums = new Map<number, number>();
  for (const f of figures) if (f.partOf !== null && f.value !== null) sums.set(f.partOf, (sums.get(f.partOf) ?? 0) + f.value);
  for (const [t, sum] of sums) {
    const total = figures[t];
    if (total.value !== null && sum > total.value && total.qualifier === 'exact') {
      doc.messages.push({
        reason: `parts add up to ${sum}, more than their total of ${total.value}`,
        span: total.span,
        rule: 'figures:parts-exceed-total',
        severity: 'warning',
        actual: String(sum),
        expected: `<= ${total.value}`,
      });
    }
  }
}
