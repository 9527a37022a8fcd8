/**
 * Stage `find-actors`: named organisations, armed groups, forces, agencies, media and people → `doc.actors`.
 *
 * 1. Table: every word n-gram that can start an actor-table entry is looked up (longest first), so "the
 *    Britain-based war monitor", "SOHR" and "government forces" resolve to canonical actors. A word trie of the
 *    table's normalised keys tells which n-grams can name an entry, so only those are built and looked up.
 * 2. Short mentions ("the Observatory", "the group") refer back to the most recent earlier actor of a fitting type.
 * 3. Unknown capitalised names: "Full Name (ACR)" defines an actor and its acronym; names ending in a head word
 *    ("... Brigade", "... Ministry") are typed by it; names after a title ("President", "Gen") are people.
 * 4. Contextual descriptions ("the Observatory", "the Britain-based war monitor", "the regime") refer back to an
 *    earlier full name of a fitting type in the same document first; only failing that do they take the table
 *    entry whose country is one of the report's countries (country names and demonyms in the text, named
 *    actors' countries). In a report about Niger, "the Observatory" is never the Syrian one.
 * 5. Generic "army"/"government" become the state forces / government of the report's main country (named in the
 *    table, or made from the nationality table: "Nigerien army"); with no country context they stay generic.
 */
import type { SitrepDocument, Span, Token } from '../model/document.js';
import { inTextOrder, lowerBound, sortByStart } from '../model/document.js';
import { boundedMemo } from '../nlp/bounded-memo.js';
import type { Actor, ActorType } from '../model/entities.js';
import { defineStage } from '../pipeline/stage.js';
import {
  ACTOR_HEAD_WORDS,
  COREF_NOUNS,
  PERSON_TITLES,
  LEADING_WORD_SET,
  SIDE_CUES,
  actorFirstWords,
  actorKeyTrie,
  contextualCandidates,
  contextualEntry,
  isContextualPhrase,
  lookupActor,
  normaliseActorPhrase,
  normaliseCached,
  stateActorsOf,
  type ActorEntry,
  type KeyNode,
  type StateActors,
} from './tables/actors.js';
import { countryAt, countryWords } from './tables/nationalities.js';
import { anySet, capitalisedRuns, documentNameWords, isThe, plainKey, setFlags, withoutThe, WordFilter, WordMarks, type Word } from './geo-words.js';
import { posByStart } from '../nlp/token-index.js';
import { WordKeyTable } from './word-key-table.js';
import { wordTable } from '../nlp/word-table.js';

/** Longest actor name, in words, tried by the table scan. */
const MAX_NAME_WORDS = 8;
/** How far back (characters) a short mention may reach for its antecedent. */
const COREF_WINDOW = 2000;
/** Generic names that mean "this country's" state actor, and which of its state actors specialises them. */
const SPECIALISE: Readonly<Record<string, keyof StateActors>> = wordTable({ army: 'force', government: 'government' });
/** Words after a one-word generic match that show it was an adjective ("military sites", "police station"). */
const ADJECTIVAL_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

interface Hit {
  entry: ActorEntry;
  span: Span;
  surface: string;
}

/** A contextual description found by the table scan, resolved after every full name is known. */
interface Pending {
  span: Span;
  surface: string;
  from: number;
  to: number;
}

export const findActors = defineStage({
  name: 'find-actors',
  requires: ['text', 'tokens', 'sentences'],
  assigns: ['actors'],
  run(doc) {
    doc.actors = findActorsIn(doc);
  },
});

export function findActorsIn(doc: SitrepDocument): Actor[] {
  const text = doc.text;
  const words = documentNameWords(text);
  const tokens = doc.tokens ?? [];
  const tables = currentTables();
  let hits: Hit[] = [];
  const covered = coveredMarks.cleared(words.length);
  const pending: Pending[] = [];
  const marks = markWords(text, words, tables);
  tableHits(text, words, marks.heads, tokens, hits, covered, pending, tables);
  let sorted = hits.length;
  nameHits(text, words, hits, covered, tables);
  hits = mergeAt(hits, sorted);
  const countries = countryContext(words, marks.countries, hits);
  sorted = hits.length;
  resolveContextual(hits, pending, countries);
  hits = mergeAt(hits, sorted);
  sorted = hits.length;
  resolveCoreference(text, words, marks.thes, hits, covered);
  hits = mergeAt(hits, sorted);
  specialiseGenerics(hits, countries);
  return group(hits);
}

/** Covered words (in a hit already) of the document being read. */
const coveredMarks = new WordMarks();

/**
 * `hits` in text order, given hits[0, k) and hits[k, end) in text order each (every pass appends its hits in the
 * order it reads the text): a stable merge, as the stable sort of the whole would give, without a comparator call per
 * pair. Either part out of order (not expected) falls back to that sort.
 */
function mergeAt(hits: Hit[], k: number): Hit[] {
  if (k === 0 || k === hits.length || hits[k - 1].span[0] <= hits[k].span[0]) return inTextOrder(hits) ? hits : sortByStart(hits);
  if (!inTextOrder(hits, 0, k) || !inTextOrder(hits, k, hits.length)) return sortByStart(hits);
  const out: Hit[] = [];
  let a = 0;
  let b = k;
  while (a < k && b < hits.length) out.push(hits[b].span[0] < hits[a].span[0] ? hits[b++] : hits[a++]);
  while (a < k) out.push(hits[a++]);
  while (b < hits.length) out.push(hits[b++]);
  return out;
}

/** Indexes of the words each later pass starts from, found in one pass over the document's words. */
interface PassStarts {
  /** Words a table entry may start with (by the start filter). */
  readonly heads: number[];
  /** "the" in any case: where a short mention may open. */
  readonly thes: number[];
  /** Capitalised words that may start a country name or be a demonym (by the country filter). */
  readonly countries: number[];
}

function markWords(text: string, words: readonly Word[], t: ScanTables): PassStarts {
  const marks: PassStarts = { heads: [], thes: [], countries: [] };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (t.startFilter.maybe(w)) marks.heads.push(i);
    if (w.key === THE_KEY && isThe(text, w)) marks.thes.push(i);
    if (w.cap && COUNTRY_FILTER.maybe(w)) marks.countries.push(i);
  }
  return marks;
}

/** The key of "the" (see Word.key): most words are told apart from it by one comparison. */
const THE_KEY = plainKey('the', 0, 3);

/**
 * The report's countries, most mentioned first: country names and demonyms in capitalised words ("Niger",
 * "Nigerien", "DR Congo"), plus the countries of named (non-generic) actors found so far. `candidates` are the
 * indexes of the capitalised words that may begin one, in text order.
 */
function countryContext(words: readonly Word[], candidates: readonly number[], hits: readonly Hit[]): Map<string, number> {
  const counts = new Map<string, number>();
  let next = 0; // a country name's later words do not start another
  for (const i of candidates) {
    if (i < next) continue;
    const c = countryAt(words, i);
    if (!c) continue;
    counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
    next = i + c.n;
  }
  for (const h of hits) if (h.entry.country && !h.entry.generic) counts.set(h.entry.country, (counts.get(h.entry.country) ?? 0) + 1);
  return counts;
}

/** Contextual descriptions: an earlier full name of a fitting type, else the table entry of a report's country. */
function resolveContextual(hits: Hit[], pending: readonly Pending[], countries: ReadonlyMap<string, number>): void {
  if (!pending.length) return;
  const named = hits.filter((h) => !h.entry.generic); // in text order, as hits are
  const set = new Set(countries.keys());
  for (const p of pending) {
    const fromTable = contextualEntry(p.surface, set);
    const type = fromTable?.type ?? contextualType(p.surface);
    const key = normaliseCached(p.surface);
    const noun = key.slice(key.lastIndexOf(' ') + 1); // its last word
    const antecedent = type ? findAntecedent(named, p.span[0], noun, [type]) : null;
    const entry = antecedent && (!fromTable || antecedent.entry !== fromTable) ? antecedent.entry : fromTable;
    if (!entry) continue;
    hits.push({ entry, span: p.span, surface: p.surface });
  }
}

/** The type a contextual description names even when no entry of the report's countries has it. */
function contextualType(surface: string): ActorType | null {
  return contextualCandidates(surface)[0]?.type ?? null;
}

function tableHits(
  text: string,
  words: readonly Word[],
  heads: readonly number[],
  tokens: readonly Token[],
  hits: Hit[],
  covered: Uint8Array,
  pending: Pending[],
  t: ScanTables,
): void {
  let next = 0; // words of a hit or a pending description start nothing
  for (const i of heads) {
    if (i < next) continue;
    const w = words[i];
    const head = startFacts(text, w, t);
    if (head === NO_START) continue;
    let maxN = 1;
    while (maxN < MAX_NAME_WORDS && i + maxN < words.length && words[i + maxN].gap !== 'x' && !words[i + maxN - 1].possessive) maxN++;
    const lengths = candidateLengths(text, words, i, maxN, head, t);
    for (let n = maxN; n >= 1; n--) {
      if (!(lengths & (1 << (n - 1)))) continue;
      const last = words[i + n - 1];
      // an n-gram of plain words whose key the trie holds needs no lookup: its node has the answer
      const node = LENGTH_NODES[n - 1];
      let surface = node ? '' : text.slice(w.start, last.end); // sliced only when read ('' stands for not yet)
      const entry = node ? t.entries[node] : lookupActor(surface);
      if (!entry) {
        if ((node ? t.contextual[node] === 1 : isContextualPhrase(surface)) && !insideName(words, i)) {
          surface ||= text.slice(w.start, last.end);
          // covered now so the name finder does not read it ("The Britain" as a person); resolved later
          pending.push({ span: [w.start, last.end], surface, from: i, to: i + n });
          setFlags(covered, i, i + n);
          next = i + n;
          break;
        }
        continue;
      }
      if (!acceptTableHit(entry, words, i, n, tokens)) break;
      hits.push({ entry, span: [w.start, last.end], surface: surface || text.slice(w.start, last.end) });
      setFlags(covered, i, i + n);
      next = i + n;
      break;
    }
  }
}

// What the table scan and the name finder ask of a plain word (ASCII letters and digits): bits of its value in
// ScanTables.keys at the trie's root, with the trie node its lower case leads to (0: none) above them.
/** A table entry may start with the word's lower case. */
const START = 1;
/** A first word written with capitals (an acronym: "SOHR") has this lower case; the spelling is checked on use. */
const UPPER_START = 2;
/** One of LEADING_WORD_SET ("the", "its", "local"): an n-gram of leading words only keeps its last word. */
const LEADING = 4;
/** One of PERSON_TITLES. */
const TITLE = 8;
/** One of ACTOR_HEAD_WORDS. */
const HEAD = 16;
const FACT_BITS = 5;
/** The trie's root: ScanTables.keys holds its words' facts and children under it. */
const ROOT = 0;
/** Word facts standing for a word that is not plain: it is read through the memo by spelling (WordInfo). */
const NOT_PLAIN = -2;
/** startFacts' answer for a word no table entry may start with. */
const NO_START = -3;

/** The table's first words and key trie, with the filters and flat word table built from them. */
interface ScanTables {
  readonly first: ReadonlySet<string>;
  readonly trie: KeyNode;
  readonly startFilter: WordFilter;
  /** The words below the trie's first level: a plain word not in it continues no key. */
  readonly laterFilter: WordFilter;
  /** Plain words' facts at ROOT, and the trie's edges: (node, word) → child node << FACT_BITS. */
  readonly keys: WordKeyTable;
  /** By trie node: the words leading here make a whole key. */
  readonly isKey: Uint8Array;
  /** By trie node: some key goes on past it. */
  readonly hasNext: Uint8Array;
  /** By trie node: the context-free entry of the key leading there (what lookupActor gives for it), or null. */
  readonly entries: readonly (ActorEntry | null)[];
  /** By trie node: the key leading there is a contextual description's (what isContextualPhrase tells). */
  readonly contextual: Uint8Array;
}
let scanTables: ScanTables | null = null;

/** The current ScanTables, rebuilt (and the word memo emptied) when the actor table has changed. */
function currentTables(): ScanTables {
  const first = actorFirstWords();
  const trie = actorKeyTrie();
  if (!scanTables || scanTables.first !== first || scanTables.trie !== trie) {
    scanTables = { first, trie, startFilter: new WordFilter(first), laterFilter: new WordFilter(laterWords(trie)), ...flatTables(first, trie) };
    wordInfos.clear();
  }
  return scanTables;
}

/** Every word of the key trie below its first level. */
function laterWords(trie: KeyNode): Set<string> {
  const out = new Set<string>();
  const walk = (node: KeyNode): void => {
    node.next?.forEach((child, word) => {
      out.add(word);
      walk(child);
    });
  };
  trie.next?.forEach((child) => walk(child));
  return out;
}

/** The plain words of the first words, the word lists and the key trie, in one WordKeyTable with the trie's nodes. */
function flatTables(first: ReadonlySet<string>, trie: KeyNode): Pick<ScanTables, 'keys' | 'isKey' | 'hasNext' | 'entries' | 'contextual'> {
  const keys = new WordKeyTable();
  const isKey: number[] = [0];
  const hasNext: number[] = [trie.next ? 1 : 0];
  const entries: (ActorEntry | null)[] = [null];
  const contextual: number[] = [0];
  const rootFacts = new Map<string, number>();
  const flag = (word: string, bit: number): void => {
    if (isPlainWord(word)) rootFacts.set(word, (rootFacts.get(word) ?? 0) | bit);
  };
  for (const w of first) {
    if (w === w.toLowerCase()) flag(w, START);
    else flag(w.toLowerCase(), UPPER_START);
  }
  for (const w of LEADING_WORD_SET) flag(w, LEADING);
  for (const w of PERSON_TITLES) flag(w, TITLE);
  for (const w of Object.keys(ACTOR_HEAD_WORDS)) flag(w, HEAD);
  const addNode = (node: KeyNode, parent: number, word: string): void => {
    const id = isKey.length;
    isKey.push(node.key ? 1 : 0);
    hasNext.push(node.next ? 1 : 0);
    entries.push(node.entry);
    contextual.push(node.contextual ? 1 : 0);
    if (parent === ROOT) rootFacts.set(word, (rootFacts.get(word) ?? 0) | (id << FACT_BITS));
    else keys.set(parent, word, id << FACT_BITS);
    node.next?.forEach((child, w) => isPlainWord(w) && addNode(child, id, w));
  };
  trie.next?.forEach((child, w) => isPlainWord(w) && addNode(child, ROOT, w));
  for (const [word, facts] of rootFacts) keys.set(ROOT, word, facts);
  return { keys, isKey: Uint8Array.from(isKey), hasNext: Uint8Array.from(hasNext), entries, contextual: Uint8Array.from(contextual) };
}

/** A scanned word's facts (see START): -1 for a plain word no table knows, NOT_PLAIN for a word that is not plain. */
function wordFacts(text: string, word: Word, t: ScanTables): number {
  return word.key < 0 ? NOT_PLAIN : t.keys.get(ROOT, text, word);
}

/** The facts of a word a table entry may start with (NOT_PLAIN for such a word that is not plain), else NO_START. */
function startFacts(text: string, word: Word, t: ScanTables): number {
  if (word.key < 0) return wordInfo(word.text, t).start ? NOT_PLAIN : NO_START;
  const facts = t.keys.get(ROOT, text, word);
  if (facts >= 0 && (facts & START || (facts & UPPER_START && t.first.has(word.text)))) return facts;
  return NO_START;
}

/** Words that may begin a country mention (names' first words, demonyms, people nouns), as a filter. */
const COUNTRY_FILTER = new WordFilter(countryWords());
/** Person titles and organisation head words, as filters: the name finder tests a run's words by offset. */
const TITLE_FILTER = new WordFilter(PERSON_TITLES);
const HEAD_FILTER = new WordFilter(Object.keys(ACTOR_HEAD_WORDS));

/** What the table scan and the name finder ask of a word that is not plain, worked out once per spelling. */
interface WordInfo {
  /** A table entry may start with the word: its form as written, lower-cased or normalised is a first word. */
  readonly start: boolean;
  /** One of PERSON_TITLES, in any case. */
  readonly title: boolean;
  /** One of ACTOR_HEAD_WORDS, in any case. */
  readonly head: boolean;
}

/** WordInfo by word as written: a bounded memo, emptied with the tables it was read from. */
const wordInfos = new Map<string, WordInfo>();

function wordInfo(word: string, t: ScanTables): WordInfo {
  let info = wordInfos.get(word);
  if (info === undefined) {
    if (wordInfos.size >= 50_000) wordInfos.clear();
    const lower = word.toLowerCase();
    const first = t.first;
    info = {
      start: first.has(word) || first.has(lower) || (!/^[a-z0-9]+$/.test(lower) && first.has(normaliseActorPhrase(word))),
      title: PERSON_TITLES.has(lower),
      head: lower in ACTOR_HEAD_WORDS,
    };
    wordInfos.set(word, info);
  }
  return info;
}

/**
 * The n-gram lengths (bit n-1 set) starting at `words[i]` that may name a table entry or a contextual description.
 * Plain words (ASCII letters and digits) normalise to their lower case, and an n-gram to its words joined by one
 * space less leading words ("the", "its", "local"), so the key trie is walked word by word: once no key continues,
 * no longer n-gram can name one (the words after can only add to the key). Acronyms ("WHO", "the SOHR") and n-grams
 * reaching a word that is not plain ("Hay'at", "Médecins") are left to the lookup. `head` is the first word's facts.
 */
function candidateLengths(text: string, words: readonly Word[], i: number, maxN: number, head: number, t: ScanTables): number {
  for (let k = 0; k < MAX_NAME_WORDS; k++) LENGTH_NODES[k] = 0;
  if (head === NOT_PLAIN) return (1 << maxN) - 1;
  // acronyms ("WHO", "the SOHR") go to the lookup, which tries them in capitals first: no node is noted for them
  const acronyms = (isAcronymAt(text, words[i]) ? 1 : 0) | (maxN >= 2 && isLowerThe(text, words[i]) && words[i + 1].gap === ' ' && isAcronymAt(text, words[i + 1]) ? 2 : 0);
  let lengths = acronyms;
  const end = i + maxN;
  let k = i;
  let facts = head;
  // an n-gram of leading words only keeps its last word ("the the" is "the")
  while (facts >= 0 && facts & LEADING) {
    lengths |= keyBit(t, facts >> FACT_BITS, k - i, acronyms);
    if (++k === end) return lengths;
    facts = wordFacts(text, words[k], t);
  }
  let node = facts >= 0 ? facts >> FACT_BITS : 0;
  for (;;) {
    if (facts === NOT_PLAIN) return lengths | (((1 << maxN) - 1) & ~((1 << (k - i)) - 1));
    if (node === 0) return lengths;
    lengths |= keyBit(t, node, k - i, acronyms);
    if (++k === end) return lengths;
    // a plain next word no key continues with ends the walk (read by its hashes, not sliced)
    const next = words[k];
    if (t.hasNext[node] ? !t.laterFilter.maybe(next) : next.key >= 0) return lengths;
    if (next.key < 0) facts = NOT_PLAIN;
    else node = Math.max(0, t.keys.get(node, text, next) >> FACT_BITS);
  }
}

/**
 * By n-gram length - 1, the trie node of the n-gram candidateLengths last read (0: none, or one the lookup must read:
 * an acronym or an n-gram reaching a word that is not plain). A plain n-gram's key is its words' lower case joined by
 * spaces less leading words, exactly the path the trie walk took, so the node's entry is what lookupActor gives.
 */
const LENGTH_NODES = new Int32Array(MAX_NAME_WORDS);

/** The length bit of an n-gram `k + 1` words long ending at trie `node` when its words make a key, noting the node. */
function keyBit(t: ScanTables, node: number, k: number, acronyms: number): number {
  if (!t.isKey[node]) return 0;
  if (!(acronyms & (1 << k))) LENGTH_NODES[k] = node;
  return 1 << k;
}

/** Only ASCII letters and digits: such a word's normalised form is its lower case. */
function isPlainWord(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** A plain word the lookup may read as an acronym: a capital, then 1–7 capitals or digits ("WHO", "M23"). */
function isAcronymAt(text: string, word: Word): boolean {
  const n = word.end - word.start;
  if (word.key < 0 || n < 2 || n > 8) return false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(word.start + k);
    if (!((c >= 0x41 && c <= 0x5a) || (k > 0 && c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** "the" or "The" as written (not "THE"). */
function isLowerThe(text: string, word: Word): boolean {
  const at = word.start;
  return word.end - at === 3 && (text.charCodeAt(at) | 0x20) === 0x74 && text.charCodeAt(at + 1) === 0x68 && text.charCodeAt(at + 2) === 0x65;
}

/** The word continues a capitalised name ("Sahel Conflict Observatory"): not a description on its own. */
function insideName(words: readonly Word[], i: number): boolean {
  const p = words[i - 1];
  return !!p && p.cap && words[i].gap === ' ' && !/^(?:the|a|an)$/i.test(p.text);
}

/** Generic words used as adjectives or titles are not mentions ("military sites", "President Assad"). */
function acceptTableHit(entry: ActorEntry, words: readonly Word[], i: number, n: number, tokens: readonly Token[]): boolean {
  const next = words[i + n];
  const last = words[i + n - 1];
  if (!entry.generic) return true;
  if (next && next.gap === ' ' && next.cap) return false;
  if (n === 1 && next && next.gap === ' ' && !last.possessive && ADJECTIVAL_POS.has(posByStart(tokens).get(next.start) ?? '')) return false;
  return true;
}

function nameHits(text: string, words: readonly Word[], hits: Hit[], covered: Uint8Array, t: ScanTables): void {
  const runs = capitalisedRuns(words);
  // Acronyms defined and people named earlier in this document: later bare mentions ("HTS", "Heras") refer back.
  const local = new Map<string, ActorEntry>();
  for (let r = 0; r < runs.length; r++) {
    const { from, to } = runs[r];
    if (anySet(covered, from, to)) continue;
    const surface = local.size ? text.slice(words[from].start, words[to - 1].end) : '';
    const earlier = local.size ? local.get(surface) : undefined;
    const hit = earlier
      ? { entry: earlier, span: [words[from].start, words[to - 1].end] as Span, surface }
      : acronymDefinition(text, words, from, to) ?? personName(text, words, from, to, t) ?? headWordName(text, words, from, to, t);
    if (!hit) continue;
    hits.push(hit);
    setFlags(covered, from, to);
    for (const alias of hit.entry.aliases) local.set(alias, hit.entry);
    if (hit.entry.type === 'person') local.set(hit.entry.name.split(' ').pop() ?? hit.entry.name, hit.entry);
  }
}

/** "Full Name (ACR)": a new actor with its acronym, or a known acronym's entry. */
function acronymDefinition(text: string, words: readonly Word[], from: number, to: number): Hit | null {
  if (!parenWithin(text, words[to - 1].end, 14)) return null;
  const after = text.slice(words[to - 1].end, words[to - 1].end + 14);
  const m = /^['’]?s?\s*\(([A-Z][A-Za-z0-9.&-]{1,9})\)/.exec(after);
  if (!m || to - from < 2) return null;
  const acronym = m[1];
  const surface = text.slice(words[from].start, words[to - 1].end);
  const known = lookupActor(acronym) ?? lookupActor(surface);
  const entry = known ?? { ...classifiedName(surface), aliases: [acronym] };
  return { entry, span: [words[from].start, words[to - 1].end], surface };
}

/** Is there a "(" in text[at, at + n)? Names are followed by one only where they define an acronym. */
function parenWithin(text: string, at: number, n: number): boolean {
  const end = Math.min(text.length, at + n);
  for (let k = at; k < end; k++) if (text.charCodeAt(k) === 0x28) return true;
  return false;
}

/** Words after a name and its comma that describe a person ("Nick Heras, an analyst at ..."). */
const APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(\w+)/;

function personName(text: string, words: readonly Word[], from: number, to: number, t: ScanTables): Hit | null {
  let start = from;
  for (let k = from; k < to - 1; k++) if (isTitle(text, words[k], t)) start = k + 1;
  const titled = start > from || (from > 0 && isTitle(text, words[from - 1], t));
  const saidNext = (to < words.length && isSaid(text, words[to])) || (from > 0 && isSaid(text, words[from - 1]));
  if (!titled && !saidNext && !describedAfter(text, words[to - 1].end)) return null;
  // "the Sahel Conflict Observatory said": a name ending in an organisation's head word is not a person
  if (!titled && isHeadWord(text, words[to - 1], t)) return null;
  if (to - start < 1 || (!titled && to - start < 2)) return null;
  const surface = text.slice(words[start].start, words[to - 1].end);
  return { entry: { name: surface, type: 'person', side: null, aliases: [] }, span: [words[start].start, words[to - 1].end], surface };
}

/** One of PERSON_TITLES in any case (a filter on the word's offsets first, then its memo). */
function isTitle(text: string, word: Word, t: ScanTables): boolean {
  if (!TITLE_FILTER.maybe(word)) return false;
  if (word.key < 0) return wordInfo(word.text, t).title;
  const facts = t.keys.get(ROOT, text, word);
  return facts >= 0 && (facts & TITLE) !== 0;
}

/** One of ACTOR_HEAD_WORDS in any case (a filter on the word's offsets first, then its memo). */
function isHeadWord(text: string, word: Word, t: ScanTables): boolean {
  if (!HEAD_FILTER.maybe(word)) return false;
  if (word.key < 0) return wordInfo(word.text, t).head;
  const facts = t.keys.get(ROOT, text, word);
  return facts >= 0 && (facts & HEAD) !== 0;
}

/** The word is "said" as written (a name next to it is a speaker). */
function isSaid(text: string, word: Word): boolean {
  return word.end - word.start === 4 && text.startsWith('said', word.start);
}

/** "Nick Heras, an analyst at ...": the name at `end` is followed by an apposition naming a person's title. */
function describedAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2c) return false; // APPOSITION opens with the comma
  const apposition = APPOSITION.exec(text.slice(end, end + 60));
  return !!apposition && PERSON_TITLES.has(apposition[1].toLowerCase());
}

function headWordName(text: string, words: readonly Word[], from: number, to: number, t: ScanTables): Hit | null {
  if (to - from < 2) return null;
  if (!isHeadWord(text, words[to - 1], t)) return null;
  const surface = text.slice(words[from].start, words[to - 1].end);
  return { entry: { ...classifiedName(surface), aliases: [] }, span: [words[from].start, words[to - 1].end], surface };
}

/** classifyName through a bounded memo (the same names recur from report to report); callers copy the entry. */
const classifiedName = boundedMemo(classifyName, 10_000);

/** Types an unknown name by its head word and side cues. */
export function classifyName(name: string): ActorEntry {
  const parts = normaliseActorPhrase(name).split(' ');
  let type: ActorType = 'organisation';
  for (let k = parts.length - 1; k >= 0; k--) {
    const t = ACTOR_HEAD_WORDS[parts[k]];
    if (t) {
      type = t;
      break;
    }
  }
  let side: ActorEntry['side'] = null;
  for (const p of parts) side = SIDE_CUES[p] ?? side;
  const armed = type === 'state-force' || type === 'nonstate-armed-group' || type === 'militia';
  if (armed && side === 'nonstate' && type === 'state-force') type = 'nonstate-armed-group';
  if (armed && side === null) side = type === 'state-force' ? 'state' : 'nonstate';
  if (!armed) side = type === 'government' ? 'state' : null;
  return { name: name.replace(/^the\s+/i, ''), type, side, aliases: [] };
}

/** "the group", "the Observatory" → the most recent earlier actor of a fitting type. */
function resolveCoreference(text: string, words: readonly Word[], thes: readonly number[], hits: Hit[], covered: Uint8Array): void {
  const named = hits.filter((h) => !h.entry.generic);
  for (const i of thes) {
    if (i + 1 >= words.length) break;
    for (let n = 2; n >= 1; n--) {
      if (i + n >= words.length || anySet(covered, i + 1, i + 1 + n)) continue;
      if (words[i + 1].gap === 'x' || (n === 2 && words[i + 2].gap === 'x')) continue;
      const noun = corefNoun(text, words, i + 1, n);
      if (noun === null) continue;
      const types = COREF_NOUNS[noun];
      if (!types) continue;
      const at = words[i + 1].start;
      const antecedent = findAntecedent(named, at, noun, types);
      if (!antecedent) continue;
      const span: Span = [at, words[i + n].end];
      hits.push({ entry: antecedent.entry, span, surface: text.slice(span[0], span[1]) });
      setFlags(covered, i + 1, i + 1 + n);
      break;
    }
  }
}

/** Words whose lookup in COREF_NOUNS may find something: the nouns' first words. */
const COREF_HEADS: ReadonlySet<string> = new Set(Object.keys(COREF_NOUNS).map((noun) => noun.split(' ')[0]));

/** COREF_HEADS as a filter: most words after "the" are rejected by offset, without a lower-case copy. */
const COREF_HEAD_FILTER = new WordFilter(COREF_HEADS);

/** The lower-case noun made by `n` words from `words[at]`, joined by one space, when it may be a COREF_NOUNS key. */
function corefNoun(text: string, words: readonly Word[], at: number, n: number): string | null {
  if (!COREF_HEAD_FILTER.maybe(words[at])) return null;
  const head = words[at].text.toLowerCase();
  if (!COREF_HEADS.has(head)) return null;
  return n === 1 ? head : `${head} ${words[at + 1].text.toLowerCase()}`;
}

/**
 * The most recent actor named before `at` (within COREF_WINDOW) whose name contains `noun`, else the most recent
 * one of a listed type. `named` is in text order.
 */
function findAntecedent(named: readonly Hit[], at: number, noun: string, types: readonly ActorType[]): Hit | null {
  let byType: Hit | null = null;
  for (let k = lastStartingBefore(named, at); k >= 0; k--) {
    const h = named[k];
    if (at - h.span[1] > COREF_WINDOW) break;
    if (lowerName(h.entry.name).includes(noun)) return h;
    if (!byType && types.includes(h.entry.type)) byType = h;
  }
  return byType;
}

/** An actor name in lower case, through a bounded memo (antecedent searches test the same names again and again). */
const lowerName = boundedMemo((name) => name.toLowerCase(), 10_000);

/** Index of the last hit starting before `at` in hits sorted by start, or -1. */
function lastStartingBefore(hits: readonly Hit[], at: number): number {
  return lowerBound(hits.length, (i) => hits[i].span[0], at) - 1;
}

/** "the army" in a report about a country is that country's army ("Nigerien army", "Syrian army"). */
function specialiseGenerics(hits: Hit[], countries: ReadonlyMap<string, number>): void {
  let top: string | null = null;
  let best = 0;
  for (const [code, n] of countries) if (n > best) [top, best] = [code, n]; // ties: the first mentioned
  if (!top) return;
  const own = stateActorsOf(top);
  if (!own) return;
  for (const h of hits) {
    const wanted = h.entry.generic ? SPECIALISE[h.entry.name] : undefined;
    if (wanted) h.entry = own[wanted];
  }
}

function group(hits: readonly Hit[]): Actor[] {
  const byName = new Map<string, Actor>();
  for (const h of hits) {
    let a = byName.get(h.entry.name);
    if (!a) {
      a = { name: h.entry.name, type: h.entry.type, side: h.entry.side, aliases: [], mentions: [], country: h.entry.country ?? null };
      byName.set(h.entry.name, a);
    }
    a.mentions.push(h.span);
    const form = withoutThe(h.surface);
    if (form !== a.name && !a.aliases.includes(form)) a.aliases.push(form);
  }
  return [...byName.values()];
}
