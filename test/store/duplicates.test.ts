import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bandKeys, chooseOriginal, decodeSignature, DUPLICATE_SETTINGS, encodeSignature, minhashSignature, shingleHashes,
  signatureSimilarity, SIGNATURE_LENGTH,
} from '../../src/ingest/detect-duplicates.js';
import { syntheticArticle, reprintOf } from '../../bench/synthetic-articles.js';
import { BUS_CRASH, FLOOD_OTHER, FLOOD_REPRINT, FLOOD_WIRE, MARKET_BLAST } from './fixtures.js';

const sig = (t: string) => {
  const s = minhashSignature(t);
  if (!s) throw new Error('fixture too short');
  return s;
};

/** Exact Jaccard of shingle sets, to check the estimate against. */
function jaccard(a: string, b: string): number {
  const A = new Set(shingleHashes(a));
  const B = new Set(shingleHashes(b));
  let both = 0;
  for (const x of A) if (B.has(x)) both++;
  return both / (A.size + B.size - both);
}

describe('MinHash near-duplicate detection', () => {
  it('scores an edited wire reprint high and a different story on the same flood low', () => {
    const reprint = signatureSimilarity(sig(FLOOD_WIRE), sig(FLOOD_REPRINT));
    expect(reprint).toBeGreaterThan(DUPLICATE_SETTINGS.linkThreshold);
    expect(Math.abs(reprint - jaccard(FLOOD_WIRE, FLOOD_REPRINT))).toBeLessThan(0.12);
    expect(signatureSimilarity(sig(FLOOD_WIRE), sig(FLOOD_OTHER))).toBeLessThan(0.1);
    expect(signatureSimilarity(sig(BUS_CRASH), sig(MARKET_BLAST))).toBeLessThan(0.05);
  });

  it('ignores case, punctuation and spacing edits', () => {
    const restyled = FLOOD_WIRE.toUpperCase().replace(/,/g, ' ;').replace(/ /g, '  ');
    expect(signatureSimilarity(sig(FLOOD_WIRE), sig(restyled))).toBe(1);
  });

  it('gives no signature to texts too short to compare fairly', () => {
    expect(minhashSignature('Breaking: floods in Orsk')).toBeNull();
    expect(minhashSignature('')).toBeNull();
  });

  it('puts a reprint and its original in at least one shared LSH band; unrelated stories in none', () => {
    const shared = (a: string, b: string) => {
      const kb = new Set(bandKeys(sig(b)));
      return bandKeys(sig(a)).filter((k) => kb.has(k)).length;
    };
    expect(bandKeys(sig(FLOOD_WIRE))).toHaveLength(DUPLICATE_SETTINGS.bands);
    expect(shared(FLOOD_WIRE, FLOOD_REPRINT)).toBeGreaterThan(0);
    expect(shared(FLOOD_WIRE, FLOOD_OTHER)).toBe(0);
    expect(shared(BUS_CRASH, MARKET_BLAST)).toBe(0);
  });

  it('links synthetic reprints and keeps 200 varied synthetic stories apart', () => {
    const arts = Array.from({ length: 200 }, (_, i) => syntheticArticle(1000 + i));
    const sigs = arts.map((a) => sig(a.text));
    let linked = 0;
    for (let i = 0; i < sigs.length; i++) {
      const candidates = sigs.slice(0, i).map((s, j) => ({ id: String(j), signature: s, duplicateOf: null }));
      if (chooseOriginal(sigs[i], candidates)) linked++;
    }
    expect(linked).toBe(0);
    for (let i = 0; i < 20; i++) {
      const r = reprintOf(arts[i], 5000 + i);
      const found = chooseOriginal(sig(r.text), sigs.map((s, j) => ({ id: String(j), signature: s, duplicateOf: null })));
      expect(found?.id).toBe(String(i));
    }
  });

  it('prefers the original over a reprint, and points through a reprint to its original', () => {
    const w = sig(FLOOD_WIRE);
    const r = sig(FLOOD_REPRINT);
    expect(chooseOriginal(r, [{ id: 'copy', signature: r, duplicateOf: 'wire' }, { id: 'wire', signature: w, duplicateOf: null }])?.id).toBe('wire');
    expect(chooseOriginal(r, [{ id: 'copy', signature: r, duplicateOf: 'wire' }])).toEqual({ id: 'wire', similarity: 1 });
    expect(chooseOriginal(r, [])).toBeNull();
  });

  it('round-trips signatures through their stored form and rejects a damaged one', () => {
    const s = sig(MARKET_BLAST);
    expect(decodeSignature(encodeSignature(s))).toEqual(s);
    expect(decodeSignature('AAAA')).toBeNull();
    expect(() => signatureSimilarity(s, new Uint32Array(3))).toThrow(/minhashSignature/);
  });

  it('is symmetric, 1 for identical texts, and within [0,1] (property)', () => {
    const word = fc.constantFrom('rain', 'river', 'bridge', 'police', 'said', 'the', 'of', 'army', 'town', 'killed', 'seven', 'on', 'road');
    const text = fc.array(word, { minLength: 20, maxLength: 120 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const sa = minhashSignature(a);
        const sb = minhashSignature(b);
        if (!sa || !sb) return true;
        const s = signatureSimilarity(sa, sb);
        return s >= 0 && s <= 1 && s === signatureSimilarity(sb, sa) && signatureSimilarity(sa, minhashSignature(a)!) === 1 && sa.length === SIGNATURE_LENGTH;
      }),
      { numRuns: 200 },
    );
  });
});
