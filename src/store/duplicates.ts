/** Store side of near-duplicate detection: band-key lookups and band rows. The hashing is in src/ingest/detect-duplicates.ts. */
import type { Kysely } from 'kysely';
import type { DuplicateLink } from '../model/document.js';
import { chooseOriginal, decodeSignature, type DuplicateCandidate } from '../ingest/detect-duplicates.js';

/**
 * At most this many candidates are compared per document. A story reprinted hundreds of times would otherwise make
 * each new reprint compare with every earlier one; a sample is enough to find the original (reprints point to it).
 */
export const MAX_CANDIDATES = 64;

export async function findOriginal(db: Kysely<any>, sig: Uint32Array, keys: string[]): Promise<DuplicateLink | null> {
  if (!keys.length) return null;
  const hits = await db
    .selectFrom('duplicate_bands')
    .select('doc_id')
    .distinct()
    .where('band_key', 'in', keys)
    .limit(MAX_CANDIDATES)
    .execute();
  if (!hits.length) return null;
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'minhash', 'duplicate_of'])
    .where('id', 'in', hits.map((h) => h.doc_id as string))
    .execute();
  const candidates: DuplicateCandidate[] = [];
  for (const r of rows) {
    const signature = r.minhash ? decodeSignature(r.minhash as string) : null;
    if (signature) candidates.push({ id: r.id as string, signature, duplicateOf: (r.duplicate_of as string | null) ?? null });
  }
  return chooseOriginal(sig, candidates);
}

export async function insertBands(db: Kysely<any>, docId: string, keys: string[]): Promise<void> {
  if (!keys.length) return;
  await db
    .insertInto('duplicate_bands')
    .values(keys.map((band_key) => ({ band_key, doc_id: docId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}
