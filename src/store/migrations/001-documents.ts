/**
 * Documents, their figures, and the near-duplicate band index.
 *
 * - documents: the full document as JSON (`doc`) plus indexed columns for listing and lookups. `seq` is the row
 *   number (ingestion order; also the full-text index key, stable across VACUUM).
 * - figures: one row per figure, so figures are queryable without parsing documents.
 * - duplicate_bands: MinHash LSH band keys (src/ingest/detect-duplicates.ts); `band_key` is indexed so candidate
 *   lookup is a handful of index probes per document at any store size.
 */
import { sql, type Kysely } from 'kysely';
import type { StoreCapabilities } from '../backend.js';
import type { SitrepMigration } from './types.js';

export const documentsMigration: SitrepMigration = {
  async up(db: Kysely<any>, caps: StoreCapabilities) {
    await db.schema
      .createTable('documents')
      .addColumn('seq', caps.serialType, (c) => (caps.serialType === 'integer' ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('outlet', 'text')
      .addColumn('published', 'text')
      .addColumn('title', 'text')
      .addColumn('location', 'text')
      .addColumn('format', 'text')
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .addColumn('duplicate_of', 'text')
      .addColumn('duplicate_similarity', caps.floatType)
      .addColumn('figure_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('minhash', 'text')
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute();
    for (const col of ['content_hash', 'url', 'outlet', 'published', 'duplicate_of']) {
      await db.schema.createIndex(`documents_${col}_idx`).on('documents').column(col).execute();
    }

    await db.schema
      .createTable('figures')
      .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('side', 'text')
      .addColumn('victims', 'text')
      .addColumn('value', caps.floatType)
      .addColumn('low', caps.floatType)
      .addColumn('high', caps.floatType)
      .addColumn('qualifier', 'text')
      .addColumn('unit', 'text')
      .addColumn('source', 'text')
      .addColumn('scope', 'text')
      .addColumn('as_of', 'text')
      .addColumn('place_name', 'text')
      .addColumn('place_lat', caps.floatType)
      .addColumn('place_lon', caps.floatType)
      .addColumn('quote', 'text')
      .addColumn('span_start', 'integer')
      .addColumn('span_end', 'integer')
      .addPrimaryKeyConstraint('figures_pk', ['doc_id', 'idx'])
      .execute();
    await db.schema.createIndex('figures_kind_idx').on('figures').columns(['kind', 'side']).execute();
    await db.schema.createIndex('figures_as_of_idx').on('figures').column('as_of').execute();

    await db.schema
      .createTable('duplicate_bands')
      .addColumn('band_key', 'text', (c) => c.notNull())
      .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('duplicate_bands_pk', ['band_key', 'doc_id'])
      .execute();

    if (caps.fullText === 'fts5') {
      // Contentless: the text lives in documents.doc; the index only needs the terms.
      await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content='', tokenize='porter unicode61')`.execute(db);
    } else {
      await sql`ALTER TABLE documents ADD COLUMN tsv tsvector`.execute(db);
      await sql`CREATE INDEX documents_tsv_idx ON documents USING gin (tsv)`.execute(db);
    }
  },
};
