import { describe, expect, it } from 'vitest';
import { agreementOf, buildStoryView, keyFigures, pageBrief, PAGE_DIFFERENCE_FIGURES } from '../../src/server/story-view.js';
import { FLOOD_DOCS, makeDoc } from './helpers.js';

const story = { id: 's', label: 'Floods in Velmar', firstReport: null, lastReport: null, documentCount: 3, dateRange: null };

describe('story view', () => {
  it('grades agreement against the best figure and its range', () => {
    const ref = { best: 19, low: 12, high: 31 };
    expect(agreementOf({ value: 19, low: null, high: null }, ref)).toBe('agree');
    expect(agreementOf({ value: null, low: 15, high: 20 }, ref)).toBe('agree');
    expect(agreementOf({ value: 25, low: null, high: null }, ref)).toBe('near');
    expect(agreementOf({ value: 60, low: null, high: null }, ref)).toBe('conflict');
    expect(agreementOf({ value: 60, low: null, high: null }, { best: null, low: null, high: null })).toBe('unknown');
  });

  it('without a brief, compares with the value most reports give', () => {
    const docs = [FLOOD_DOCS[1], { ...FLOOD_DOCS[1], id: 'flood-2b' }, FLOOD_DOCS[2]].map(makeDoc);
    const killed = buildStoryView(story, docs, null, 'no brief').rows.find((r) => r.kind === 'killed')!;
    expect(killed.cells.map((c) => c.agreement)).toEqual(['agree', 'agree', 'conflict']);
  });

  it('draws one timeline point per originator, day and value, counting the reports', () => {
    const docs = [FLOOD_DOCS[1], { ...FLOOD_DOCS[1], id: 'flood-2b' }].map(makeDoc);
    const t = buildStoryView(story, docs, null, null).timeline.find((x) => x.key === 'killed|all|people')!;
    expect(t.series).toEqual([{ originator: 'Regional Disaster Agency', points: [{ date: '2024-05-03', value: 19, doc: 'flood-2', fig: 0, reports: 2 }] }]);
  });

  it('orders rows toll first and picks key figures per kind', () => {
    const view = buildStoryView(story, FLOOD_DOCS.map(makeDoc), null, null);
    expect(view.rows.map((r) => r.key)).toEqual(['killed|all|people', 'displaced|all|people']);
    expect(keyFigures(view.rows)).toEqual([
      { label: 'killed', value: 31, qualifier: 'exact', date: '2024-05-03' },
      { label: 'displaced', value: 4500, qualifier: 'more-than', date: '2024-05-03' },
    ]);
  });

  it('cuts the brief down for the page and keeps citation numbers resolvable', () => {
    const figures = Array.from({ length: 20 }, (_, i) => ({ value: i, doc: `d${i}` }));
    const cut = pageBrief({
      quantities: [{ kind: 'killed', best: 3, history: [{}, {}], timeline: [], claims: [{}] }],
      differences: [{ about: 'killed', figures }], sources: [{ n: 1, id: 'd1', title: 'long', originators: ['x'] }],
      places: [{ name: 'p' }], summary: [{ text: 's', citations: [1] }],
    })!;
    expect(cut.quantities![0]).toEqual({ kind: 'killed', best: 3, reports: 2, claims: 1 });
    expect((cut.differences![0] as { figures: unknown[]; moreFigures: number }).figures).toHaveLength(PAGE_DIFFERENCE_FIGURES);
    expect((cut.differences![0] as { moreFigures: number }).moreFigures).toBe(20 - PAGE_DIFFERENCE_FIGURES);
    expect(cut.sources).toEqual([{ n: 1, id: 'd1' }]);
    expect(cut.places).toBeUndefined();
    expect(pageBrief(null)).toBeNull();
  });
});
