/**
 * Stories: reports of one event grouped together, incrementally, in the store.
 *
 * - `assignStories(store, docs)`: places new documents into stories (idempotent: a document already placed keeps its
 *   story). Ingest calls it after every stored batch.
 * - `listStories(store, opts?)`, `getStory(store, id)`, `storyDocuments(store, id)`: the story view.
 * - `clusterDocuments(docs)`: stateless, in memory (`sitrep cluster`, evaluation).
 */
import type { SitrepDocument } from '../model/document.js';
import type { Store } from '../store/index.js';
import { sql } from 'kysely';
import { placeDocument, representationKeys } from './cluster-stories.js';
import { canonicalOrder, type StoryAssignment } from './cluster-documents.js';
import { KyselyStoryIndex } from './kysely-story-index.js';
import { representDocument } from './represent-document.js';
import type { DocRepresentation } from './story-model.js';
import { isoDay } from './story-model.js';

export { clusterDocuments, clusterRepresentations, type StoryAssignment } from './cluster-documents.js';
export { representDocument } from './represent-document.js';
export { MemoryStoryIndex, placeDocument, type StoryIndex, type Placement } from './cluster-stories.js';
export { KyselyStoryIndex, storyIdFor } from './kysely-story-index.js';
export { labelStory, formatDayRange } from './label-story.js';
export * from './story-similarity.js';
export type { DocRepresentation, StoryState, TermStats } from './story-model.js';

export interface StorySummary {
  id: string;
  /** "HTS offensive — Aleppo, Idlib — 27–28 Nov 2024". */
  label: string;
  /** Earliest and latest publication date of the story's reports (ISO), null when none is dated. */
  firstReport: string | null;
  lastReport: string | null;
  documentCount: number;
  /** Days the story's events span (event dates, else publication dates), ISO dates; null when undated. */
  dateRange: { start: string; end: string } | null;
}

export interface StoryDocumentRef {
  id: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
}

export interface StoryDetail extends StorySummary {
  documents: StoryDocumentRef[];
}

export interface ListStoriesOptions {
  limit?: number;
  offset?: number;
}

/**
 * Places documents into stories in one transaction. Within a batch the result does not depend on the order given:
 * the batch's keys are counted first, then documents are placed by day, originals before reprints, then id.
 * Returns `{id, story}` in input order.
 */
export async function assignStories(store: Store, docs: readonly SitrepDocument[]): Promise<StoryAssignment[]> {
  if (docs.length === 0) return [];
  return store.transaction(async (trx) => {
    const index = new KyselyStoryIndex(trx);
    const story = await index.storiesOfDocuments(docs.map((d) => d.id));
    const fresh = new Map<string, DocRepresentation>();
    for (const doc of docs) if (!story.has(doc.id) && !fresh.has(doc.id)) fresh.set(doc.id, representDocument(doc));
    const reprs = [...fresh.values()];
    await index.countDocuments(reprs.map(representationKeys));
    for (const i of canonicalOrder(reprs)) {
      const placed = await placeDocument(index, reprs[i], true);
      story.set(placed.id, placed.story);
    }
    return docs.map((d) => ({ id: d.id, story: story.get(d.id)! }));
  });
}

/** After-store hook for ingest: assigns the newly stored documents to stories. */
export async function assignStoriesAfterStore(store: Store, docs: SitrepDocument[]): Promise<void> {
  await assignStories(store, docs);
}

interface StoryRow {
  id: string;
  label: string;
  first_day: number | null;
  last_day: number | null;
  doc_count: number;
}

async function reportSpans(store: Store, ids: string[]): Promise<Map<string, { first: string | null; last: string | null }>> {
  const out = new Map<string, { first: string | null; last: string | null }>();
  for (let i = 0; i < ids.length; i += 400) {
    const rows = await store.db
      .selectFrom('story_documents as sd')
      .leftJoin('documents as d', 'd.id', 'sd.doc_id')
      .select((eb) => ['sd.story_id as story_id', eb.fn.min('d.published').as('first'), eb.fn.max('d.published').as('last')])
      .where('sd.story_id', 'in', ids.slice(i, i + 400))
      .groupBy('sd.story_id')
      .execute();
    for (const r of rows) out.set(r.story_id as string, { first: (r.first as string) ?? null, last: (r.last as string) ?? null });
  }
  return out;
}

function summarise(row: StoryRow, spans: Map<string, { first: string | null; last: string | null }>): StorySummary {
  const span = spans.get(row.id);
  const first = row.first_day === null ? null : Number(row.first_day);
  const last = row.last_day === null ? null : Number(row.last_day);
  return {
    id: row.id,
    label: row.label,
    firstReport: span?.first ?? null,
    lastReport: span?.last ?? null,
    documentCount: Number(row.doc_count),
    dateRange: first === null || last === null ? null : { start: isoDay(first), end: isoDay(last) },
  };
}

/** Stories, latest first (by the last day of their span, then id). */
export async function listStories(store: Store, opts: ListStoriesOptions = {}): Promise<StorySummary[]> {
  let q = store.db
    .selectFrom('stories')
    .select(['id', 'label', 'first_day', 'last_day', 'doc_count'])
    .orderBy(sql`coalesce(last_day, -1000000000)`, 'desc')
    .orderBy('id');
  const limit = opts.limit ?? (opts.offset ? 2 ** 31 - 1 : undefined); // SQLite needs a LIMIT for an OFFSET
  if (limit !== undefined) q = q.limit(limit);
  if (opts.offset) q = q.offset(opts.offset);
  const rows = (await q.execute()) as StoryRow[];
  const spans = await reportSpans(store, rows.map((r) => r.id));
  return rows.map((r) => summarise(r, spans));
}

/** One story with its reports (oldest first), or null when no story has this id. */
export async function getStory(store: Store, id: string): Promise<StoryDetail | null> {
  const row = (await store.db
    .selectFrom('stories')
    .select(['id', 'label', 'first_day', 'last_day', 'doc_count'])
    .where('id', '=', id)
    .executeTakeFirst()) as StoryRow | undefined;
  if (!row) return null;
  const docs = await store.db
    .selectFrom('story_documents as sd')
    .leftJoin('documents as d', 'd.id', 'sd.doc_id')
    .select(['sd.doc_id as id', 'd.outlet as outlet', 'd.published as published', 'd.title as title', 'd.url as url'])
    .where('sd.story_id', '=', id)
    .orderBy(sql`coalesce(d.published, '')`)
    .orderBy('sd.doc_id')
    .execute();
  const documents: StoryDocumentRef[] = docs.map((d) => ({
    id: d.id as string,
    outlet: (d.outlet as string) ?? null,
    published: (d.published as string) ?? null,
    title: (d.title as string) ?? null,
    url: (d.url as string) ?? null,
  }));
  const dated = documents.map((d) => d.published).filter((p): p is string => !!p);
  const spans = new Map([[id, { first: dated[0] ?? null, last: dated.length ? dated[dated.length - 1] : null }]]);
  return { ...summarise(row, spans), documents };
}

/** The stored documents of a story, oldest report first. */
export async function storyDocuments(store: Store, id: string): Promise<SitrepDocument[]> {
  const story = await getStory(store, id);
  return story ? store.getDocuments(story.documents.map((d) => d.id)) : [];
}
