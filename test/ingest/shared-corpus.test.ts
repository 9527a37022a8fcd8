/**
 * Cleaning on the shared hand-annotated sample (read from ../shared at run time, never copied): every gold
 * boilerplate line removed, no article line removed, every gold heading found, gold headlines become titles.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreCleaning } from '../../src/eval/eval-cleaning.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus/aleppo-2024-11/', import.meta.url));
const present = existsSync(`${corpus}gold.json`);
if (!present) console.warn(`shared-corpus.test: skipped, no sample corpus at ${corpus}`);

describe.skipIf(!present)('cleaning on the shared sample corpus (aleppo-2024-11)', () => {
  it('removes exactly the gold boilerplate, finds the headings and titles', async () => {
    const scores = await scoreCleaning(corpus);
    expect(scores).toHaveLength(5);
    for (const s of scores) {
      expect.soft(s.boilerplateRemoved, `${s.file} boilerplate`).toBe(s.boilerplateTotal);
      expect.soft(s.articleLinesRemoved, `${s.file} article lines removed`).toEqual([]);
      expect.soft(s.headingsFound, `${s.file} headings`).toBe(s.headingsTotal);
      expect.soft(s.titleOk, `${s.file} title`).toBe(true);
    }
    expect(scores.reduce((a, s) => a + s.boilerplateTotal, 0)).toBeGreaterThan(0);
  });
});
