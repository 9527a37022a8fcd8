/** The store core: document writes and reads over any Backend, with migrations applied on open. */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { SitrepDocument } from '../model/document.js';
import type { Backend } from './backend.js';
import { prepareDocuments, putPrepared } from './put-documents.js';
import { MIGRATIONS } from './migrations/index.js';
import { chunks, parseDocument, SUMMARY_COLUMNS, toSummary } from './rows.js';
import type { DocumentSummary, PutResult, Store, StoreOptions } from './types.js';

/** Default page size for listings when the caller gives none. */
export const DEFAULT_LIST_LIMIT = 100;

export async function migrate(backend: Backend): Promise<void> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of MIGRATIONS) {
        out[name] = {
          up: (db) => m.up(db, backend.caps),
          ...(m.down ? { down: (db: Kysely<any>) => m.down!(db, backend.caps) } : {}),
        };
      }
      return out;
    },
  };
  const { error, results } = await new Migrator({ db: backend.db, provider, ...(backend.schema ? { migrationTableSchema: backend.schema } : {}) }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`sitrep: store migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
  }
}

export function createStore(backend: Backend, options: StoreOptions = {}): Store {
  const { db, caps } = backend;
  const keepTokens = options.keepTokens ?? false;
  const idChunk = Math.floor(caps.maxParams / 2);

  async function putDocuments(docs: readonly SitrepDocument[]): Promise<PutResult[]> {
    if (!docs.length) return [];
    const prepared = prepareDocuments(docs);
    return db.transaction().execute((trx) => putPrepared(trx, backend, prepared, keepTokens));
  }

  async function getDocuments(ids: string[]): Promise<SitrepDocument[]> {
    const byId = new Map<string, SitrepDocument>();
    for (const part of chunks([...new Set(ids)], idChunk)) {
      const rows = await db
        .selectFrom('documents')
        .select(['id', 'doc', 'duplicate_of', 'duplicate_similarity'])
        .where('id', 'in', part)
        .execute();
      for (const r of rows) byId.set(r.id as string, parseDocument(r as never));
    }
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  async function summariesBySeq(seqs: number[]): Promise<DocumentSummary[]> {
    if (!seqs.length) return [];
    const rows = await db.selectFrom('documents').select([...SUMMARY_COLUMNS, 'seq']).where('seq', 'in', seqs).execute();
    const bySeq = new Map(rows.map((r) => [Number(r.seq), toSummary(r)]));
    return seqs.flatMap((s) => (bySeq.has(s) ? [bySeq.get(s)!] : []));
  }

  return {
    dialect: caps.dialect,
    db,
    putDocuments,
    async putDocument(doc) {
      return (await putDocuments([doc]))[0];
    },
    async getDocument(id) {
      return (await getDocuments([id]))[0] ?? null;
    },
    getDocuments,
    async listDocuments(opts = {}) {
      const rows = await db
        .selectFrom('documents')
        .select([...SUMMARY_COLUMNS])
        .orderBy('seq')
        .limit(Math.max(0, opts.limit ?? DEFAULT_LIST_LIMIT))
        .offset(Math.max(0, opts.offset ?? 0))
        .execute();
      return rows.map(toSummary);
    },
    async countDocuments() {
      const r = await db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    async searchDocuments(query, limit = 20) {
      return summariesBySeq(await backend.searchText(query, Math.max(1, limit)));
    },
    transaction(fn) {
      return db.transaction().execute(fn);
    },
    close: () => backend.close(),
  };
}
