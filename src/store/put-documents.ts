/**
 * Writing a batch of documents in one transaction with a fixed number of statements, whatever the batch size:
 * which ids exist, which band keys are known (near-duplicate candidates), then bulk inserts of documents, figures,
 * band keys and full-text rows. Documents later in a batch see earlier ones as duplicate originals.
 */
import type { Kysely } from 'kysely';
import type { DuplicateLink, SitrepDocument } from '../model/document.js';
import { bandKeys, chooseOriginal, decodeSignature, encodeSignature, minhashSignature, type DuplicateCandidate } from '../ingest/detect-duplicates.js';
import type { Backend } from './backend.js';
import { chunks, clean, documentRow, figureRows } from './rows.js';
import type { PutResult } from './types.js';

/**
 * At most this many candidates are compared per document. A story reprinted hundreds of times would otherwise make
 * each new reprint compare with every earlier one; a sample is enough to find the original (reprints point to it).
 */
export const MAX_CANDIDATES = 64;

interface Prepared {
  doc: SitrepDocument;
  sig: Uint32Array | null;
  keys: string[];
}

/** Hashing is pure CPU: done before the transaction opens, so the write lock is held only for the statements. */
export function prepareDocuments(docs: readonly SitrepDocument[]): Prepared[] {
  return docs.map((doc) => {
    const sig = minhashSignature(doc.text);
    return { doc, sig, keys: sig ? bandKeys(sig) : [] };
  });
}

export async function putPrepared(
  trx: Kysely<any>,
  backend: Backend,
  batch: Prepared[],
  keepTokens: boolean,
): Promise<PutResult[]> {
  const paramChunk = Math.floor(backend.caps.maxParams / 2);
  const existing = await existingIds(trx, batch.map((p) => p.doc.id), paramChunk);
  const fresh: Prepared[] = [];
  const seen = new Set(existing);
  for (const p of batch) if (!seen.has(p.doc.id)) (seen.add(p.doc.id), fresh.push(p));
  if (!fresh.length) return batch.map((p) => ({ id: p.doc.id, status: 'exists' }));

  const index = await loadCandidates(trx, fresh.flatMap((p) => p.keys), paramChunk);
  const ingestedAt = new Date().toISOString();
  const rows = fresh.map((p) => {
    p.doc.duplicateOf = p.sig ? findOriginal(index, p.sig, p.keys) : null;
    if (p.sig && !p.doc.duplicateOf) index.add(p.doc.id, p.sig, null, p.keys);
    const row = documentRow(p.doc, { keepTokens, minhash: p.sig ? encodeSignature(p.sig) : null, ingestedAt });
    return { ...row, ...backend.fullTextColumns(row.title ?? '', clean(p.doc.text) ?? '') };
  });

  const seqById = new Map<string, number>();
  for (const part of chunks(rows, 16)) {
    const inserted = await trx
      .insertInto('documents')
      .values(part)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning(['seq', 'id'])
      .execute();
    for (const r of inserted) seqById.set(r.id as string, Number(r.seq));
  }
  const stored = fresh.filter((p) => seqById.has(p.doc.id));
  await insertChildren(trx, backend, stored, seqById);

  return batch.map((p) => {
    if (!seqById.has(p.doc.id) || !fresh.includes(p)) return { id: p.doc.id, status: 'exists' };
    const dup = p.doc.duplicateOf;
    return dup ? { id: p.doc.id, status: 'near-duplicate', duplicateOf: dup } : { id: p.doc.id, status: 'inserted' };
  });
}

async function existingIds(trx: Kysely<any>, ids: string[], size: number): Promise<Set<string>> {
  const out = new Set<string>();
  for (const part of chunks([...new Set(ids)], size)) {
    const rows = await trx.selectFrom('documents').select('id').where('id', 'in', part).execute();
    for (const r of rows) out.add(r.id as string);
  }
  return out;
}

async function insertChildren(trx: Kysely<any>, backend: Backend, stored: Prepared[], seqById: Map<string, number>): Promise<void> {
  const figures = stored.flatMap((p) => figureRows(p.doc));
  for (const part of chunks(figures, 400)) await trx.insertInto('figures').values(part).onConflict((oc) => oc.doNothing()).execute();
  // Only originals are indexed: a reprint links to its original, so its keys would only lengthen candidate lists.
  const bands = stored.filter((p) => !p.doc.duplicateOf).flatMap((p) => p.keys.map((band_key) => ({ band_key, doc_id: p.doc.id })));
  for (const part of chunks(bands, 2000)) await trx.insertInto('duplicate_bands').values(part).onConflict((oc) => oc.doNothing()).execute();
  await backend.indexTexts(
    trx,
    stored.map((p) => ({ seq: seqById.get(p.doc.id)!, title: clean(p.doc.meta.title) ?? '', text: clean(p.doc.text) ?? '' })),
  );
}

/** Band key -> documents, for the keys of one batch; grows as the batch's own documents are placed. */
class CandidateIndex {
  readonly byKey = new Map<string, string[]>();
  readonly docs = new Map<string, DuplicateCandidate>();
  add(id: string, signature: Uint32Array, duplicateOf: string | null, keys: string[]): void {
    this.docs.set(id, { id, signature, duplicateOf });
    for (const k of keys) {
      const list = this.byKey.get(k);
      if (list) list.push(id);
      else this.byKey.set(k, [id]);
    }
  }
}

async function loadCandidates(trx: Kysely<any>, keys: string[], size: number): Promise<CandidateIndex> {
  const index = new CandidateIndex();
  const keyDocs: Array<{ band_key: string; doc_id: string }> = [];
  for (const part of chunks([...new Set(keys)], size)) {
    const rows = await trx.selectFrom('duplicate_bands').select(['band_key', 'doc_id']).where('band_key', 'in', part).execute();
    keyDocs.push(...(rows as typeof keyDocs));
  }
  const ids = [...new Set(keyDocs.map((r) => r.doc_id))];
  for (const part of chunks(ids, size)) {
    const rows = await trx.selectFrom('documents').select(['id', 'minhash', 'duplicate_of']).where('id', 'in', part).execute();
    for (const r of rows) {
      const signature = r.minhash ? decodeSignature(r.minhash as string) : null;
      if (signature) index.docs.set(r.id as string, { id: r.id as string, signature, duplicateOf: (r.duplicate_of as string | null) ?? null });
    }
  }
  for (const { band_key, doc_id } of keyDocs) {
    const list = index.byKey.get(band_key);
    if (list) list.push(doc_id);
    else index.byKey.set(band_key, [doc_id]);
  }
  return index;
}

function findOriginal(index: CandidateIndex, sig: Uint32Array, keys: string[]): DuplicateLink | null {
  const ids = new Set<string>();
  for (const k of keys) {
    for (const id of index.byKey.get(k) ?? []) {
      ids.add(id);
      if (ids.size >= MAX_CANDIDATES) break;
    }
    if (ids.size >= MAX_CANDIDATES) break;
  }
  const candidates: DuplicateCandidate[] = [];
  for (const id of ids) {
    const c = index.docs.get(id);
    if (c) candidates.push(c);
  }
  return chooseOriginal(sig, candidates);
}
