/** The store interface: one API over the embedded SQLite file and PostgreSQL. */
import type { Kysely } from 'kysely';
import type { DuplicateLink, SitrepDocument } from '../model/document.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  duplicateOf: DuplicateLink | null;
  figureCount: number;
  /** ISO 8601 date-time (UTC) the document was first stored. */
  ingestedAt: string;
}

export type PutStatus = 'inserted' | 'exists' | 'near-duplicate';

export interface PutResult {
  id: string;
  status: PutStatus;
  duplicateOf?: DuplicateLink;
}

export interface Store {
  readonly dialect: Dialect;
  /** Other areas add their own tables through migrations (src/store/migrations) and query through this handle. */
  readonly db: Kysely<any>;
  /** Stores one document (idempotent: a document whose id is stored already is left as it is). */
  putDocument(doc: SitrepDocument): Promise<PutResult>;
  /** Stores several documents in one transaction, in order; later ones see earlier ones as duplicate originals. */
  putDocuments(docs: readonly SitrepDocument[]): Promise<PutResult[]>;
  getDocument(id: string): Promise<SitrepDocument | null>;
  /** Documents in the order of `ids`; unknown ids are left out. */
  getDocuments(ids: string[]): Promise<SitrepDocument[]>;
  /** In ingestion order. */
  listDocuments(opts?: { limit?: number; offset?: number }): Promise<DocumentSummary[]>;
  countDocuments(): Promise<number>;
  /** Full-text search over title and text, best match first. */
  searchDocuments(query: string, limit?: number): Promise<DocumentSummary[]>;
  transaction<T>(fn: (trx: Kysely<any>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /**
   * PostgreSQL only: schema to keep the tables in (created when missing). Also settable as `?schema=NAME` on the URL.
   * Lets several stores share one database (tests use one schema per suite).
   */
  schema?: string;
  /** Keep `tokens` in the stored document JSON. Off by default: tokens are most of a document's size and cheap to recompute. */
  keepTokens?: boolean;
}
