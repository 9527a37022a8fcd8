/**
 * Near-duplicate detection: MinHash over word shingles, with LSH banding.
 *
 * A wire story reprinted by another outlet keeps most of its word sequences; a different story on the same topic
 * shares words but few runs of them. So each document becomes the set of its `SHINGLE_WORDS`-word runs, and a
 * MinHash signature of `BANDS * ROWS` minimums estimates the Jaccard similarity of two such sets. The signature is
 * cut into bands; two documents that agree on every row of at least one band become candidates. Band keys live in
 * an indexed table, so finding candidates is `BANDS` index lookups per document however big the store is; only the
 * candidates' signatures are compared.
 *
 * Everything here is pure and synchronous; the store does the lookups (src/store/duplicates.ts).
 */

/**
 * Tuning table. Why these values:
 * - 3-word shingles survive light editing (a changed word breaks only 3 shingles) while two different stories on one
 *   topic share few 3-word runs beyond stock phrases.
 * - 32 bands x 4 rows: a pair becomes a candidate with probability 1-(1-s^4)^32, i.e. ~87% at s=0.5, ~99% at s=0.6,
 *   ~23% at s=0.3 — the LSH threshold sits near 0.42, below the link threshold, so true reprints are rarely missed.
 * - LINK_THRESHOLD 0.5: lightly edited reprints measure 0.55–0.95; different stories on the same event stay under 0.2.
 * - MIN_SHINGLES: very short texts (a headline-only feed item) share runs by chance; they are not linked.
 */
export const DUPLICATE_SETTINGS = {
  shingleWords: 3,
  bands: 32,
  rows: 4,
  linkThreshold: 0.5,
  minShingles: 12,
} as const;

export const SIGNATURE_LENGTH = DUPLICATE_SETTINGS.bands * DUPLICATE_SETTINGS.rows;

/** Words: runs of letters and digits, lower-cased; punctuation and spacing edits do not matter. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Per-slot seeds, fixed so signatures stored today compare with signatures computed tomorrow. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_LENGTH);
  let x = 0x2545f491;
  for (let i = 0; i < seeds.length; i++) {
    x = fmix32((x + 0x9e3779b9) >>> 0);
    seeds[i] = x;
  }
  return seeds;
})();

/** MurmurHash3 finaliser: a cheap, well-mixed 32-bit permutation. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Distinct hashes of the text's word shingles. */
export function shingleHashes(text: string): Uint32Array {
  const k = DUPLICATE_SETTINGS.shingleWords;
  const words: number[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) words.push(hashWord(m[0]));
  if (words.length < k) return new Uint32Array(0);
  const set = new Set<number>();
  for (let i = 0; i + k <= words.length; i++) {
    let h = words[i];
    for (let j = 1; j < k; j++) h = fmix32((Math.imul(h, 0x9e3779b1) ^ words[i + j]) >>> 0);
    set.add(h);
  }
  return Uint32Array.from(set);
}

/** MinHash signature, or null when the text is too short to compare fairly. */
export function minhashSignature(text: string): Uint32Array | null {
  const shingles = shingleHashes(text);
  if (shingles.length < DUPLICATE_SETTINGS.minShingles) return null;
  const sig = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s];
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const v = fmix32((x ^ SEEDS[i]) >>> 0);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of slots where two signatures agree. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) {
    throw new Error(`sitrep: signatures of different lengths (${a.length}, ${b.length}); compute both with minhashSignature()`);
  }
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** One key per band: band number plus a 64-bit hash of its rows, as text (`07:89ab…`). */
export function bandKeys(sig: Uint32Array): string[] {
  const { bands, rows } = DUPLICATE_SETTINGS;
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) {
    let h1 = 0x811c9dc5 ^ b;
    let h2 = 0x1b873593 ^ b;
    for (let r = 0; r < rows; r++) {
      const v = sig[b * rows + r];
      h1 = fmix32((Math.imul(h1, 0x01000193) ^ v) >>> 0);
      h2 = fmix32((Math.imul(h2, 0x9e3779b1) + v) >>> 0);
    }
    keys.push(`${b.toString(36).padStart(2, '0')}:${hex8(h1)}${hex8(h2)}`);
  }
  return keys;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** Signatures are stored as base64 of their little-endian bytes. */
export function encodeSignature(sig: Uint32Array): string {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64');
}

export function decodeSignature(text: string): Uint32Array | null {
  const buf = Buffer.from(text, 'base64');
  if (buf.length !== SIGNATURE_LENGTH * 4) return null;
  const out = new Uint32Array(SIGNATURE_LENGTH);
  for (let i = 0; i < SIGNATURE_LENGTH; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

export interface DuplicateCandidate {
  readonly id: string;
  readonly signature: Uint32Array;
  /** The candidate's own original when it is itself a near-duplicate. */
  readonly duplicateOf: string | null;
}

/**
 * Picks the original a new document duplicates, or null. Originals are preferred over other reprints, so a chain of
 * reprints links to the first story rather than to each other.
 */
export function chooseOriginal(
  sig: Uint32Array,
  candidates: readonly DuplicateCandidate[],
): { id: string; similarity: number } | null {
  let best: { id: string; similarity: number; root: boolean } | null = null;
  for (const c of candidates) {
    const similarity = signatureSimilarity(sig, c.signature);
    if (similarity < DUPLICATE_SETTINGS.linkThreshold) continue;
    const root = c.duplicateOf === null;
    const better = !best || (root && !best.root) || (root === best.root && similarity > best.similarity);
    if (better) best = { id: root ? c.id : (c.duplicateOf as string), similarity, root };
  }
  return best ? { id: best.id, similarity: Math.round(best.similarity * 1000) / 1000 } : null;
}
