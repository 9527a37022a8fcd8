/**
 * One document -> its compact story representation: content-word stems with counts, entity keys, places, event
 * types and a day. Works on the cleaned text alone (tokens from its own regex, so the result does not depend on
 * which NLP stages ran); actors, places, events and dates from the extract stages are used when present.
 */
import type { SitrepDocument } from '../model/document.js';
import type { DocRepresentation, PlacePoint } from './story-model.js';
import { dayOf } from './story-model.js';
import { STOP_WORDS, SUFFIX_RULES } from './story-tables.js';

/**
 * Distinct terms kept per document. News reports of 100–800 words have 60–300 distinct content words; the most
 * frequent 120 hold nearly all of the TF-IDF mass that decides a match, and keep a representation under ~2 kB.
 */
export const MAX_TERMS = 120;
/** Proper-noun words kept per document, most frequent first: the names that recur are the ones the story is about. */
export const MAX_NAMES = 40;
/** Title words count this many times: a headline states the event in the fewest words. */
export const TITLE_WEIGHT = 2;
/** Words shorter than this are mostly function words or initials. */
const MIN_WORD_LENGTH = 3;
/** Event dates further than this before publication are background ("since 2011"), not the reported event. */
const MAX_EVENT_LAG_DAYS = 14;

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
const POSSESSIVE = /['’]s?$/;
/** Characters after which a capital letter only marks a sentence start. */
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', '\n', '"', '“', '‘', "'", '(', '—', '–', '-']);

/** Folds a lower-cased word to its stem with the suffix table. */
export function stem(word: string): string {
  for (const r of SUFFIX_RULES) {
    if (word.endsWith(r.suffix) && word.length - r.suffix.length >= r.min) {
      return word.slice(0, word.length - r.suffix.length) + r.replace;
    }
  }
  return word;
}

interface WordCounts {
  terms: Map<string, number>;
  /** Words -> occurrences, negative once the word was seen in lower case (then it is not a name). */
  names: Map<string, number>;
}

/** True when the word at `at` opens a sentence or line, where capitals say nothing about names. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || SENTENCE_OPENERS.has(text[i]);
}

/**
 * Counts content words into `into.terms`; when `names` is set, also tracks which words look like names.
 * Titles are counted without name tracking: headline case capitalises every word.
 */
function countWords(text: string, weight: number, into: WordCounts, names: boolean): void {
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(POSSESSIVE, '');
    if (raw.length < MIN_WORD_LENGTH) continue;
    const lower = raw.toLowerCase();
    if (STOP_WORDS.has(lower)) continue;
    if (names) trackName(into.names, raw, lower, opensSentence(text, m.index));
    const s = stem(lower);
    into.terms.set(s, (into.terms.get(s) ?? 0) + weight);
  }
}

/** A name is a word never seen in lower case: "Aleppo" is; "rebels" is not, even when a sentence opens with it. */
function trackName(names: Map<string, number>, raw: string, lower: string, initial: boolean): void {
  const seen = names.get(lower) ?? 0;
  if (raw[0] === lower[0]) names.set(lower, -1);
  else if (seen >= 0) names.set(lower, initial ? seen : seen + 1);
}

function topTerms(terms: Map<string, number>): Array<[string, number]> {
  const all = [...terms];
  all.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return all.slice(0, MAX_TERMS);
}

function topNames(names: Map<string, number>): string[] {
  const all = [...names].filter(([, n]) => n > 0);
  all.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return all.slice(0, MAX_NAMES).map(([w]) => w);
}

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Actor types left out of a story's entities: they appear in reports of every kind of event ("civilians"), or are
 * the reporters rather than the reported (media, monitors).
 */
export const IGNORED_ACTOR_TYPES: ReadonlySet<string> = new Set(['civilians', 'media', 'monitor']);
/** Only named actors count: "police", "army", "witnesses" are in every other report and name no one. */
const PROPER_NAME = /\p{Lu}/u;

/**
 * How much an actor counts towards a story's label: the parties the events name (who attacked whom) first, then
 * armed actors, then any other named actor (agencies, officials), who comment more often than they act.
 */
export const ACTOR_LABEL_WEIGHTS = { eventParty: 4, armed: 2, other: 1 } as const;
const ARMED_TYPES: ReadonlySet<string> = new Set(['state-force', 'nonstate-armed-group', 'militia', 'international-force']);
/** Articles an actor table may keep at the front of a name ("The TNLA"). */
const LEADING_ARTICLE = /^the\s+/i;

function actorsOf(doc: SitrepDocument): Array<[string, number]> {
  const parties = new Set<string>();
  for (const e of doc.events ?? []) for (const a of [e.actor1, e.actor2]) if (a) parties.add(a);
  const out = new Map<string, number>();
  const actors = (doc.actors ?? []).filter((a) => !IGNORED_ACTOR_TYPES.has(a.type) && PROPER_NAME.test(a.name));
  actors.sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1));
  for (const a of actors) {
    const name = a.name.replace(LEADING_ARTICLE, '');
    const w = parties.has(a.name)
      ? ACTOR_LABEL_WEIGHTS.eventParty
      : ARMED_TYPES.has(a.type)
        ? ACTOR_LABEL_WEIGHTS.armed
        : ACTOR_LABEL_WEIGHTS.other;
    out.set(name, Math.max(out.get(name) ?? 0, w));
  }
  return [...out];
}

/**
 * Places that can tell events apart: towns, roads, facilities and provinces. Countries are left out: two events in
 * one country in one week are common (a protest in the capital, a crash on a highway) and a shared country says
 * little; the proper-noun entities still carry the country name.
 */
function placesOf(doc: SitrepDocument): PlacePoint[] {
  const out = new Map<string, PlacePoint>();
  for (const p of doc.places ?? []) {
    const key = normaliseName(p.name);
    if (!key || out.has(key) || p.kind === 'country' || p.precision === 'country') continue;
    const level = p.kind === 'admin1' || p.precision === 'admin1' ? 'admin1' : 'local';
    out.set(key, { key, name: p.name, lat: p.lat, lon: p.lon, level, weight: Math.max(1, p.mentions.length) });
  }
  return [...out.values()];
}

/** The day the document's event happened: its events' dates, else publication, else the first date it states. */
export function documentDay(doc: SitrepDocument): number | null {
  const published = dayOf(doc.meta.published);
  // Only day-precise event dates: "fighting since 2011" resolves to 1 Jan 2011, which is no day at all.
  const eventDays = (doc.events ?? [])
    .filter((e) => e.datePrecision === 'day')
    .map((e) => dayOf(e.date))
    .filter((d): d is number => d !== null);
  const plausible =
    published === null ? eventDays : eventDays.filter((d) => d <= published && d >= published - MAX_EVENT_LAG_DAYS);
  if (plausible.length) return Math.min(...plausible);
  if (published !== null) return published;
  const stated = (doc.dates ?? []).filter((d) => !d.background && d.precision === 'day').map((d) => dayOf(d.start));
  const days = stated.filter((d): d is number => d !== null);
  return days.length ? Math.min(...days) : null;
}

/** Builds the representation of a cleaned (and ideally analysed) document. */
export function representDocument(doc: SitrepDocument): DocRepresentation {
  const counts: WordCounts = { terms: new Map(), names: new Map() };
  if (doc.meta.title) countWords(doc.meta.title, TITLE_WEIGHT, counts, false);
  countWords(doc.text, 1, counts, true);
  const actors = actorsOf(doc);
  const places = placesOf(doc);
  const entities = new Set<string>();
  for (const [a] of actors) entities.add(`a:${normaliseName(a)}`);
  for (const word of topNames(counts.names)) entities.add(`n:${word}`);
  for (const p of places) entities.add(`n:${p.key}`);
  const eventTypes = [...new Set((doc.events ?? []).map((e) => e.type))];
  return {
    id: doc.id,
    day: documentDay(doc),
    terms: topTerms(counts.terms),
    entities: [...entities],
    places,
    eventTypes,
    actors,
    duplicateOf: doc.duplicateOf?.id ?? null,
  };
}
