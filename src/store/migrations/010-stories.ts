/**
 * Stories: incremental clustering state (src/stories).
 *
 * - stories: one row per story; `state` is the compact JSON summary (centroid top terms, entity and place counts,
 *   span) the clustering scores new documents against; `label`, `first_day`, `last_day` (days since 1970-01-01) and
 *   `doc_count` are kept as columns for listing.
 * - story_documents: which story each document joined, with the score it joined at.
 * - story_terms: document frequency of each term and entity key, for incremental IDF. The row with term '' holds the
 *   number of documents counted.
 * - story_postings: inverted index key -> story. Candidate lookup reads the postings of a document's rarest keys and
 *   keeps stories whose span is within the time window (joined on stories.last_day, which is indexed).
 */
import type { Kysely } from 'kysely';
import type { StoreCapabilities } from '../backend.js';
import type { SitrepMigration } from './types.js';

export const storiesMigration: SitrepMigration = {
  async up(db: Kysely<any>, caps: StoreCapabilities) {
    await db.schema
      .createTable('stories')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('first_day', 'integer')
      .addColumn('last_day', 'integer')
      .addColumn('doc_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('stories_last_day_idx').on('stories').column('last_day').execute();

    await db.schema
      .createTable('story_documents')
      .addColumn('doc_id', 'text', (c) => c.primaryKey())
      .addColumn('story_id', 'text', (c) => c.notNull())
      .addColumn('day', 'integer')
      .addColumn('score', caps.floatType, (c) => c.notNull())
      .addColumn('assigned_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('story_documents_story_idx').on('story_documents').column('story_id').execute();

    await db.schema
      .createTable('story_terms')
      .addColumn('term', 'text', (c) => c.primaryKey())
      .addColumn('df', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('story_postings')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('story_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('story_postings_pk', ['key', 'story_id'])
      .execute();
  },
  async down(db: Kysely<any>) {
    for (const t of ['story_postings', 'story_terms', 'story_documents', 'stories']) {
      await db.schema.dropTable(t).ifExists().execute();
    }
  },
};
