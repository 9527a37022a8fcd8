import { describe, expect, it } from 'vitest';
import { reconcileStory } from '../../src/reconcile/index.js';
import type { Difference, Quantity, Reconciled } from '../../src/reconcile/index.js';
import { loadStory } from './fixtures.js';

const q = (r: Reconciled, key: string): Quantity => {
  const found = r.quantities.find((x) => x.key === key);
  if (!found) throw new Error(`no quantity ${key}; have ${r.quantities.map((x) => x.key).join(', ')}`);
  return found;
};
const diffs = (r: Reconciled, kind: Difference['kind'], about?: string): Difference[] =>
  r.differences.filter((d) => d.kind === kind && (!about || d.about.includes(about)));

describe('reconcileStory on an invented conflict (Kalvik)', () => {
  const r = reconcileStory(loadStory('kalvik-offensive.json'));

  it('groups figures into quantities and never takes background figures', () => {
    expect(r.quantities.map((x) => x.key)).toEqual([
      'killed|people|all|',
      'killed|people|combatants|',
      'killed|people|nonstate/Northern Salient Front|',
      'killed|people|state|',
      'killed|people|civilians|',
      'displaced|households|all|',
      'displaced|people|all|',
    ]);
    expect(r.readings.some((x) => x.value === 300)).toBe(false);
  });

  it('estimates the combatant toll: timeline, low/best/high, latest, one independent originator', () => {
    const c = q(r, 'killed|people|combatants|');
    expect(c.timeline.map((t) => [t.asOf, t.value])).toEqual([
      ['2031-06-02', 40],
      ['2031-06-03', 65],
    ]);
    expect([c.low, c.best, c.high]).toEqual([56, 65, 65]);
    expect(c.latest).toEqual({ value: 65, asOf: '2031-06-03', doc: 'k2', cite: 3 });
    expect(c.originators).toEqual(['Borderlands Casualty Monitor']);
    expect(c.independentOriginators).toBe(1);
    expect(c.breakdown).toEqual([
      { node: 'nonstate/Northern Salient Front', label: 'Northern Salient Front', value: 40 },
      { node: 'state', label: 'government side', value: 25 },
    ]);
  });

  it('keeps the party claim out of the estimate', () => {
    const s = q(r, 'killed|people|state|');
    expect(s.best).toBe(25);
    expect(s.high).toBe(25);
    expect(s.claims.map((c) => [c.value, c.qualifier, c.source])).toEqual([[100, 'more-than', 'Northern Salient Front']]);
    expect(s.independentOriginators).toBe(1);
  });

  it('update: the toll rising is an update, the later favoured', () => {
    const [d] = diffs(r, 'update', 'combatants');
    expect(d.favoured).toBe(65);
    expect(d.figures.map((f) => f.value)).toEqual([40, 65]);
    expect(d.why).toContain('40 (2031-06-02) → 65 (2031-06-03)');
  });

  it('qualifier: "more than 60" and 65 both hold', () => {
    const [d] = diffs(r, 'qualifier', 'combatants');
    expect(d.figures.map((f) => f.value)).toEqual([60, 65]);
    expect(d.favoured).toBe(65);
  });

  it('conflict: one originator credited with 56 and 65 on one day; 65 has more support', () => {
    const cs = diffs(r, 'conflict', 'combatants');
    expect(cs).toHaveLength(1);
    expect(cs[0].figures.map((f) => [f.value, f.doc])).toEqual([
      [56, 'k4'],
      [65, 'k2'],
    ]);
    expect(cs[0].favoured).toBe(65);
  });

  it('party-claim: the Front’s "more than 100 soldiers" against the monitor’s 12', () => {
    const [d] = diffs(r, 'party-claim');
    expect(d.about).toBe('government side killed');
    expect(d.figures.map((f) => [f.value, f.source])).toEqual([
      [100, 'Northern Salient Front'],
      [12, 'Borderlands Casualty Monitor'],
    ]);
    expect(d.favoured).toBe(12);
    expect(d.why).toMatch(/party to the event/);
  });

  it('originator: hospital 12 vs monitor 15 civilians; the monitor, cited by more reports, favoured', () => {
    const [d] = diffs(r, 'originator', 'civilians');
    expect(d.figures.map((f) => f.source)).toEqual(['Provincial Hospital Board', 'Borderlands Casualty Monitor']);
    expect(d.favoured).toBe(15);
    expect(q(r, 'killed|people|civilians|').independentOriginators).toBe(2);
  });

  it('unit: 9,000 people and 1,500 households are different units, not a conflict', () => {
    const [d] = diffs(r, 'unit');
    expect(d.favoured).toBeNull();
    expect(d.figures.map((f) => [f.value, f.unit]).sort()).toEqual([
      [1500, 'households'],
      [9000, 'people'],
    ]);
    expect(d.why).toMatch(/not a contradiction/);
    expect(diffs(r, 'conflict', 'displaced')).toEqual([]);
  });

  it('scope: "about 80 people" includes 65 combatants + 15 civilians from another report', () => {
    const [d] = diffs(r, 'scope');
    expect(d.favoured).toBe('65 + 15 = 80');
    expect(d.figures[0]).toMatchObject({ value: 80, qualifier: 'about', doc: 'k3' });
  });

  it('arithmetic: parts sum to totals within and across reports', () => {
    const texts = r.arithmetic.map((c) => [c.total.node, c.total.value, c.sum, c.holds]);
    expect(texts).toEqual([
      ['combatants', 40, 40, 'equal'],
      ['combatants', 65, 65, 'equal'],
      ['all', 80, 80, 'equal'],
    ]);
  });

  it('start day: Monday in four reports (one a reprint) vs Tuesday in one; Monday favoured', () => {
    expect(r.eventStart.date).toBe('2031-06-02');
    const [d] = r.differences.filter((x) => x.about === 'day the event began');
    expect(d.kind).toBe('conflict');
    expect(d.favoured).toBe('Monday');
    expect(d.figures.filter((f) => String(f.value).startsWith('Tuesday')).map((f) => f.doc)).toEqual(['k4']);
  });

  it('a reprint is cited but confirms nothing', () => {
    const reprint = r.readings.filter((x) => x.docId === 'k1r');
    expect(reprint.every((x) => x.reprint)).toBe(true);
    expect(reprint[0].originator).toBe('Borderlands Casualty Monitor');
  });
});

describe('reconcileStory on an invented disaster (Pelsk earthquake)', () => {
  const r = reconcileStory(loadStory('pelsk-earthquake.json'));

  it('nobody is a party in a disaster: the ministry’s toll is a count', () => {
    expect(r.readings.every((x) => !x.party)).toBe(true);
    expect(diffs(r, 'party-claim')).toEqual([]);
  });

  it('update, qualifier and originator differences on the toll', () => {
    const all = q(r, 'killed|people|all|');
    expect([all.low, all.best, all.high]).toEqual([140, 150, 170]);
    expect(all.independentOriginators).toBe(3);
    expect(diffs(r, 'update')[0].figures.map((f) => f.value)).toEqual([120, 150]);
    expect(diffs(r, 'qualifier')[0].figures.map((f) => f.value)).toEqual([140, 150]);
    expect(diffs(r, 'originator')[0].figures.map((f) => [f.value, f.source])).toEqual([
      [170, 'national disaster agency'],
      [150, 'health ministry'],
    ]);
  });

  it('place-by-place counts become parts of the toll, and sum to it', () => {
    expect(q(r, 'killed|people|all|').breakdown.map((b) => [b.label, b.value])).toEqual([
      ['in Pelsk', 90],
      ['in Dorin', 60],
    ]);
    expect(r.arithmetic.find((c) => c.total.value === 150)?.holds).toBe('equal');
  });

  it('drops the 2009 quake’s toll as background', () => {
    expect(r.readings.some((x) => x.value === 3000)).toBe(false);
  });

  it('resolves the start day against publication', () => {
    expect([r.eventStart.date, r.eventStart.words]).toEqual(['2029-09-14', 'Friday']);
  });
});

describe('reconcileStory input checks', () => {
  it('throws a usage message for a call without documents', () => {
    expect(() => reconcileStory({ id: 'x', label: 'x' } as never)).toThrow(/documents/);
  });
  it('an empty story reconciles to nothing', () => {
    const r = reconcileStory({ id: 'e', label: 'empty', documents: [] });
    expect(r.quantities).toEqual([]);
    expect(r.differences).toEqual([]);
  });
});
