/**
 * Stage `attribute-sources`: credits each figure to the originator the text names — "according to X", "X said /
 * reported / put the toll at", "…, the Observatory stated", "it added" (the last source named), a headline ending
 * ": police". Names are canonicalised through the one actor table (tables/actors.ts), so "SOHR", "the Britain-based
 * war monitor" and "Syrian Observatory for Human Rights" are one source. The outlet that published the document is
 * not the source; uncredited figures keep `source: null`.
 *
 * A figure with no credit in its own sentence takes the source named in the few sentences before it (reports name
 * the monitor once, then go on giving its numbers), or for a lead sentence, the source named right after it.
 */
import type { SitrepDocument } from '../model/document.js';
import type { Figure } from '../model/figure.js';
import { documentWords, readNumbers, type Word } from '../nlp/read-numbers.js';
import { defineStage } from '../pipeline/stage.js';
import { BoundedMemo } from '../nlp/bounded-memo.js';
import { PERSON_TITLES, actorFirstWords, isContextualPhrase, lookupActor, normaliseCached, type ActorEntry } from './tables/actors.js';
import {
  AND_COMPOUNDS,
  ANAPHORS,
  BODY_ROLES,
  ANAPHOR_TYPES,
  ATTRIBUTION_VERBS,
  CATAPHOR_TYPES,
  CONDITIONAL_VERBS,
  DATE_NAMES,
  POSSESSIVE_COUNT_NOUNS,
  POSSESSOR_STOPS,
  RELEASE_HEADER,
  SOURCE_BEFORE,
  SOURCE_CARRY_SENTENCES,
  SOURCE_HEADS,
  SOURCE_LOOKAHEAD_SENTENCES,
  SUBJECT_BOUNDARIES,
  SUBJECT_FILLERS,
} from './tables/sources.js';

/** One credit in a sentence: where it is, and the canonical source (anaphors already resolved). */
export interface Attribution {
  at: number;
  source: string;
  /** For a possessive credit ("the observatory's count of 11"): the text range whose figure it credits outright. */
  binds?: readonly [number, number];
}

/** An anaphor names its own kind ("the monitor"), used as the source when nothing was named before it. */
type Resolved = { source: string } | { anaphor: true; own: string | null } | null;

const MAX_SUBJECT_WORDS = 16;
/** Words between a subject and its verb that are not part of the name ("has said", "later reported"). */
const SUBJECT_TRAILERS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'later', 'earlier', 'previously', 'again', 'first', 'reportedly', 'separately', 'further', 'would', 'will', 'did']);
/** Boundaries for a second reading of the subject that steps over relative clauses. */
const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([';', ':', '–', '—', '"', '“', '”', 'but', 'while', 'whereas', 'because', 'although', 'though']);
const MAX_SOURCE_WORDS = 9;
const HEADLINE_CREDIT = /[:—–|]\s*([A-Z][^:—–|]{1,50})$|,\s+((?:[A-Za-z][\w.’'-]*\s+){0,5}[\w.’'-]+)\s+(?:say|says|said)\s*$/;

export const attributeSourcesStage = defineStage({
  name: 'attribute-sources',
  requires: ['text', 'sentences', 'figures'],
  assigns: ['figures'],
  run(doc) {
    attributeSources(doc);
  },
});

/** Sets `source` on every figure of an analysed document. */
export function attributeSources(doc: SitrepDocument): void {
  const figures = doc.figures ?? [];
  if (!figures.length) return;
  const sentences = doc.sentences ?? [];
  const inSentence = sentenceOfEach(figures, sentences);
  let last = -1;
  for (const si of inSentence) last = Math.max(last, si);
  // sentences after the last figure's (and its lookahead) credit nothing anyone reads
  const credits = creditsBySentence(doc, last + SOURCE_LOOKAHEAD_SENTENCES);
  let firstCredited = credits.findIndex((c) => c.length > 0);
  if (firstCredited < 0) firstCredited = credits.length;
  const titleCredit = titleCreditOf(doc.meta.title);
  const author = releaseAuthor(doc);
  for (let fi = 0; fi < figures.length; fi++) {
    const si = inSentence[fi];
    if (si < 0) continue;
    figures[fi].source = sourceFor(figures, fi, si, credits, firstCredited < si, titleCredit) ?? (figures[fi].scope === 'background' ? null : author);
  }
}

/** The author a press release names in its first line (RELEASE_HEADER), credited with its uncredited figures. */
function releaseAuthor(doc: SitrepDocument): string | null {
  // the first line, not the first sentence: "Communiqué No. 27 of …" is one header whatever its full stops
  const m = RELEASE_HEADER.exec(doc.text.slice(0, 300).trimStart().split('\n')[0]);
  const name = m && (m[1] ?? m[2]);
  const hit = name ? resolvePhrase(name.trim()) : null;
  return hit && 'source' in hit ? hit.source : null;
}

/** A headline's credit ("Storm leaves 8 dead, officials say") and the numbers the headline states. */
interface TitleCredit {
  source: string;
  values: Set<number>;
}

function titleCreditOf(title: string | null): TitleCredit | null {
  if (!title) return null;
  const m = HEADLINE_CREDIT.exec(title.trim());
  const name = m && (m[1] ?? m[2]);
  const hit = name ? resolvePhrase(name.trim()) : null;
  if (!hit || !('source' in hit)) return null;
  return { source: hit.source, values: new Set(readNumbers(title).map((n) => n.value).filter((v): v is number => v !== null)) };
}

/** The sentence each figure starts in, reading figures in document order (-1 for one that starts between sentences). */
function sentenceOfEach(figures: readonly Figure[], sentences: NonNullable<SitrepDocument['sentences']>): number[] {
  const out = new Array<number>(figures.length).fill(-1);
  let fi = 0;
  for (let si = 0; si < sentences.length && fi < figures.length; si++) {
    const sa = sentences[si].span[0];
    const sb = sentences[si].span[1];
    while (fi < figures.length && figures[fi].span[0] < sb) {
      if (figures[fi].span[0] >= sa) out[fi] = si;
      fi++;
    }
  }
  return out;
}

function sourceFor(figures: Figure[], fi: number, si: number, credits: Attribution[][], anyBefore: boolean, titleCredit: TitleCredit | null): string | null {
  const f = figures[fi];
  const own = credits[si];
  const bound = own.find((a) => a.binds && f.span[0] >= a.binds[0] && f.span[0] < a.binds[1]);
  if (bound) return bound.source;
  if (own.length) return nearest(own, f.span[0]).source;
  if (f.partOf !== null) return figures[f.partOf].source;
  if (f.scope === 'background') return null;
  if (titleCredit && titleCredit.values.has(f.value ?? NaN)) return titleCredit.source;
  for (let k = si - 1; k >= 0 && si - k <= SOURCE_CARRY_SENTENCES; k--) {
    if (credits[k].length) return credits[k][credits[k].length - 1].source;
  }
  if (!anyBefore) {
    for (let k = si + 1; k < credits.length && k - si <= SOURCE_LOOKAHEAD_SENTENCES; k++) {
      if (credits[k].length) return credits[k][0].source;
    }
  }
  return null;
}

function nearest(list: Attribution[], at: number): Attribution {
  let best = list[0];
  for (const a of list) if (Math.abs(a.at - at) < Math.abs(best.at - at)) best = a;
  return best;
}

/**
 * The credits of every sentence (up to sentence index `upto`), in order, with "it"/"the group"/"which" resolved to
 * the last source named.
 */
export function creditsBySentence(doc: SitrepDocument, upto = Infinity): Attribution[][] {
  const prev = docActors;
  const prevPersons = docPersons;
  const prevResolved = docResolved;
  const prevNoted = personsNoted;
  docActors = documentActorNames(doc);
  docPersons = new Map();
  docResolved = new Map();
  personsNoted = 0;
  try {
    return creditsIn(doc, upto);
  } finally {
    docActors = prev;
    docPersons = prevPersons;
    docResolved = prevResolved;
    personsNoted = prevNoted;
  }
}

/**
 * The document's own resolution of descriptions, from the actor stage: "the Observatory" → the report's "Sahel
 * Conflict Observatory", "the army" → "Nigerien army". Only contextual descriptions and generic names are mapped
 * (by surface and by generic entry name); short anaphors ("the group") stay positional (the last source named).
 */
interface DocActors {
  bySurface: Map<string, string>;
  byGeneric: Map<string, string>;
}
let docActors: DocActors | null = null;

function documentActorNames(doc: SitrepDocument): DocActors | null {
  if (!doc.actors?.length) return null;
  const bySurface = new Map<string, string>();
  const byGeneric = new Map<string, string>();
  for (const a of doc.actors) {
    for (const alias of a.aliases) {
      const entry = lookupActor(alias);
      // only armed forces are specialised in credits ("the army said" → "Nigerien army"); "officials" and
      // "authorities" stay as the generic government, which is what a reader would write
      if (entry?.generic && entry.type === 'state-force' && entry.name !== a.name && a.type === 'state-force') {
        bySurface.set(normalised(alias), a.name);
        byGeneric.set(entry.name, a.name);
      } else if (!entry && isContextualPhrase(alias)) bySurface.set(normalised(alias), a.name);
    }
  }
  return bySurface.size ? { bySurface, byGeneric } : null;
}

function creditsIn(doc: SitrepDocument, upto: number): Attribution[][] {
  const out: Attribution[][] = [];
  let last: string | null = null;
  const named: string[] = [];
  const words = documentWords(doc);
  const sentences = doc.sentences ?? [];
  let wi = 0;
  for (let si = 0; si < sentences.length && si <= upto; si++) {
    const s = sentences[si];
    const sa = s.span[0];
    const sb = s.span[1];
    while (wi < words.length && words[wi].start < sa) wi++;
    let we = wi;
    while (we < words.length && words[we].start < sb) we++;
    const found: Attribution[] = [];
    for (const c of findCredits(doc.text, words, wi, we, s.heading === true || sa === 0)) {
      let source: string | null = 'source' in c.who ? c.who.source : (antecedent(named, c.who.own) ?? last ?? c.who.own);
      if (!source) continue;
      if ('source' in c.who) source = cataphor(doc, named, source, c.at) ?? source;
      if (named[named.length - 1] !== source) named.push(source);
      found.push(c.binds ? { at: c.at, source, binds: c.binds } : { at: c.at, source });
      last = source;
    }
    out.push(found.sort((x, y) => x.at - y.at));
    wi = we;
  }
  return out;
}

/** ANAPHOR_TYPES' head nouns as whole-word tests, compiled once. */
const ANAPHOR_HEAD_RES = new Map(Object.keys(ANAPHOR_TYPES).map((head) => [head, new RegExp(`\\b${head}\\b`, 'i')]));

/**
 * A typed anaphor ("the ministry", "the agency", "the monitor") refers back to the most recent source it can name:
 * one whose name holds the noun ("the territory's health ministry") or whose actor type it names. Untyped anaphors
 * ("it", "the group", "the statement") and typed ones with no fitting source take the last source named.
 */
function antecedent(named: readonly string[], own: string | null): string | null {
  if (!own) return null;
  const head = lastWord(own);
  const types = ANAPHOR_TYPES[head];
  const word = ANAPHOR_HEAD_RES.get(head);
  if (!types || !word) return null;
  for (let k = named.length - 1; k >= 0; k--) if (word.test(named[k])) return named[k];
  for (let k = named.length - 1; k >= 0; k--) {
    const type = lookupActor(named[k])?.type;
    if (type && types.includes(type)) return named[k];
  }
  return null;
}

/**
 * A lower-case description with no antecedent ("killing 23 people, a conflict monitor said") names the report's
 * only actor of its type that the text names later ("the Sahel Conflict Observatory said…"). With no such actor, or
 * two of them, it stays as written.
 */
function cataphor(doc: SitrepDocument, named: readonly string[], source: string, at: number): string | null {
  if (!/^[a-z]/.test(source) || !doc.actors?.length) return null;
  const types = CATAPHOR_TYPES[lastWord(source)];
  if (!types) return null;
  for (const n of named) {
    const type = lookupActor(n)?.type ?? doc.actors.find((a) => a.name === n)?.type;
    if (type && types.includes(type)) return null; // an earlier antecedent: not a forward reference
  }
  let only: string | null = null;
  for (const a of doc.actors) {
    if (!types.includes(a.type) || !/^[A-Z]/.test(a.name) || !a.mentions.length) continue;
    if (!a.mentions.every((m) => m[0] > at)) continue;
    if (only !== null && only !== a.name) return null;
    only = a.name;
  }
  return only;
}

interface RawCredit {
  at: number;
  who: { source: string } | { anaphor: true; own: string | null };
  binds?: readonly [number, number];
}

/**
 * For each word length, the first letters ("a" = bit 0) of the ATTRIBUTION_VERBS of that length: most words of a
 * sentence ("the", "of", ",") fail this test and are never looked up. Null when a verb does not start with a-z.
 */
const VERB_SHAPES = shapesOf(ATTRIBUTION_VERBS);

function shapesOf(words: ReadonlySet<string>): number[] | null {
  const shapes: number[] = [];
  for (const w of words) {
    const c = w.charCodeAt(0) - 97;
    if (c < 0 || c > 25) return null;
    shapes[w.length] = (shapes[w.length] ?? 0) | (1 << c);
  }
  return shapes;
}

/** False when `l` cannot be one of the ATTRIBUTION_VERBS (see VERB_SHAPES). */
function mayBeVerb(l: string): boolean {
  if (!VERB_SHAPES) return true;
  const c = l.charCodeAt(0) - 97;
  return c >= 0 && c <= 25 && ((VERB_SHAPES[l.length] ?? 0) & (1 << c)) !== 0;
}

/** SOURCE_BEFORE, stepped through with `exec` (this module's own copy, so no one else moves its lastIndex). */
const SOURCE_BEFORE_ALL = new RegExp(SOURCE_BEFORE.source, SOURCE_BEFORE.flags.includes('g') ? SOURCE_BEFORE.flags : `${SOURCE_BEFORE.flags}g`);

function findCredits(text: string, words: readonly Word[], ws: number, we: number, heading: boolean): RawCredit[] {
  const out: RawCredit[] = [];
  const sa = words[ws]?.start ?? 0;
  const sb = we > ws ? words[we - 1].end : sa;
  const sentence = text.slice(sa, sb);
  SOURCE_BEFORE_ALL.lastIndex = 0;
  for (let m = SOURCE_BEFORE_ALL.exec(sentence); m; m = SOURCE_BEFORE_ALL.exec(sentence)) {
    const at = sa + m.index + m[0].length;
    let j = ws;
    while (j < we && words[j].start < at) j++;
    if (j >= we) continue;
    const who = resolveForward(words, j, we);
    if (who) out.push({ at: sa + m.index, who });
  }
  for (let j = ws; j < we; j++) {
    const l = words[j].lower;
    if (!mayBeVerb(l) || !ATTRIBUTION_VERBS.has(l)) continue;
    const cond = CONDITIONAL_VERBS[l];
    if (cond && !cond.test(text.slice(words[j].end, words[j].end + 40))) continue;
    if (words[j - 1]?.lower === 'an' || words[j - 1]?.lower === 'the') continue; // "an estimated", "the reported"
    if (negated(words, ws, j)) continue; // "neither the army nor monitors have confirmed"
    const who = resolveSubject(words, ws, j) ?? (isClauseStart(words, ws, j) ? resolveForward(words, j + 1, we) : null);
    if (who) out.push({ at: words[j].start, who });
  }
  possessiveCredits(words, ws, we, out);
  if (heading) {
    const m = HEADLINE_CREDIT.exec(sentence);
    const name = m && (m[1] ?? m[2]);
    const hit = name ? resolvePhrase(name.trim()) : null;
    if (hit && 'source' in hit) out.push({ at: sb - name!.length, who: hit });
  }
  return out;
}

const POSSESSIVE_END = /^(.+?)['’]s$/;
/** How far after the count noun a possessive credit reaches ("count of 11", "toll, which stood at 41"). */
const POSSESSIVE_REACH = 6;

/** A cheap test that a word may match POSSESSIVE_END: it ends in "'s" or "’s" after at least one character. */
function endsPossessive(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115) return false; // "s"
  const q = w.charCodeAt(n - 2);
  return q === 39 || q === 8217; // "'" or "’"
}

/** "the observatory's count of 11", "OCHA's estimate of 12,500": the possessor credits the number it gives. */
function possessiveCredits(words: readonly Word[], ws: number, we: number, out: RawCredit[]): void {
  for (let j = ws; j + 1 < we; j++) {
    if (!endsPossessive(words[j].text)) continue;
    const m = POSSESSIVE_END.exec(words[j].text);
    if (!m) continue;
    let n = j + 1;
    if (!POSSESSIVE_COUNT_NOUNS.has(words[n].lower)) {
      // "the ministry's latest toll", "the monitor's own count", "the UN's death toll"
      if (n + 1 >= we || !POSSESSIVE_COUNT_NOUNS.has(words[n + 1].lower)) continue;
      n++;
    }
    let a = j;
    while (a > ws && j - a < 5 && !POSSESSOR_STOPS.has(words[a - 1].lower) && !/^[^\p{L}\d]+$/u.test(words[a - 1].text)) {
      a--;
      if (DETERMINERS.test(words[a].text)) break;
    }
    const phrase = (a < j ? phraseOf(words, a, j) + ' ' : '') + m[1];
    const who = resolvePhrase(phrase, true);
    if (!who) continue;
    const end = words[Math.min(we - 1, n + POSSESSIVE_REACH)].end;
    out.push({ at: words[a].start, who, binds: [words[a].start, end] });
  }
}

const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'neither', 'nor', 'no', "n't", 'yet']);
/** A credit the text denies ("has not confirmed", "neither … nor … have confirmed") credits nothing. */
function negated(words: readonly Word[], ws: number, j: number): boolean {
  for (let k = j - 1; k >= ws && k >= j - 6; k--) {
    if (NEGATIONS.has(words[k].lower) || words[k].lower.endsWith("n't")) return true;
    if (words[k].text === ',') return false;
  }
  return false;
}

/** "…, said the police" / "said Ahmed Ali, a spokesman": the verb opens its clause, the source follows it. */
function isClauseStart(words: readonly Word[], ws: number, j: number): boolean {
  const p = words[j - 1];
  return !p || j === ws || p.text === ',' || p.text === '”' || p.text === '"';
}

/** The subject before a verb, tried part by part between commas ("On Thursday, the monitoring group said"). */
function resolveSubject(words: readonly Word[], ws: number, verb: number): Resolved {
  const first = resolveSubjectWithin(words, ws, verb, SUBJECT_BOUNDARIES);
  if (first && !('source' in first && !lookupActor(first.source) && first.source.split(' ').length > 2)) return first;
  // "The Sahel Relief Network, a group of charities that runs water points, said": look past relative clauses
  return resolveSubjectWithin(words, ws, verb, CLAUSE_BOUNDARIES) ?? first;
}

/**
 * An "and" inside a name does not end the subject: between capitalised words ("Office of Disaster Preparedness and
 * Emergency Management") or in a fixed pair (AND_COMPOUNDS: "the local search and rescue agency").
 */
function joinsName(words: readonly Word[], k: number, ws: number): boolean {
  if (words[k].lower !== 'and' || k <= ws || k + 1 >= words.length) return false;
  const before = words[k - 1].text;
  const after = words[k + 1].text;
  if (/^[A-Z][a-z]/.test(before) && /^[A-Z][a-z]/.test(after) && k - 1 > ws) return true;
  return AND_COMPOUNDS.has(`${words[k - 1].lower} and ${words[k + 1].lower}`);
}

function resolveSubjectWithin(words: readonly Word[], ws: number, verb: number, boundaries: ReadonlySet<string>): Resolved {
  let v = verb;
  while (v > ws && SUBJECT_TRAILERS.has(words[v - 1].lower)) v--; // "The Front has said", "police later said"
  let a = v;
  const limit = boundaries === SUBJECT_BOUNDARIES ? MAX_SUBJECT_WORDS : MAX_SUBJECT_WORDS + 10;
  while (a > ws && verb - a < limit && !(boundaries.has(words[a - 1].lower) && !joinsName(words, a - 1, ws))) a--;
  if (a === v) return null;
  verb = v;
  const parts: Array<[number, number]> = [];
  let start = a;
  for (let k = a; k <= verb; k++) {
    if (k === verb || words[k].text === ',' || words[k].text === '(' || words[k].text === ')') {
      if (k > start) parts.push([start, k]);
      start = k + 1;
    }
  }
  // the part next to the verb first ("…, it added", "…, the Observatory stated"), then earlier parts
  // relative clauses are not subjects ("The army, which says it killed 60 of the attackers, has reported …")
  while (parts.length > 1 && RELATIVES.has(words[parts[parts.length - 1][0]].lower) && parts[parts.length - 1][1] - parts[parts.length - 1][0] > 1) parts.pop();
  const last = parts[parts.length - 1];
  if (!last) return null;
  const near = resolvePhrase(phraseOf(words, last[0], last[1]), true);
  // "The army, which says": "which" is the noun phrase right before it
  if (near && !('source' in near) && RELATIVES.has(words[last[0]].lower) && parts.length > 1) {
    const prev = parts[parts.length - 2];
    const hit = resolvePhrase(phraseOf(words, prev[0], prev[1]), true);
    if (hit && 'source' in hit) return hit;
  }
  if (near && (!('source' in near) || lookupActor(near.source) || describedSource(near.source) || isNamedPerson(near.source))) return near;
  let fallback: Resolved = near;
  for (const [x, y] of parts.slice(0, -1)) {
    const phrase = phraseOf(words, x, y);
    if (SUBJECT_FILLERS.test(phrase) || y - x > MAX_SOURCE_WORDS) continue; // a clause, not a name
    const hit = resolvePhrase(phrase, true);
    if (hit && 'source' in hit && lookupActor(hit.source) && !lookupActor(hit.source)!.generic) return hit;
    if (hit && 'source' in hit) fallback ??= hit;
  }
  return fallback;
}

/** Clause words that end a source phrase read forward. */
const FORWARD_STOPS: ReadonlySet<string> = new Set(['which', 'who', 'that', 'on', 'in']);

/** The source phrase after "according to" or an opening "said": up to the next comma or clause word. */
function resolveForward(words: readonly Word[], j: number, we: number): Resolved {
  let k = j;
  while (k < we && k - j < MAX_SOURCE_WORDS && !/^[,.;:()“”"]$/.test(words[k].text) && !FORWARD_STOPS.has(words[k].lower)) k++;
  if (k === j) return null;
  return resolvePhrase(phraseOf(words, j, k), true);
}

function phraseOf(words: readonly Word[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += (k > a && words[k].start > words[k - 1].end ? ' ' : '') + words[k].text;
  return s;
}

/**
 * A phrase to a canonical source: the actor table's longest known run (named before generic), an anaphor, or a
 * capitalised name as written ("Iranian news agencies", "the Riverton Fire Department").
 */
export function resolvePhrase(phrase: string, allowProper = true): Resolved {
  if (!docResolved) return resolveAnew(phrase, allowProper);
  const key = `${personsNoted}|${allowProper ? 1 : 0}|${phrase}`;
  let hit = docResolved.get(key);
  if (hit === undefined) {
    hit = resolveAnew(phrase, allowProper);
    docResolved.set(key, hit);
  }
  return hit;
}

/**
 * The phrases resolved so far in the document being credited, by phrase, `allowProper` and `personsNoted`: within
 * one document a phrase resolves the same way until another titled person is noted.
 */
let docResolved: Map<string, Resolved> | null = null;
/** How many times a titled person has been noted in `docPersons` (counted per document). */
let personsNoted = 0;

/** The last space-separated word of a phrase. */
function lastWord(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1);
}

/** `resolvePhrase` itself, without the memo. */
function resolveAnew(phrase: string, allowProper: boolean): Resolved {
  const direct = lookupActor(phrase);
  if (direct && !direct.generic) return { source: direct.name };
  const speaker = SPEAKER_FOR.exec(phrase);
  if (speaker) {
    const body = resolvePhrase(speaker[1], allowProper);
    if (body) return body;
  }
  const local = docActors?.bySurface.get(normalised(phrase));
  if (local) return { source: local };
  const tokens = phrase.match(NON_SPACE_RUNS) ?? []; // the phrase split at whitespace
  const earlier = namedPersonRef(tokens);
  if (earlier) return { source: earlier };
  const person = titledPerson(tokens);
  if (person) return { source: person };
  const described = describedBody(tokens, direct !== null);
  if (described) return { source: described };
  let generic: string | null = direct ? (docActors?.byGeneric.get(direct.name) ?? direct.name) : null;
  const inner = innerEntries(phrase, tokens);
  if (inner.named) return { source: ownName(tokens, inner.named.at) ?? longerName(tokens, inner.named.end) ?? inner.named.entry.name };
  if (inner.generic && !generic) generic = ownName(tokens, inner.generic.at) ?? docActors?.byGeneric.get(inner.generic.entry.name) ?? inner.generic.entry.name;
  if (generic) return { source: generic };
  const lower = phrase.toLowerCase().replace(/^(?:the|a|an)\s+/, 'the ').trim();
  if (ANAPHORS.has(lower) || ANAPHORS.has(lower.replace(/^the /, ''))) {
    const own = lower.replace(/^the /, '');
    return { anaphor: true, own: PRONOUNS.has(own) ? null : own };
  }
  if (!allowProper) return null;
  const long = longProperName(tokens);
  if (long) return { source: long };
  if (tokens.length > 6) return null;
  const bare = tokens.filter((t, i) => !(i === 0 && DETERMINERS.test(t)));
  // "the coastguard", "a school official", "the mining company": a source named by what it is
  if (bare.length && bare.length <= 4 && SOURCE_HEADS.has(bare[bare.length - 1].toLowerCase()) && !/^[A-Z]/.test(bare[0])) {
    return { source: bare.join(' ') };
  }
  const proper = tokens.findIndex((t, i) => /^[A-Z]/.test(t) && !(i === 0 && DETERMINERS.test(t)));
  if (proper < 0 || /^(?:It|They|He|She|We|I|This|That|There)$/.test(tokens[proper])) return null;
  const name = tokens.slice(proper);
  // "…, 12 March", "Monday": dates and numbers are not anyone's name
  if (name.every((t) => DATE_NAMES.has(t.toLowerCase().replace(/[.,]$/, '')) || /^\d/.test(t))) return null;
  const tail = name[name.length - 1].toLowerCase();
  // a name as written: "Geir Pedersen", "Riverton Fire Department", "Iranian news agencies" — not "Russian air strikes on …"
  if (!/^[A-Z]/.test(name[name.length - 1]) && !SOURCE_HEADS.has(tail)) return null;
  return { source: name.join(' ').replace(/[’']s$/, '') };
}

/** A table entry named by the tokens `[at, end)` of a phrase. */
interface InnerEntry {
  at: number;
  end: number;
  entry: ActorEntry;
}

/**
 * The table entries inside a phrase, runs of up to 7 of its tokens tried longest first, then left to right: the
 * first named entry, and the first generic one met before it.
 */
interface InnerEntries {
  named: InnerEntry | null;
  generic: InnerEntry | null;
}

/** Longest run of a phrase's tokens looked up in the actor table. */
const MAX_INNER_TOKENS = 7;

function innerEntriesOf(tokens: readonly string[]): InnerEntries {
  let generic: InnerEntry | null = null;
  for (let len = Math.min(tokens.length - 1, MAX_INNER_TOKENS); len >= 1; len--) {
    for (let a = 0; a + len <= tokens.length; a++) {
      const hit = lookupActor(joinTokens(tokens, a, a + len));
      if (hit && !hit.generic) return { named: { at: a, end: a + len, entry: hit }, generic };
      if (hit && !generic) generic = { at: a, end: a + len, entry: hit };
    }
  }
  return { named: null, generic };
}

/**
 * `innerEntriesOf` by phrase, across documents: the answer depends only on the phrase and the actor table, so a
 * phrase that recurs in a batch ("the Syrian Observatory for Human Rights said") is looked up run by run once. Emptied
 * when the table changes (registerActors) or the memo grows past its bound.
 */
const innerMemo = new BoundedMemo<InnerEntries>();
let innerMemoTable: ReadonlySet<string> | null = null;

function innerEntries(phrase: string, tokens: readonly string[]): InnerEntries {
  const table = actorFirstWords();
  if (table !== innerMemoTable) {
    innerMemo.clear();
    innerMemoTable = table;
  }
  return innerMemo.get(phrase, innerEntriesOf, tokens);
}

/** Actor phrases normalised for lookup (the actor table's bounded memo; the same phrases recur across a batch). */
const normalised = normaliseCached;

/** `tokens.slice(a, b).join(' ')` without the intermediate array. */
function joinTokens(tokens: readonly string[], a: number, b: number): string {
  let s = tokens[a];
  for (let k = a + 1; k < b; k++) s += ' ' + tokens[k];
  return s;
}

const NON_SPACE_RUNS = /\S+/g;
const DETERMINERS = /^(?:the|a|an|his|her|their|its|our)$/i;
/** "a spokesperson for the authority", "an official at the ministry", "sources in the army": the body speaks. */
const SPEAKER_FOR =
  /^(?:(?:a|an|the|one)\s+)?(?:(?:senior|top|local|chief|deputy|regional)\s+)?(?:spokes(?:man|woman|person)|officials?|representatives?|sources?|press\s+officer|member)\s+(?:for|of|at|with|from|in|close\s+to)\s+((?:the\s+)?\S.*)$/i;
/** Lower-case words inside an organisation's full name ("National Institute for Disaster Risk Management"). */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'the', '&', 'de', 'du', 'des', 'la', 'el', 'al']);
const CAPITALISED = /^[A-Z][\p{L}\d.’'&-]*$/u;

/**
 * A full organisation name of up to 10 words, every content word capitalised ("the Kenya National Commission on
 * Human Rights", "Jamaica's Office of Disaster Preparedness and Emergency Management"): kept as written, without a
 * leading determiner or owner ("Jamaica's"). Shorter names take the general path below.
 */
function longProperName(tokens: readonly string[]): string | null {
  let a = DETERMINERS.test(tokens[0] ?? '') ? 1 : 0;
  if (a + 1 < tokens.length && /^[A-Z][\p{L}-]*['’]s$/u.test(tokens[a]) && CAPITALISED.test(tokens[a + 1])) a++;
  const name = tokens.slice(a);
  if (name.length < 5 || name.length > 10) return null;
  if (!CAPITALISED.test(name[0]) || !CAPITALISED.test(name[name.length - 1])) return null;
  if (!name.every((t) => CAPITALISED.test(t) || NAME_LINKS.has(t))) return null;
  if (!name.some((t) => NAME_LINKS.has(t))) return null; // a run of capitalised words alone may be a sentence opening
  return name.join(' ').replace(/[’']s$/, '');
}

/**
 * "President Gabriel Boric", "Dr Aissata Hamadou": a title, then a capitalised name → the person. Not when an
 * organisation comes first ("Army spokesman Colonel Moussa Karimou" speaks for the army) or the title is a
 * spokesperson's.
 */
const SPOKES = /^spokes(?:man|woman|person)$/i;
const NAME_WORD = /^[A-Z][\p{L}’'-]+$/u;
/** Lower-case or capitalised words allowed before a title ("regional governor", "Red Sea governor", "Energy Minister"). */
const MAX_TITLE_MODIFIERS = 3;
function titledPerson(tokens: readonly string[]): string | null {
  let i = 0;
  while (i < tokens.length && DETERMINERS.test(tokens[i])) i++;
  const from = i;
  for (; i < tokens.length && i - from <= MAX_TITLE_MODIFIERS; i++) {
    const lower = tokens[i].toLowerCase();
    const t = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    if (SPOKES.test(t)) return null;
    if (!PERSON_TITLES.has(t)) {
      if (!/^[\p{L}-]+$/u.test(tokens[i])) return null;
      continue;
    }
    const rest = tokens.slice(i + 1);
    if (rest.length < 2 || rest.length > 4 || !rest.every((r) => NAME_WORD.test(r) && !PERSON_TITLES.has(r.toLowerCase()))) continue;
    // "Regional police commander Peter Mwangi": a body's own role speaks for the body
    if (BODY_ROLES.has(t)) {
      for (let k = from; k < i; k++) {
        const body = lookupActor(tokens[k]);
        if (body) return body.generic ? (docActors?.byGeneric.get(body.name) ?? body.name) : body.name;
      }
    }
    const name = rest.join(' ');
    if (docPersons) {
      docPersons.set(t, name);
      docPersons.set(rest[rest.length - 1].toLowerCase(), name);
      personsNoted++;
    }
    return name;
  }
  return null;
}

/**
 * The report's titled officials, by title and by surname ("governor" / "kiper" → "Oleh Kiper"), so that "the
 * governor said", "the regional governor said" and "Kiper said" credit the person named earlier.
 */
let docPersons: Map<string, string> | null = null;

function isNamedPerson(source: string): boolean {
  if (!docPersons) return false;
  for (const name of docPersons.values()) if (name === source) return true;
  return false;
}

/** "the governor", "the energy minister", "Kiper": a titled official or surname the report named before. */
function namedPersonRef(tokens: readonly string[]): string | null {
  if (!docPersons?.size) return null;
  const bare = DETERMINERS.test(tokens[0] ?? '') ? tokens.slice(1) : tokens;
  if (bare.length === 1 && NAME_WORD.test(bare[0]) && tokens.length === 1) return docPersons.get(bare[0].toLowerCase()) ?? null;
  if (bare.length < 1 || bare.length > 2 || tokens.length === bare.length) return null;
  if (bare.length === 2 && !/^[a-z-]+$/.test(bare[0])) return null; // "the region's governor" is another one
  const title = bare[bare.length - 1].toLowerCase();
  return PERSON_TITLES.has(title) && !SPOKES.test(title) ? (docPersons.get(title) ?? null) : null;
}

/**
 * Bodies described in lower case by a head noun ("railway officials", "the national mining agency", "local civil
 * society groups"): kept as written rather than collapsed to a generic table entry ("officials" → government).
 * Person roles ("a police spokesman") still resolve through the table.
 */
const DESCRIBED_HEADS: ReadonlySet<string> = new Set([
  'officials', 'agency', 'authority', 'institute', 'ministry', 'department', 'service', 'company', 'network',
  'groups', 'commission', 'council', 'committee', 'office', 'administration', 'operator', 'firm',
]);
const DESCRIBED_SKIP = /^(?:local|senior|top|provincial|regional|state|federal|national|government|security|health|military|army|police)$/;
function describedBody(tokens: readonly string[], directHit: boolean): string | null {
  const bare = tokens.filter((t, i) => !(i === 0 && DETERMINERS.test(t)));
  if (directHit || bare.length < 2 || bare.length > 5) return null;
  if (!bare.every((t) => /^[a-z][a-z-]*$/.test(t))) return null;
  if (!DESCRIBED_HEADS.has(bare[bare.length - 1])) return null;
  if (bare.length === 2 && DESCRIBED_SKIP.test(bare[0])) return null; // "local officials", "security officials"
  // a table name inside ("the state civil defence agency") wins over the description
  for (let a = 0; a + 1 < bare.length; a++) for (let b = a + 2; b <= bare.length; b++) if (lookupActor(bare.slice(a, b).join(' '))) return null;
  return (bare[0] === 'local' ? bare.slice(1) : bare).join(' ');
}

/** A lower-case description ending in a body's head noun ("the human rights commission"): a subject of its own. */
function describedSource(source: string): boolean {
  const last = lastWord(source);
  return /^[a-z]/.test(source) && DESCRIBED_HEADS.has(last);
}

/** "US Africa Command": capitalised words after a table name continue a name of its own. */
function longerName(tokens: readonly string[], end: number): string | null {
  if (end >= tokens.length) return null;
  for (let k = end; k < tokens.length; k++) if (!/^[A-Z]/.test(tokens[k])) return null;
  const start = DETERMINERS.test(tokens[0]) ? 1 : 0;
  return tokens.slice(start).join(' ').replace(/[’']s$/, '');
}
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'that', 'whose', 'whom']);
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'which', 'who']);

/**
 * "Oradel Red Cross", "Palestinian Health Ministry": capitalised words before a table entry make a name of its own
 * (a national society, a particular ministry); it is kept as written. "UK-based …" descriptions are not names.
 */
function ownName(tokens: readonly string[], a: number): string | null {
  if (a === 0) return null;
  const start = DETERMINERS.test(tokens[0]) ? 1 : 0;
  if (a <= start) return null;
  for (let k = start; k < a; k++) if (!/^[A-Z]/.test(tokens[k]) || /-based$/i.test(tokens[k])) return null;
  return tokens.slice(start).join(' ').replace(/[’']s$/, '');
}

export type { Word };
