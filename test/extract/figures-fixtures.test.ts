import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseText, describeFigure } from './figures-helpers.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'figures');

/** Invented reports (accidents, disasters, attacks, war) with every figure asserted field by field. */
describe('figure fixtures', () => {
  for (const slug of readdirSync(dir).sort()) {
    it(slug, () => {
      const text = readFileSync(join(dir, slug, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as {
        published: string;
        figures: Array<{ figure: string; quote: string }>;
      };
      const doc = analyseText(text, expected.published, `${slug}.txt`);
      const got = (doc.figures ?? []).map((f) => ({ figure: describeFigure(f), quote: f.quote }));
      expect(got).toEqual(expected.figures);
      for (const f of doc.figures ?? []) expect(f.quote).toBe(doc.text.slice(f.span[0], f.span[1]));
    });
  }
});
