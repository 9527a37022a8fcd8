/**
 * Second held-out-style evaluation, in styles the first set lacks: OCHA flash updates and situation reports with
 * bullet lists and "Needs:" sections, live blogs with timestamps, long features with background paragraphs,
 * ministry, police and army press releases, headline-only tolls, corrections, ranges, "up to", vague amounts, numbers
 * that are not people (percentages, fractions, buildings, vehicles, animals, money, distances, times, ages),
 * nationality breakdowns, attackers and perpetrators, air, mining, industrial, heat and disease tolls and protest
 * arrests (test/fixtures/generalise-2/). Scored by the shared scorer in generalise-score.ts; floors sit a little
 * under the scores reached, so a regression fails.
 */
import { describe, expect, it } from 'vitest';
import { loadGeneraliseSet, scoreGeneralise } from './generalise-score.js';

const dir = new URL('../fixtures/generalise-2/', import.meta.url);
const { articles, expected } = loadGeneraliseSet(dir);

/** Floors: the scores reached when the set was last tuned, less a small margin. */
const FLOORS = { recall: 0.94, precision: 0.97, side: 0.96, source: 0.96, scope: 0.97, qualifier: 0.98, unit: 0.98 };

describe('second held-out-style generalisation set', () => {
  it('has 25–40 articles, each with expected figures', () => {
    expect(articles.length).toBeGreaterThanOrEqual(25);
    expect(articles.length).toBeLessThanOrEqual(40);
    for (const a of articles) expect(expected[a.id], a.id).toBeDefined();
  });

  it('scores at or above its floors', () => {
    const s = scoreGeneralise(dir);
    const line = (k: keyof typeof FLOORS) => `${k.padEnd(10)} ${s[k].toFixed(3)}`;
    console.log(['generalise-2 set:', ...Object.keys(FLOORS).map((k) => line(k as keyof typeof FLOORS)), ...s.notes].join('\n  '));
    for (const k of Object.keys(FLOORS) as Array<keyof typeof FLOORS>) expect(s[k], k).toBeGreaterThanOrEqual(FLOORS[k]);
  });
});
