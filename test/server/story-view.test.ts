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

  it('grades with the brief\'s differences: an update, a party\'s claim, a figure left out; vague amounts by their word', () => {
    const docs = [
      { id: 'a', outlet: 'Wire', published: '2025-03-11T08:00:00Z', title: 'a', text: 'A monitor said at least 23 people were killed. Hundreds of families fled.',
        figures: [{ quote: 'at least 23 people were killed', kind: 'killed' as const, value: 23, qualifier: 'at-least' as const, source: 'Monitor' },
          { quote: 'Hundreds of families fled', kind: 'displaced' as const, value: 0, source: 'Monitor' }] },
      { id: 'b', outlet: 'Radio', published: '2025-03-11T12:00:00Z', title: 'b', text: 'At least 23 people died, the monitor said.',
        figures: [{ quote: 'At least 23 people died', kind: 'killed' as const, value: 23, qualifier: 'at-least' as const, source: 'Monitor' }] },
      { id: 'c', outlet: 'Post', published: '2025-03-12T08:00:00Z', title: 'c', text: 'The monitor counted 41 dead. The army said 60 were killed. Two children died.',
        figures: [{ quote: 'counted 41 dead', kind: 'killed' as const, value: 41, source: 'Monitor' },
          { quote: 'army said 60 were killed', kind: 'killed' as const, value: 60, source: 'Army' },
          { quote: 'Two children died', kind: 'killed' as const, value: 2, source: 'Monitor' }] },
    ].map(makeDoc);
    const vague = docs[0].figures![1];
    Object.assign(vague, { value: null, low: 200, high: 999, qualifier: 'vague', kind: 'displaced', unit: 'families' });
    const history = (doc: string, quote: string, value: number, source: string) => ({ doc, quote, value, source });
    const brief = {
      quantities: [{ kind: 'killed', victims: { side: 'all', label: 'all people' }, unit: 'people', low: 41, best: 41, high: 41,
        history: [history('a', 'at least 23 people were killed', 23, 'Monitor'), history('b', 'At least 23 people died', 23, 'Monitor'), history('c', 'counted 41 dead', 41, 'Monitor')],
        claims: [{ ...history('c', 'army said 60 were killed', 60, 'Army'), party: true }] }],
      differences: [
        { about: 'all people killed', kind: 'update', favoured: 41, why: 'later supersedes', figures: [{ value: 23, doc: 'a', source: 'Monitor', quote: 'at least 23 people were killed' }, { value: 41, doc: 'c', source: 'Monitor', quote: 'counted 41 dead' }] },
      ],
    };
    const view = buildStoryView(story, docs, brief, null);
    const killed = view.rows.find((r) => r.key === 'killed|all|people')!;
    expect(killed.cells.map((c) => [c.doc, c.value, c.agreement])).toEqual([
      ['a', 23, 'update'], ['b', 23, 'update'], ['c', 41, 'agree'], ['c', 60, 'claim'], ['c', 2, 'scope'],
    ]);
    expect(killed.cells[0].why).toBe('later supersedes');
    const families = view.rows.find((r) => r.key === 'displaced|all|families')!.cells[0];
    expect([families.words, families.agreement]).toEqual(['hundreds', 'unknown']);
    const t = view.timeline.find((x) => x.key === 'displaced|all|families')!;
    expect(t.series).toEqual([]);
    expect(t.unplotted).toEqual([{ originator: 'Monitor', date: '2025-03-11', text: 'hundreds', doc: 'a', fig: 1 }]);
    expect(agreementOf({ value: null, low: 200, high: 999 }, { best: 2100, low: null, high: null })).toBe('unknown');
    expect(keyFigures(view.rows).find((k) => k.label.startsWith('displaced'))).toBeUndefined();
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
