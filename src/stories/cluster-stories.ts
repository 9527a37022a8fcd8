/**
 * Incremental story clustering. Each document is compared only with candidate stories found through an inverted
 * index (its rarest terms, its entities) within a time window, never with every story; it joins the best candidate
 * scoring at least JOIN_THRESHOLD or starts a new story. Near-duplicates join their original's story.
 *
 * The decision logic is pure (`decide`, `absorb`); a `StoryIndex` backend supplies statistics, candidates and
 * storage. `MemoryStoryIndex` is the in-memory backend (for `sitrep cluster` and benchmarks; it evicts stories that
 * fell out of the time window, so its memory stays bounded); src/stories/kysely-story-index.ts keeps the same state in
 * the store.
 */
import type { DocRepresentation, StoryState, TermStats } from './story-model.js';
import { emptyStory } from './story-model.js';
import type { ClusterParams } from './story-similarity.js';
import {
  CENTROID_TERMS,
  DEFAULT_PARAMS,
  WINDOW_DAYS,
  centroidNorm,
  dayGap,
  documentVector,
  idf,
  lookupKeys,
  postingKeys,
  rankCandidates,
  similarity,
} from './story-similarity.js';

/** Places a story remembers (most named first): enough for place closeness, small enough to store. */
const STORY_PLACES = 12;
/** Entities a story remembers; trimmed to the most named when it grows to twice this. */
const STORY_ENTITIES = 80;

/** What a clustering backend provides. Async so it can sit on a database; the memory backend resolves at once. */
export interface StoryIndex {
  /** Document-frequency statistics for the given keys (the backend may load only those). */
  stats(keys: readonly string[]): Promise<TermStats>;
  /** Counts one more document containing these keys. */
  countDocument(keys: readonly string[]): Promise<void>;
  /** Stories sharing any of the keys whose span lies within WINDOW_DAYS of the day, most shared weight first. */
  candidates(keys: readonly string[], day: number | null, stats: TermStats): Promise<StoryState[]>;
  /** The story a document was assigned to, if any. */
  storyOfDocument(docId: string): Promise<string | null>;
  loadStory(id: string): Promise<StoryState | null>;
  /** Stores the story and indexes it under the keys (only keys new to it are passed). */
  saveStory(story: StoryState, keys: readonly string[], isNew: boolean): Promise<void>;
  recordAssignment(docId: string, storyId: string, day: number | null, score: number): Promise<void>;
  /** A fresh story id for a story founded by this document. */
  newStoryId(repr: DocRepresentation): string;
}

export interface Placement {
  id: string;
  story: string;
  /** Combined similarity with the story joined; 1 for founders and duplicates. */
  score: number;
  created: boolean;
}

/** The best candidate and its score, or null when none reaches the threshold. */
export function decide(
  repr: DocRepresentation,
  vec: Map<string, number>,
  candidates: readonly StoryState[],
  stats: TermStats,
  params: ClusterParams = DEFAULT_PARAMS,
): { story: StoryState; score: number } | null {
  let best: { story: StoryState; score: number } | null = null;
  for (const story of candidates) {
    const { score } = similarity(repr, vec, story, stats, params);
    if (score < params.joinThreshold) continue;
    if (!best || score > best.score || (score === best.score && story.id < best.story.id)) best = { story, score };
  }
  return best;
}

function trimMap(map: Map<string, number>, keep: number): Map<string, number> {
  if (map.size <= keep * 2) return map;
  const top = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep);
  return new Map(top);
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** Adds a document to a story's summary: centroid, entities, places, actors, event types, span, count. */
export function absorb(story: StoryState, repr: DocRepresentation, vec: Map<string, number>): void {
  for (const [t, w] of vec) bump(story.centroid, t, w);
  story.centroid = trimMap(story.centroid, CENTROID_TERMS);
  story.centroidNorm = undefined;
  centroidNorm(story);
  for (const e of repr.entities) bump(story.entities, e);
  story.entities = trimMap(story.entities, STORY_ENTITIES);
  for (const [a, w] of repr.actors) bump(story.actors, a, w);
  story.actors = trimMap(story.actors, STORY_ENTITIES);
  for (const t of repr.eventTypes) bump(story.eventTypes, t);
  for (const p of repr.places) {
    const have = story.places.find((q) => q.key === p.key);
    if (have) {
      have.count++;
      have.weight += p.weight;
    } else story.places.push({ ...p, count: 1 });
  }
  // Most reports first, then most mentions: the scene of the event before places named in passing.
  story.places.sort((a, b) => b.count - a.count || b.weight - a.weight || (a.key < b.key ? -1 : 1));
  if (story.places.length > STORY_PLACES) story.places.length = STORY_PLACES;
  if (repr.day !== null) {
    story.firstDay = story.firstDay === null ? repr.day : Math.min(story.firstDay, repr.day);
    story.lastDay = story.lastDay === null ? repr.day : Math.max(story.lastDay, repr.day);
  }
  story.count++;
}

/** Every key a document adds to the document-frequency counts: its terms and its entities. */
export function representationKeys(repr: DocRepresentation): string[] {
  return [...repr.terms.map(([t]) => t), ...repr.entities];
}

/** Places one document through any backend. `counted`: its keys are already in the statistics (batch mode). */
export async function placeDocument(index: StoryIndex, repr: DocRepresentation, counted = false): Promise<Placement> {
  const allKeys = representationKeys(repr);
  if (!counted) await index.countDocument(allKeys);
  if (repr.duplicateOf) {
    const original = await index.storyOfDocument(repr.duplicateOf);
    const story = original ? await index.loadStory(original) : null;
    if (story) return join(index, story, repr, await index.stats(allKeys), 1, false);
  }
  const stats = await index.stats(allKeys);
  const vec = documentVector(repr, stats);
  const keys = lookupKeys(repr, stats);
  const best = decide(repr, vec, await index.candidates(keys, repr.day, stats), stats);
  if (best) return join(index, best.story, repr, stats, best.score, false, vec);
  return join(index, emptyStory(index.newStoryId(repr)), repr, stats, 1, true, vec);
}

async function join(
  index: StoryIndex,
  story: StoryState,
  repr: DocRepresentation,
  stats: TermStats,
  score: number,
  created: boolean,
  vec = documentVector(repr, stats),
): Promise<Placement> {
  absorb(story, repr, vec);
  await index.saveStory(story, postingKeys(repr, stats), created);
  await index.recordAssignment(repr.id, story.id, repr.day, score);
  return { id: repr.id, story: story.id, score, created };
}

/** A story in the hot index: its summary plus the keys it is posted under. */
interface HotStory {
  state: StoryState;
  keys: Set<string>;
}

interface Posting {
  ids: string[];
  /** Length at which the list is next swept of evicted stories (amortised O(1) per append). */
  sweepAt: number;
}

export interface MemoryIndexOptions {
  /** Remember every document's story (needed for near-duplicates); off in benchmarks of millions of documents. */
  rememberDocuments?: boolean;
  /**
   * Evict stories that fell out of the time window behind the newest day seen (default on). The hot index then
   * assumes documents arrive roughly in time order, as a feed does; turn it off to place an unordered archive.
   */
  evict?: boolean;
  /** Weights and threshold; DEFAULT_PARAMS unless evaluating others. */
  params?: ClusterParams;
}

/**
 * Postings scanned per key, newest first: a common name's list is long and its newest stories are the likely ones;
 * older stories in the window are still found through the document's rarer keys.
 */
const POSTING_SCAN = 40;
/** Posting lists up to this long are cleaned at once when a story is evicted. */
const SHORT_POSTING = 32;

/**
 * In-memory backend. Stories whose span ended more than WINDOW_DAYS before the newest document seen are evicted
 * from the hot index (their postings are swept lazily), so memory is bounded by the stories of one window.
 */
export class MemoryStoryIndex implements StoryIndex {
  readonly df = new Map<string, number>();
  total = 0;
  private readonly hot = new Map<string, HotStory>();
  private readonly postings = new Map<string, Posting>();
  private readonly docStory = new Map<string, string>();
  /** Stories in order of last update, with the day they had then; the head is checked for eviction. */
  private queue: Array<[id: string, day: number]> = [];
  private queueHead = 0;
  private newestDay = -Infinity;
  private nextId = 1;
  private readonly remember: boolean;
  private readonly evicting: boolean;
  private readonly params: ClusterParams;
  readonly termStats: TermStats;

  constructor(options: MemoryIndexOptions = {}) {
    this.remember = options.rememberDocuments ?? true;
    this.params = options.params ?? DEFAULT_PARAMS;
    this.evicting = options.evict ?? true;
    const df = this.df;
    const self = this;
    this.termStats = {
      get total() {
        return self.total;
      },
      df: (k) => df.get(k) ?? 0,
    };
  }

  /** Stories currently in the hot index. */
  get hotStories(): number {
    return this.hot.size;
  }

  /** Counts one document; `keys` must be distinct (a representation's keys are). */
  countSync(keys: readonly string[]): void {
    this.total++;
    for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  /** Synchronous placement, same decisions as `placeDocument` (used for large batches and benchmarks). */
  placeSync(repr: DocRepresentation, counted = false): Placement {
    if (!counted) this.countSync(representationKeys(repr));
    const stats = this.termStats;
    const vec = documentVector(repr, stats);
    const original = repr.duplicateOf ? this.docStory.get(repr.duplicateOf) : undefined;
    const dup = original ? this.hot.get(original)?.state : undefined;
    const keys = postingKeys(repr, stats);
    const candidates = dup ? [] : this.candidatesSync(lookupKeys(repr, stats), repr.day, stats);
    const best = dup ? { story: dup, score: 1 } : decide(repr, vec, candidates, stats, this.params);
    const created = !best;
    const story = best ? best.story : emptyStory(this.newStoryId());
    absorb(story, repr, vec);
    this.saveSync(story, keys, created);
    if (this.remember) this.docStory.set(repr.id, story.id);
    return { id: repr.id, story: story.id, score: best ? best.score : 1, created };
  }

  candidatesSync(keys: readonly string[], day: number | null, stats: TermStats): StoryState[] {
    const weight = new Map<string, number>();
    for (const key of keys) {
      const posting = this.postings.get(key);
      if (!posting) continue;
      const w = idf(stats, key);
      const ids = posting.ids;
      for (let i = ids.length - 1, seen = 0; i >= 0 && seen < POSTING_SCAN; i--, seen++) {
        weight.set(ids[i], (weight.get(ids[i]) ?? 0) + w);
      }
    }
    const out: Array<[StoryState, number]> = [];
    for (const [id, w] of weight) {
      const story = this.hot.get(id)?.state;
      if (!story) continue;
      const gap = dayGap(day, story);
      if (gap !== null && gap > WINDOW_DAYS) continue;
      out.push([story, w]);
    }
    return rankCandidates(out);
  }

  saveSync(story: StoryState, keys: readonly string[], isNew: boolean): void {
    let hot = this.hot.get(story.id);
    if (!hot || isNew) {
      hot = { state: story, keys: new Set() };
      this.hot.set(story.id, hot);
    }
    for (const k of keys) {
      if (hot.keys.has(k)) continue;
      hot.keys.add(k);
      this.post(k, story.id);
    }
    if (story.lastDay !== null && this.evicting) {
      this.queue.push([story.id, story.lastDay]);
      if (story.lastDay > this.newestDay) this.newestDay = story.lastDay;
      this.evict();
    }
  }

  private post(key: string, id: string): void {
    let posting = this.postings.get(key);
    if (!posting) {
      posting = { ids: [], sweepAt: 16 };
      this.postings.set(key, posting);
    }
    posting.ids.push(id);
    if (posting.ids.length >= posting.sweepAt) {
      posting.ids = posting.ids.filter((s) => this.hot.has(s));
      posting.sweepAt = Math.max(16, posting.ids.length * 2);
      if (posting.ids.length === 0) this.postings.delete(key);
    }
  }

  /**
   * Removes an evicted story from its short posting lists (most keys are rare words with a few stories), so the
   * postings map holds the keys of the window rather than the whole vocabulary. Long lists are swept lazily.
   */
  private unpost(id: string, keys: Set<string>): void {
    for (const k of keys) {
      const posting = this.postings.get(k);
      if (!posting || posting.ids.length > SHORT_POSTING) continue;
      posting.ids = posting.ids.filter((s) => s !== id);
      if (posting.ids.length === 0) this.postings.delete(k);
    }
  }

  /** Drops stories whose last day is older than the window behind the newest day seen. */
  private evict(): void {
    const cutoff = this.newestDay - WINDOW_DAYS - 1;
    const q = this.queue;
    while (this.queueHead < q.length && q[this.queueHead][1] < cutoff) {
      const [id, day] = q[this.queueHead++];
      const hot = this.hot.get(id);
      if (hot && hot.state.lastDay !== null && hot.state.lastDay <= day) {
        this.hot.delete(id);
        this.unpost(id, hot.keys);
      }
    }
    if (this.queueHead > 4096 && this.queueHead * 2 > q.length) {
      this.queue = q.slice(this.queueHead);
      this.queueHead = 0;
    }
  }

  newStoryId(): string {
    return `s${this.nextId++}`;
  }

  // StoryIndex (async) surface, so the same tests run on this backend and on the store.
  async stats(): Promise<TermStats> {
    return this.termStats;
  }
  async countDocument(keys: readonly string[]): Promise<void> {
    this.countSync([...new Set(keys)]);
  }
  async candidates(keys: readonly string[], day: number | null, stats: TermStats): Promise<StoryState[]> {
    return this.candidatesSync(keys, day, stats);
  }
  async storyOfDocument(docId: string): Promise<string | null> {
    return this.docStory.get(docId) ?? null;
  }
  async loadStory(id: string): Promise<StoryState | null> {
    return this.hot.get(id)?.state ?? null;
  }
  async saveStory(story: StoryState, keys: readonly string[], isNew: boolean): Promise<void> {
    this.saveSync(story, keys, isNew);
  }
  async recordAssignment(docId: string, storyId: string): Promise<void> {
    if (this.remember) this.docStory.set(docId, storyId);
  }
}
