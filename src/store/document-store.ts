/** The store core: document writes and reads over any Backend, with migrations applied on open. */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { SitrepDocument } from '../model/document.js';
import { bandKeys, encodeSignature, minhashSignature } from '../ingest/detect-duplicates.js';
import type { Backend } from './backend.js';
import { findOriginal, insertBands } from './duplicates.js';
import { MIGRATIONS } from './migrations/index.js';
import { chunks, documentRow, figureRows, parseDocument, SUMMARY_COLUMNS, toSummary } from './rows.js';
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

  async function putOne(trx: Kysely<any>, doc: SitrepDocument, ingestedAt: string): Promise<PutResult> {
    const sig = minhashSignature(doc.text);
    const keys = sig ? bandKeys(sig) : [];
    const original = sig ? await findOriginal(trx, sig, keys) : null;
    doc.duplicateOf = original;
    const row = documentRow(doc, { keepTokens, minhash: sig ? encodeSignature(sig) : null, ingestedAt });
    const inserted = await trx
      .insertInto('documents')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('seq')
      .executeTakeFirst();
    if (!inserted) return { id: doc.id, status: 'exists' };
    await backend.indexText(trx as never, Number(inserted.seq), row.title ?? '', doc.text.replace(/\u0000/g, ''));
    for (const part of chunks(figureRows(doc), 500)) await trx.insertInto('figures').values(part).execute();
    await insertBands(trx, doc.id, keys);
    return original ? { id: doc.id, status: 'near-duplicate', duplicateOf: original } : { id: doc.id, status: 'inserted' };
  }

  async function putDocuments(docs: readonly SitrepDocument[]): Promise<PutResult[]> {
    if (!docs.length) return [];
    return db.transaction().execute(async (trx) => {
      const existing = new Set<string>();
      for (const ids of chunks([...new Set(docs.map((d) => d.id))], idChunk)) {
        const rows = await trx.selectFrom('documents').select('id').where('id', 'in', ids).execute();
        for (const r of rows) existing.add(r.id as string);
      }
      const ingestedAt = new Date().toISOString();
      const results: PutResult[] = [];
      for (const doc of docs) {
        if (existing.has(doc.id)) {
          results.push({ id: doc.id, status: 'exists' });
          continue;
        }
        results.push(await putOne(trx, doc, ingestedAt));
        existing.add(doc.id);
      }
      return results;
    });
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
