/**
 * What differs between SQLite and PostgreSQL, gathered in one place. Each dialect folder (sqlite/, postgres/)
 * provides a Backend; the store core (document-store.ts) and migrations read its capability flags instead of
 * testing the dialect name.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from './types.js';

export interface StoreCapabilities {
  readonly dialect: Dialect;
  /** How full-text search is indexed: an FTS5 side table (SQLite) or a tsvector column with a GIN index (PostgreSQL). */
  readonly fullText: 'fts5' | 'tsvector';
  /** Column type for an auto-incrementing integer primary key. */
  readonly serialType: 'integer' | 'bigserial';
  /** Column type for floating-point numbers. */
  readonly floatType: 'real' | 'double precision';
  /** Largest number of bound parameters one statement may carry (SQLite's default limit is 32766). */
  readonly maxParams: number;
}

export interface Backend {
  readonly caps: StoreCapabilities;
  readonly db: Kysely<any>;
  /** Schema holding the tables (PostgreSQL), so bookkeeping tables are looked up there and nowhere else. */
  readonly schema?: string;
  /** Extra column values for a documents row that index its title and text (PostgreSQL: the tsvector). */
  fullTextColumns(title: string, text: string): Record<string, unknown>;
  /** Adds stored documents to a separate full-text index (SQLite FTS5), keyed by row number `seq`. */
  indexTexts(trx: Kysely<any>, rows: ReadonlyArray<{ seq: number; title: string; text: string }>): Promise<void>;
  /** Sequence numbers of the best matches for a user query, best first. */
  searchText(query: string, limit: number): Promise<number[]>;
  /** Run before migrations (create schema, set pragmas). */
  prepare(): Promise<void>;
  close(): Promise<void>;
}

/** Words of a user query, for building a safe full-text query in either dialect. */
export function queryWords(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
}
