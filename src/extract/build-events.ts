/**
 * Stage `build-events`: the document's events (ACLED type, sub-type, actor1, actor2, date, place, figures,
 * fatalities) → `doc.events`, and each figure's `event` index.
 *
 * Each sentence with an event keyword yields an event; sentences of the same type and sub-type merge unless they
 * name different places. Figures join the event of their sentence, else the nearest earlier event.
 * Fatalities come from the event's killed figures, never counting a breakdown together with its total.
 */
import type { DateMention, Sentence, SitrepDocument, Span } from '../model/document.js';
import { lowerBound, sortByStart } from '../model/document.js';
import { isSpaceCode, isWordCode } from '../nlp/char-class.js';
import type { Actor, Fatalities, SitrepEvent } from '../model/entities.js';
import type { Figure } from '../model/figure.js';
import { defineStage } from '../pipeline/stage.js';
import { classOfRule, cuesIn, ruleOf, saysNoFatalities } from './classify-events.js';
import { AGENT_ARTICLE, AGENT_MARKER, MARKER_REACH, NON_PARTICIPANT_TYPES, TARGET_MARKERS } from './tables/events.js';

interface Draft {
  event: SitrepEvent;
  sentences: number[];
  noFatalities: boolean;
}

interface ActorMention {
  actor: Actor;
  span: Span;
}

export const buildEvents = defineStage({
  name: 'build-events',
  requires: ['text', 'sentences', 'actors', 'places'],
  assigns: ['events'],
  run(doc) {
    doc.events = buildEventsFor(doc);
  },
});

export function buildEventsFor(doc: SitrepDocument): SitrepEvent[] {
  const sentences = doc.sentences ?? [];
  const drafts: Draft[] = [];
  const sentenceEvent: number[] = [];
  for (let s = 0; s < sentences.length; s++) sentenceEvent.push(-1);
  let found: Found | null = null;
  for (let s = 0; s < sentences.length; s++) {
    const span = sentences[s].span;
    if (sentences[s].heading) continue;
    const cues = cuesIn(doc.text, span[0], span[1]);
    if (!cues.count) continue;
    const text = doc.text.slice(span[0], span[1]);
    const rule = ruleOf(cues, text);
    if (rule < 0) continue;
    found ??= foundIn(doc);
    if (isBackground(found, span, text)) continue;
    const roles = assignRoles(doc.text, span, mentionsWithin(found.actors, span));
    const cls = classOfRule(rule, roles.actor1?.side ?? null);
    const place = placeIn(doc, found.placeRanks, span);
    let e = merge(drafts, cls.type, cls.subType, place);
    if (e < 0) e = newDraft(drafts, cls.type, cls.subType, place, span);
    const draft = drafts[e];
    draft.sentences.push(s);
    draft.event.actor1 ??= roles.actor1?.name ?? null;
    draft.event.actor2 ??= (roles.actor2?.name ?? (cls.type === 'Violence against civilians' ? 'civilians' : null));
    if (!draft.noFatalities && saysNoFatalities(cues, text)) draft.noFatalities = true;
    sentenceEvent[s] = e;
  }
  attachFigures(doc, sentenceEvent, drafts);
  const events: SitrepEvent[] = [];
  for (const d of drafts) {
    setDate(doc, d);
    events.push(d.event);
  }
  return events;
}

/** What the earlier stages found, arranged for looking up by sentence; built once a sentence names an event. */
interface Found {
  /** Mentions of actors that take part in events (not those that report them), sorted by start. */
  actors: ActorMention[];
  /** Each place's kind rank (see PLACE_KIND_ORDER). */
  placeRanks: number[];
  backgroundDates: DateMention[];
  /** The publication year, or 0 when unknown. */
  year: number;
}

function foundIn(doc: SitrepDocument): Found {
  const backgroundDates: DateMention[] = [];
  for (const m of doc.dates ?? []) if (m.background) backgroundDates.push(m);
  const year = Number((doc.meta?.published ?? '').slice(0, 4));
  const placeRanks: number[] = [];
  for (const p of doc.places ?? []) placeRanks.push(PLACE_KIND_ORDER.indexOf(p.kind));
  return { actors: participantMentions(doc.actors ?? []), placeRanks, backgroundDates, year: year || 0 };
}

const YEAR = /\b(?:19|20)\d\d\b/g;

/** Background sentences ("the war that began in 2011") describe no event of this report. */
function isBackground(found: Found, span: Span, text: string): boolean {
  for (const m of found.backgroundDates) if (m.span[0] >= span[0] && m.span[1] <= span[1]) return true;
  return found.year > 0 && hasYearBefore(text, found.year);
}

/** Whether the text names a year (1900–2099) before `year`. */
function hasYearBefore(text: string, year: number): boolean {
  YEAR.lastIndex = 0;
  while (YEAR.test(text)) {
    const end = YEAR.lastIndex;
    let y = 0;
    for (let i = end - 4; i < end; i++) y = y * 10 + text.charCodeAt(i) - 48;
    if (y < year) return true;
  }
  return false;
}

/** The index of the first mention (sorted by start) starting at or after `start`: a binary search. */
function firstFrom(sorted: readonly { span: Span }[], start: number): number {
  return lowerBound(sorted.length, (i) => sorted[i].span[0], start);
}

/** The mentions (sorted by start) lying inside `span`, in order. */
function mentionsWithin<T extends { span: Span }>(sorted: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let k = firstFrom(sorted, span[0]); k < sorted.length && sorted[k].span[0] <= span[1]; k++) if (sorted[k].span[1] <= span[1]) out.push(sorted[k]);
  return out;
}

/** The mentions of actors that take part in events, sorted by start (in actor order on ties). */
function participantMentions(actors: readonly Actor[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const a of actors) if (!NON_PARTICIPANT_TYPES.has(a.type)) for (const span of a.mentions) out.push({ actor: a, span });
  return sortByStart(out);
}

/** actor1: "by X" or the first participant; actor2: the first participant after "against/on/targeting". */
function assignRoles(text: string, sentence: Span, parts: readonly ActorMention[]): { actor1: Actor | null; actor2: Actor | null } {
  let actor1: Actor | null = null;
  let actor2: Actor | null = null;
  for (const m of parts) {
    const from = Math.max(sentence[0], m.span[0] - MARKER_REACH);
    if (agentBefore(text, from, m.span[0])) actor1 = m.actor;
    else if (!actor2 && targetBefore(text, from, m.span[0])) actor2 = m.actor;
  }
  if (!actor1) for (const m of parts) if (m.actor !== actor2 && m.actor.type !== 'civilians') {
    actor1 = m.actor;
    break;
  }
  if (!actor2) {
    const after = firstSpanOf(parts, actor1) ?? 0;
    for (const m of parts) if (m.actor !== actor1 && m.span[0] > after && m.actor.side !== actor1?.side) {
      actor2 = m.actor;
      break;
    }
  }
  if (actor1 === actor2) actor2 = null;
  return { actor1, actor2 };
}

function firstSpanOf(ms: readonly ActorMention[], a: Actor | null): number | null {
  if (a) for (const m of ms) if (m.actor === a) return m.span[0];
  return null;
}

/** Whether `text[from, at)` ends with "by", spaces, and optionally "the" and spaces. */
function agentBefore(text: string, from: number, at: number): boolean {
  const k = spacesFrom(text, from, at);
  if (k === at) return false;
  if (wordEndsAt(text, from, k, AGENT_MARKER)) return true;
  if (!wordEndsAt(text, from, k, AGENT_ARTICLE)) return false;
  const j = spacesFrom(text, from, k - AGENT_ARTICLE.length);
  return j < k - AGENT_ARTICLE.length && wordEndsAt(text, from, j, AGENT_MARKER);
}

/** Whether `text[from, at)` ends with a target marker and spaces. */
function targetBefore(text: string, from: number, at: number): boolean {
  const k = spacesFrom(text, from, at);
  if (k === at) return false;
  for (const w of TARGET_MARKERS) if (wordEndsAt(text, from, k, w)) return true;
  return false;
}

/** The start of the run of spaces (`\s`) that ends at `at`, no earlier than `from`. */
function spacesFrom(text: string, from: number, at: number): number {
  let k = at;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * Whether `word` (lower-case ASCII letters) ends at `end`, in either case, starting no earlier than `from` and at a
 * word start: `from` itself, or after a character that is not an ASCII letter, digit or `_`.
 */
function wordEndsAt(text: string, from: number, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < from) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(start + i) | 32) !== word.charCodeAt(i)) return false;
  return start === from || !isWordCode(text.charCodeAt(start - 1));
}


/** Place kinds, most specific first: a sentence's event happens at its most specific place. */
const PLACE_KIND_ORDER = ['populated', 'facility', 'road', 'area', 'admin1', 'country'];

/** The most specific place named in the sentence: town or facility, then province, then country (first listed on ties). */
function placeIn(doc: SitrepDocument, ranks: readonly number[], span: Span): number | null {
  const places = doc.places ?? [];
  let best = -1;
  for (let i = 0; i < places.length; i++) {
    if (best >= 0 && ranks[i] >= ranks[best]) continue;
    for (const m of places[i].mentions) {
      if (m[0] >= span[0] && m[1] <= span[1]) {
        best = i;
        break;
      }
    }
  }
  return best >= 0 ? best : null;
}

/** The index of the first draft the sentence's event merges into (same type and sub-type, no other place), or -1. */
function merge(drafts: readonly Draft[], type: string, subType: string, place: number | null): number {
  for (let k = 0; k < drafts.length; k++) {
    const e = drafts[k].event;
    if (e.type === type && e.subType === subType && (place === null || e.place === null || e.place === place)) return k;
  }
  return -1;
}

/** Adds a draft and returns its index. */
function newDraft(drafts: Draft[], type: SitrepEvent['type'], subType: string, place: number | null, span: Span): number {
  const d: Draft = {
    event: { type, subType, actor1: null, actor2: null, date: null, datePrecision: null, place, figures: [], fatalities: { low: null, best: null, high: null }, span },
    sentences: [],
    noFatalities: false,
  };
  return drafts.push(d) - 1;
}

/** A figure joins the event of its sentence, else the nearest earlier event (the report goes on about it). */
function attachFigures(doc: SitrepDocument, sentenceEvent: readonly number[], drafts: Draft[]): void {
  const figures = doc.figures ?? [];
  const sentences = doc.sentences ?? [];
  const ordered = inOrder(sentences);
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.scope === 'background' || !drafts.length) {
      f.event = null;
      continue;
    }
    const s = sentenceIndexOf(sentences, ordered, f.span);
    let e = s >= 0 ? sentenceEvent[s] : -1;
    for (let k = s; e < 0 && k >= 0; k--) e = sentenceEvent[k];
    if (e < 0) e = 0;
    f.event = e;
    drafts[e].event.figures.push(i);
  }
  for (const d of drafts) {
    d.event.fatalities = fatalities(figures, d.event.figures, d.noFatalities);
    if (d.event.place === null) d.event.place = figurePlace(doc, d.event.figures);
  }
}

/**
 * The index of the first sentence holding `span`, or -1. When sentence starts and ends both ascend (`ordered`), the
 * only candidate is the first sentence ending at or after the span's end, found by binary search: earlier ones end
 * before the span does, later ones start no earlier than it.
 */
function sentenceIndexOf(sentences: readonly Sentence[], ordered: boolean, span: Span): number {
  if (!ordered) {
    for (let k = 0; k < sentences.length; k++) if (sentences[k].span[0] <= span[0] && span[1] <= sentences[k].span[1]) return k;
    return -1;
  }
  const lo = lowerBound(sentences.length, (i) => sentences[i].span[1], span[1]);
  return lo < sentences.length && sentences[lo].span[0] <= span[0] ? lo : -1;
}

/** Whether sentence starts and sentence ends both never decrease. */
function inOrder(sentences: readonly Sentence[]): boolean {
  for (let k = 1; k < sentences.length; k++) {
    if (sentences[k].span[0] < sentences[k - 1].span[0] || sentences[k].span[1] < sentences[k - 1].span[1]) return false;
  }
  return true;
}

function figurePlace(doc: SitrepDocument, ids: readonly number[]): number | null {
  for (const i of ids) {
    const fp = doc.figures?.[i].place;
    if (!fp) continue;
    const places = doc.places ?? [];
    for (let k = 0; k < places.length; k++) if (places[k].name === fp.name) return k;
  }
  return null;
}

/**
 * ACLED's conservative rule. Totals are the killed figures that break down no other figure (`partOf` null); when
 * the event has no total, its parts are summed. best = the lowest specific total (its stated number
 * for "about/more than/at least N"; its low bound for ranges and vague amounts); low = the lowest low bound;
 * high = the highest high bound. "No fatalities reported" makes all three 0.
 */
export function fatalities(figures: readonly Figure[], ids: readonly number[], noFatalities: boolean): Fatalities {
  let killed = 0;
  let totals = 0;
  for (const i of ids) {
    const f = figures[i];
    if (f?.kind !== 'killed') continue;
    killed++;
    if (f.partOf === null) totals++;
  }
  if (!killed) return noFatalities ? { low: 0, best: 0, high: 0 } : { low: null, best: null, high: null };
  return totals ? boundsOfTotals(figures, ids) : sumOfParts(figures, ids);
}

const lowOf = (f: Figure): number | null => f.low ?? f.value;
const bestOf = (f: Figure): number | null => (f.qualifier === 'vague' || f.qualifier === 'range' ? f.low ?? f.value : f.value ?? f.low);
const highOf = (f: Figure): number | null => f.high ?? f.value ?? f.low;

/** The killed totals among `ids`: the lowest low and best, the highest high (null when none states one). */
function boundsOfTotals(figures: readonly Figure[], ids: readonly number[]): Fatalities {
  let low = Infinity;
  let best = Infinity;
  let high = -Infinity;
  let lows = 0;
  let bests = 0;
  let highs = 0;
  for (const i of ids) {
    const f = figures[i];
    if (f?.kind !== 'killed' || f.partOf !== null) continue;
    const l = lowOf(f);
    const b = bestOf(f);
    const h = highOf(f);
    if (l !== null) {
      low = Math.min(low, l);
      lows++;
    }
    if (b !== null) {
      best = Math.min(best, b);
      bests++;
    }
    if (h !== null) {
      high = Math.max(high, h);
      highs++;
    }
  }
  return { low: lows ? low : null, best: bests ? best : null, high: highs ? high : null };
}

/** The killed parts among `ids`, summed (null when none states a number). */
function sumOfParts(figures: readonly Figure[], ids: readonly number[]): Fatalities {
  let low: number | null = null;
  let best: number | null = null;
  let high: number | null = null;
  for (const i of ids) {
    const f = figures[i];
    if (f?.kind !== 'killed' || f.partOf === null) continue;
    low = plus(low, lowOf(f));
    best = plus(best, bestOf(f));
    high = plus(high, highOf(f));
  }
  return { low, best, high };
}

function plus(acc: number | null, v: number | null): number | null {
  return v === null ? acc : (acc ?? 0) + v;
}

function setDate(doc: SitrepDocument, d: Draft): void {
  const date = eventDate(doc, d.sentences);
  if (date) {
    d.event.date = date.start;
    d.event.datePrecision = date.precision === 'period' ? 'week' : date.precision;
    return;
  }
  const published = doc.meta?.published;
  if (published) {
    d.event.date = published.slice(0, 10);
    d.event.datePrecision = 'day';
  }
}

/** The first date, in the document's order, that the event's sentences state (background periods aside). */
function eventDate(doc: SitrepDocument, sentenceIds: readonly number[]): DateMention | undefined {
  const sentences = doc.sentences ?? [];
  for (const m of doc.dates ?? []) {
    if (m.background) continue;
    for (const s of sentenceIds) {
      const span = sentences[s].span;
      if (m.span[0] >= span[0] && m.span[1] <= span[1]) return m;
    }
  }
  return undefined;
}
