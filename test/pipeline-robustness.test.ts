/**
 * Word salad of the pieces extraction keys on (numbers, qualifiers, dates, actors, places, list marks, odd Unicode):
 * the pipeline must never throw or fail a stage, and every figure's quote must be its span's text.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/ingest/clean-article.js';
import { analyze } from '../src/pipeline/analyze.js';

const PIECES = [
  'killed', 'at least', '12', 'dozens', 'on Monday', 'said', 'police', 'the army', 'Aleppo', 'Kano', '(', ')', '—', '…',
  '"', '1,200', 'half a million', 'between 3 and', '-', '•', '\n', '\n\n', 'injured', 'displaced', 'families', '2024',
  '5km', 'west of', 'Tripoli', 'according to', '%', '$', 'a', 'another', 'UN', 'OCHA', '(HTS)', 'Hayat Tahrir al-Sham',
  'including', 'and', '.', ',', 'Wednesday', 'yesterday', 'over the past two days', 'since 2011', '日本', '🙂', '\u0000',
  '\ud800',
];

/** Small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('pipeline robustness', () => {
  it('analyses 400 word-salad documents without a failed stage or a quote that is not its span', () => {
    const rand = random(20261122);
    for (let i = 0; i < 400; i++) {
      const len = 5 + Math.floor(rand() * 120);
      const text = Array.from({ length: len }, () => PIECES[Math.floor(rand() * PIECES.length)]).join(rand() < 0.7 ? ' ' : '');
      const doc = analyze(cleanArticle({ origin: { location: `salad-${i}`, format: 'text' }, source: text, meta: { published: '2025-01-15' }, messages: [] }));
      expect(doc.messages.filter((m) => m.rule.startsWith('pipeline:')), JSON.stringify(text)).toEqual([]);
      for (const f of doc.figures ?? []) expect(doc.text.slice(f.span[0], f.span[1])).toBe(f.quote);
    }
  });
});
