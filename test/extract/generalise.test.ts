/**
 * Held-out-style evaluation on invented articles scored against hand-written expected figures (expected.json) by the
 * shared scorer in generalise-score.ts. Floors sit a little under the scores reached when each set was last tuned,
 * so a regression fails.
 *
 * - generalise/: wire, sitrep, disaster, attack, accident, protest, abduction and arrest stories from many countries.
 * - generalise-2/: styles the first set lacks — OCHA flash updates and situation reports with bullet lists and
 *   "Needs:" sections, live blogs, long features with background paragraphs, ministry/police/army press releases,
 *   headline-only tolls, corrections, ranges, "up to", vague amounts, numbers that are not people, nationality
 *   breakdowns, attackers, air, mining, industrial, heat and disease tolls, protest arrests.
 */
import { describe, expect, it } from 'vitest';
import { loadGeneraliseSet, scoreGeneralise } from './generalise-score.js';

type Floors = Record<'recall' | 'precision' | 'side' | 'source' | 'scope' | 'qualifier' | 'unit', number>;

const SETS: ReadonlyArray<{ name: string; floors: Floors }> = [
  { name: 'generalise', floors: { recall: 0.97, precision: 0.97, side: 0.94, source: 0.93, scope: 0.9, qualifier: 0.98, unit: 0.98 } },
  { name: 'generalise-2', floors: { recall: 0.94, precision: 0.97, side: 0.96, source: 0.96, scope: 0.97, qualifier: 0.98, unit: 0.98 } },
];

for (const { name, floors } of SETS) {
  describe(`held-out-style set ${name}`, () => {
    const dir = new URL(`../fixtures/${name}/`, import.meta.url);
    const { articles, expected } = loadGeneraliseSet(dir);

    it('has 25–40 articles, each with expected figures', () => {
      expect(articles.length).toBeGreaterThanOrEqual(25);
      expect(articles.length).toBeLessThanOrEqual(40);
      for (const a of articles) expect(expected[a.id], a.id).toBeDefined();
    });

    it('scores at or above its floors', () => {
      const s = scoreGeneralise(dir);
      const keys = Object.keys(floors) as Array<keyof Floors>;
      console.log([`${name} set:`, ...keys.map((k) => `${k.padEnd(10)} ${s[k].toFixed(3)}`), ...s.notes].join('\n  '));
      for (const k of keys) expect(s[k], k).toBeGreaterThanOrEqual(floors[k]);
    });
  });
}
