import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/eval-figures.js';

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'aleppo-2024-11');
const present = existsSync(join(corpus, 'gold.json'));
if (!present) console.warn(`figures sample test skipped: no shared corpus at ${corpus}`);

/** The bar issue 3 sets on the shared, hand-annotated sample. */
describe.skipIf(!present)('figures on the shared sample', () => {
  it('meets recall, precision and attribute accuracy targets, nothing from boilerplate', async () => {
    const report = await evaluate(corpus);
    const row = (k: string) => report.rows.find(([name]) => name === k)![1];
    expect(row('recall')).toBeGreaterThanOrEqual(0.95);
    expect(row('precision')).toBeGreaterThanOrEqual(0.95);
    expect(row('side')).toBeGreaterThanOrEqual(0.9);
    expect(row('source')).toBeGreaterThanOrEqual(0.9);
    expect(row('scope')).toBeGreaterThanOrEqual(0.95);
    expect(row('qualifier')).toBeGreaterThanOrEqual(0.95);
    expect(row('from boilerplate')).toBe('0');
  }, 60_000);
});
