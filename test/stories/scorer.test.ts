import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { scoreClusters, scoreFiles } from '../../src/eval/eval-stories.js';

const gold = [
  { id: '1', cluster: 'A' },
  { id: '2', cluster: 'A' },
  { id: '3', cluster: 'A' },
  { id: '4', cluster: 'B' },
  { id: '5', cluster: 'B' },
];

describe('scoreClusters', () => {
  it('gives 1 everywhere for a perfect partition, whatever the labels', () => {
    const pred = gold.map((g) => ({ id: g.id, story: g.cluster === 'A' ? 'x' : 'y' }));
    const s = scoreClusters(pred, gold);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(1);
    expect(s.f1).toBe(1);
    expect(s.ari).toBeCloseTo(1, 12);
    expect(s.predictedClusters).toBe(2);
  });

  it('computes B-cubed by hand: all in one story', () => {
    const s = scoreClusters(gold.map((g) => ({ id: g.id, story: 'one' })), gold);
    // precision: A items 3/5 each, B items 2/5 each -> (3*0.6 + 2*0.4)/5 = 0.52
    expect(s.precision).toBeCloseTo(0.52, 12);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo((2 * 0.52) / 1.52, 12);
    expect(s.ari).toBeCloseTo(0, 12);
  });

  it('computes B-cubed and ARI by hand: all singletons', () => {
    const s = scoreClusters(gold.map((g) => ({ id: g.id, story: g.id })), gold);
    expect(s.precision).toBe(1);
    // recall: A items 1/3, B items 1/2 -> (3/3 + 2/2)/5 = 0.4
    expect(s.recall).toBeCloseTo(0.4, 12);
    expect(s.ari).toBeCloseTo(0, 12);
  });

  it('matches a hand-computed ARI for a split cluster', () => {
    // pred: {1,2} {3} {4,5}. contingency pairs: C(2,2)+C(2,2)=2; a = C(3,2)+C(2,2)=4; b = 1+0+1 = 2; n pairs = 10
    // expected = 4*2/10 = 0.8; max = 3; ARI = (2-0.8)/(3-0.8) = 0.5454…
    const pred = [
      { id: '1', story: 'p' },
      { id: '2', story: 'p' },
      { id: '3', story: 'q' },
      { id: '4', story: 'r' },
      { id: '5', story: 'r' },
    ];
    const s = scoreClusters(pred, gold);
    expect(s.ari).toBeCloseTo(1.2 / 2.2, 12);
    // recall: 1,2 -> 2/3; 3 -> 1/3; 4,5 -> 1 -> (4/3 + 1/3 + 2)/5
    expect(s.recall).toBeCloseTo((4 / 3 + 1 / 3 + 2) / 5, 12);
    expect(s.precision).toBe(1);
  });

  it('treats ids missing from the predictions as stories of their own', () => {
    const s = scoreClusters([{ id: '1', story: 'p' }, { id: '2', story: 'p' }], gold);
    expect(s.documents).toBe(5);
    expect(s.predictedClusters).toBe(4);
    expect(s.precision).toBe(1);
  });

  it('scores JSON Lines files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-score-'));
    writeFileSync(join(dir, 'gold.jsonl'), gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
    writeFileSync(join(dir, 'pred.jsonl'), gold.map((g) => JSON.stringify({ id: g.id, story: 'one' })).join('\n'));
    const r = await scoreFiles(join(dir, 'pred.jsonl'), join(dir, 'gold.jsonl'));
    const rows = new Map(r.rows);
    expect(rows.get('B-cubed precision')).toBeCloseTo(0.52, 12);
    expect(rows.get('B-cubed recall')).toBe(1);
  });
});
