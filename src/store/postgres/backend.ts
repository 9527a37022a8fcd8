/**
 * PostgreSQL backend: a pg pool under Kysely. Full text is a tsvector column (English configuration) with a GIN
 * index, filled on insert. A `schema` option (or `?schema=` in the URL) keeps the tables in their own schema, created
 * on open, so several stores can share a database.
 */
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Backend, StoreCapabilities } from '../backend.js';
import { queryWords } from '../backend.js';

export const POSTGRES_CAPABILITIES: StoreCapabilities = {
  dialect: 'postgres',
  fullText: 'tsvector',
  serialType: 'bigserial',
  floatType: 'double precision',
  maxParams: 65000,
};

/** Pool size: ingestion writes from one connection; the rest serve readers (web server, API). */
const POOL_MAX = 8;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function createPostgresBackend(url: string, schemaOption?: string): Backend {
  const parsed = new URL(url);
  const schema = schemaOption ?? parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`sitrep: PostgreSQL schema "${schema}" must be lower-case letters, digits and _ (start with a letter).`);
  }
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: POOL_MAX,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  return {
    caps: POSTGRES_CAPABILITIES,
    db,
    schema: schema ?? 'public',
    fullTextColumns: (title, text) => ({ tsv: sql`to_tsvector('english', ${title} || ' ' || ${text})` }),
    async indexTexts() {},
    async searchText(query, limit) {
      const words = queryWords(query);
      if (!words.length) return [];
      const q = words.join(' ');
      const res = await sql<{ seq: string }>`SELECT seq FROM documents, plainto_tsquery('english', ${q}) q
        WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC, seq LIMIT ${limit}`.execute(db);
      return res.rows.map((r) => Number(r.seq));
    },
    async prepare() {
      if (!schema) return;
      try {
        await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(db);
      } catch (err) {
        // Two processes creating the schema at once: the loser sees a unique violation; the schema exists.
        if ((err as { code?: string }).code !== '23505') throw err;
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
