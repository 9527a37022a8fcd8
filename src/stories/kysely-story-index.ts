/**
 * The clustering state kept in the store (SQLite or PostgreSQL, tables from migration 010-stories). Every lookup is
 * by key through an index: document frequencies of one document's keys, postings of its query keys joined with the
 * stories whose span is inside the time window, one story row per candidate. Nothing scans all stories.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { StoryIndex } from './cluster-stories.js';
import { labelStory } from './label-story.js';
import type { DocRepresentation, StoryJson, StoryState, TermStats } from './story-model.js';
import { storyFromJson, storyToJson } from './story-model.js';
import { WINDOW_DAYS, idf, rankCandidates } from './story-similarity.js';

/** Keys per IN (...) list: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 400;
/** The story_terms row counting documents. */
const TOTAL_KEY = '';

function chunks<T>(xs: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Story id founded by a document: stable, so re-running over the same documents in the same order gives the same ids. */
export function storyIdFor(docId: string): string {
  return `st-${createHash('sha1').update(docId).digest('hex').slice(0, 12)}`;
}

export class KyselyStoryIndex implements StoryIndex {
  constructor(private readonly db: Kysely<any>) {}

  async stats(keys: readonly string[]): Promise<TermStats> {
    const df = new Map<string, number>();
    for (const part of chunks([TOTAL_KEY, ...new Set(keys)])) {
      const rows = await this.db.selectFrom('story_terms').select(['term', 'df']).where('term', 'in', part).execute();
      for (const r of rows) df.set(r.term as string, Number(r.df));
    }
    const total = df.get(TOTAL_KEY) ?? 0;
    return { total, df: (k) => df.get(k) ?? 0 };
  }

  async countDocument(keys: readonly string[]): Promise<void> {
    await this.countDocuments([keys]);
  }

  /** Counts several documents in a few statements (a batch's keys summed first). */
  async countDocuments(docs: ReadonlyArray<readonly string[]>): Promise<void> {
    const counts = new Map<string, number>([[TOTAL_KEY, docs.length]]);
    for (const keys of docs) for (const k of new Set(keys)) counts.set(k, (counts.get(k) ?? 0) + 1);
    const rows = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([term, df]) => ({ term, df }));
    for (const part of chunks(rows)) {
      await this.db
        .insertInto('story_terms')
        .values(part)
        .onConflict((oc) => oc.column('term').doUpdateSet({ df: sql`story_terms.df + excluded.df` }))
        .execute();
    }
  }

  /** Stories of already placed documents among `ids`. */
  async storiesOfDocuments(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)])) {
      const rows = await this.db.selectFrom('story_documents').select(['doc_id', 'story_id']).where('doc_id', 'in', part).execute();
      for (const r of rows) out.set(r.doc_id as string, r.story_id as string);
    }
    return out;
  }

  async candidates(keys: readonly string[], day: number | null, stats: TermStats): Promise<StoryState[]> {
    const weight = new Map<string, number>();
    for (const part of chunks([...new Set(keys)])) {
      let q = this.db
        .selectFrom('story_postings as p')
        .innerJoin('stories as s', 's.id', 'p.story_id')
        .select(['p.key as key', 'p.story_id as story_id'])
        .where('p.key', 'in', part);
      if (day !== null) {
        q = q.where((eb) =>
          eb.or([
            eb('s.last_day', 'is', null),
            eb.and([eb('s.last_day', '>=', day - WINDOW_DAYS), eb('s.first_day', '<=', day + WINDOW_DAYS)]),
          ]),
        );
      }
      for (const r of await q.execute()) {
        const id = r.story_id as string;
        weight.set(id, (weight.get(id) ?? 0) + idf(stats, r.key as string));
      }
    }
    const ids = rankCandidates([...weight].map(([id, w]) => [{ id }, w] as [{ id: string }, number])).map((c) => c.id);
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('stories').select(['id', 'state']).where('id', 'in', ids).execute();
    const byId = new Map(rows.map((r) => [r.id as string, storyFromJson(JSON.parse(r.state as string) as StoryJson)]));
    return ids.map((id) => byId.get(id)).filter((s): s is StoryState => !!s);
  }

  async storyOfDocument(docId: string): Promise<string | null> {
    const row = await this.db.selectFrom('story_documents').select('story_id').where('doc_id', '=', docId).executeTakeFirst();
    return (row?.story_id as string | undefined) ?? null;
  }

  async loadStory(id: string): Promise<StoryState | null> {
    const row = await this.db.selectFrom('stories').select('state').where('id', '=', id).executeTakeFirst();
    return row ? storyFromJson(JSON.parse(row.state as string) as StoryJson) : null;
  }

  async saveStory(story: StoryState, keys: readonly string[], isNew: boolean): Promise<void> {
    const row = {
      label: labelStory(story),
      first_day: story.firstDay,
      last_day: story.lastDay,
      doc_count: story.count,
      state: JSON.stringify(storyToJson(story)),
      updated_at: new Date().toISOString(),
    };
    if (isNew) await this.db.insertInto('stories').values({ id: story.id, ...row }).execute();
    else await this.db.updateTable('stories').set(row).where('id', '=', story.id).execute();
    for (const part of chunks([...new Set(keys)].sort())) {
      await this.db
        .insertInto('story_postings')
        .values(part.map((key) => ({ key, story_id: story.id })))
        .onConflict((oc) => oc.columns(['key', 'story_id']).doNothing())
        .execute();
    }
  }

  async recordAssignment(docId: string, storyId: string, day: number | null, score: number): Promise<void> {
    const values = { story_id: storyId, day, score, assigned_at: new Date().toISOString() };
    await this.db
      .insertInto('story_documents')
      .values({ doc_id: docId, ...values })
      .onConflict((oc) => oc.column('doc_id').doUpdateSet(values))
      .execute();
  }

  newStoryId(repr: DocRepresentation): string {
    return storyIdFor(repr.id);
  }
}
