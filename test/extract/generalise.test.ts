/**
 * Held-out-style evaluation: invented wire, sitrep, disaster, attack, accident, protest, abduction and arrest
 * stories from many countries (test/fixtures/generalise/articles.jsonl) scored against hand-written expected
 * figures (expected.json) by the shared scorer in generalise-score.ts. Floors sit a little under the scores
 * reached, so a regression fails.
 */
import { describe, expect, it } from 'vitest';
import { loadGeneraliseSet, scoreGeneralise } from './generalise-score.js';

const dir = new URL('../fixtures/generalise/', import.meta.url);
const { articles, expected } = loadGeneraliseSet(dir);

/** Floors: the scores reached when the set was last tuned, less a small margin. */
const FLOORS = { recall: 0.97, precision: 0.97, side: 0.94, source: 0.93, scope: 0.9, qualifier: 0.98, unit: 0.98 };

describe('held-out-style generalisation set', () => {
  it('has 25–40 articles, each with expected figures', () => {
    expect(articles.length).toBeGreaterThanOrEqual(25);
    expect(articles.length).toBeLessThanOrEqual(40);
    for (const a of articles) expect(expected[a.id], a.id).toBeDefined();
  });

  it('scores at or above its floors', () => {
    const s = scoreGeneralise(dir);
    const line = (k: keyof typeof FLOORS) => `${k.padEnd(10)} ${s[k].toFixed(3)}`;
    console.log(['generalise set:', ...Object.keys(FLOORS).map((k) => line(k as keyof typeof FLOORS)), ...s.notes].join('\n  '));
    for (const k of Object.keys(FLOORS) as Array<keyof typeof FLOORS>) expect(s[k], k).toBeGreaterThanOrEqual(FLOORS[k]);
  });
});
