/**
 * SQLite backend: one embedded file, better-sqlite3 under Kysely. WAL mode so readers (the web server) never block
 * the writer; synchronous=NORMAL is durable across process crashes (kill -9) in WAL mode, which is what ingestion
 * needs; a busy timeout lets a second process wait for the write lock instead of failing.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Backend, StoreCapabilities } from '../backend.js';
import { queryWords } from '../backend.js';

export const SQLITE_CAPABILITIES: StoreCapabilities = {
  dialect: 'sqlite',
  fullText: 'fts5',
  serialType: 'integer',
  floatType: 'real',
  maxParams: 32000,
};

/** Pragmas applied on open, with why. */
export const SQLITE_PRAGMAS: readonly string[] = [
  'journal_mode = WAL', // concurrent readers, crash-safe appends
  'synchronous = NORMAL', // WAL + NORMAL survives process crashes; only power loss can drop the last commits
  'busy_timeout = 10000', // wait up to 10 s for another writer
  'foreign_keys = ON',
  'cache_size = -65536', // 64 MB page cache
];

/** Rows per FTS insert statement (3 parameters each, far below SQLite's limit). */
const FTS_ROWS_PER_STATEMENT = 100;

export function createSqliteBackend(path: string): Backend {
  const sqlite = new Database(path);
  for (const p of SQLITE_PRAGMAS) sqlite.pragma(p);
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    caps: SQLITE_CAPABILITIES,
    db,
    fullTextColumns: () => ({}),
    async indexTexts(trx, rows) {
      for (let i = 0; i < rows.length; i += FTS_ROWS_PER_STATEMENT) {
        const values = rows.slice(i, i + FTS_ROWS_PER_STATEMENT).map((r) => sql`(${r.seq}, ${r.title}, ${r.text})`);
        await sql`INSERT INTO documents_fts(rowid, title, body) VALUES ${sql.join(values)}`.execute(trx);
      }
    },
    async searchText(query, limit) {
      const words = queryWords(query);
      if (!words.length) return [];
      const match = words.map((w) => `"${w}"`).join(' ');
      const res = await sql<{ rowid: number }>`SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${match}
        ORDER BY rank LIMIT ${limit}`.execute(db);
      return res.rows.map((r) => Number(r.rowid));
    },
    async prepare() {},
    async close() {
      await db.destroy();
    },
  };
}
