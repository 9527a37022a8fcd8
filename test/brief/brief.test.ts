import { describe, expect, it } from 'vitest';
import { buildBrief, renderHtml, renderMarkdown } from '../../src/brief/index.js';
import { loadStory } from '../reconcile/fixtures.js';

describe('buildBrief on the Kalvik fixture', () => {
  const story = loadStory('kalvik-offensive.json');
  const b = buildBrief(story);

  it('has the keys of the JSON brief', () => {
    expect(Object.keys(b)).toEqual(
      expect.arrayContaining(['story', 'quantities', 'differences', 'summary', 'sources', 'places', 'headline']),
    );
    expect(Object.keys(b.story)).toEqual(['id', 'label', 'documents']);
    const q = b.quantities.find((x) => x.victims.node === 'combatants')!;
    for (const k of ['kind', 'victims', 'unit', 'low', 'best', 'high', 'latest', 'history', 'originators', 'independentOriginators']) {
      expect(q).toHaveProperty(k);
    }
    expect(Object.keys(q.history[0])).toEqual(expect.arrayContaining(['value', 'qualifier', 'asOf', 'published', 'doc', 'source']));
    expect(Object.keys(b.differences[0])).toEqual(expect.arrayContaining(['about', 'kind', 'figures', 'favoured', 'why']));
  });

  it('writes a headline from the best figures', () => {
    expect(b.headline).toBe(
      'Northern Salient Front offensive on Kalvik: 65 combatants and 15 civilians killed; 1,500 households / 9,000 people displaced (as of 2031-06-03)',
    );
  });

  it('lists sources in publication order with the originators each cites and the reprint', () => {
    expect(b.sources.map((s) => [s.n, s.id, s.reprintOf])).toEqual([
      [1, 'k1', null],
      [2, 'k1r', 1],
      [3, 'k2', null],
      [4, 'k3', null],
      [5, 'k4', null],
    ]);
    expect(b.sources[3].originators).toEqual(['Borderlands Casualty Monitor', 'Provincial Hospital Board', 'Hearth Aid']);
  });

  it('summarises with citations: every sentence cites its own report first, and only real reports', () => {
    expect(b.summary.length).toBeGreaterThanOrEqual(3);
    for (const s of b.summary) {
      const own = b.sources.find((x) => x.id === s.doc)!;
      expect(s.citations[0]).toBe(own.n);
      expect(s.citations.every((n) => n >= 1 && n <= b.sources.length)).toBe(true);
      expect(story.documents.some((d) => d.text.includes(s.text))).toBe(true);
    }
    // the reprint's lede is repeated by the original: its sentence is supported by both
    const lede = b.summary.find((s) => s.text.startsWith('Fighters of the Northern Salient Front launched'));
    expect(lede?.citations).toEqual([1, 2]);
    // MMR: no sentence twice
    expect(new Set(b.summary.map((s) => s.text)).size).toBe(b.summary.length);
  });

  it('places carry coordinates and citations', () => {
    expect(b.places).toEqual([
      { name: 'Kalvik', lat: 47.25, lon: 19.5, country: 'Testland', admin1: 'Upper Marches', kind: 'populated', precision: 'exact', mentions: 1, citations: [1] },
    ]);
  });

  it('renders Markdown with the sections and citations', () => {
    const md = renderMarkdown(b);
    for (const h of ['## Key figures', '## How the toll moved', '## Where reports disagree', '## What happened', '## Sources', '## Places']) {
      expect(md).toContain(h);
    }
    expect(md).toContain('| combatants (all sides) killed; of which Northern Salient Front 40, government side 25 | 56 | **65** | 65 | 65 (2031-06-03) [3] |');
    expect(md).toContain('- **combatants (all sides) killed**: 40 (2031-06-02, Borderlands Casualty Monitor) [1][2] → 65 (2031-06-03, Borderlands Casualty Monitor) [3]');
    expect(md).toContain('claim by a party');
  });

  it('renders self-contained, escaped HTML', () => {
    const evil = loadStory('kalvik-offensive.json');
    evil.documents[0].meta.title = '<script>alert("x")</script> & co';
    const html = renderHtml(buildBrief(evil));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(html).not.toMatch(/<link|src=|@import|url\(/i);
    expect(html).toContain('@media print');
    expect(html).toContain('<li id="src-3" value="3">');
  });
});

describe('buildBrief on the Pelsk disaster fixture', () => {
  const b = buildBrief(loadStory('pelsk-earthquake.json'));
  it('headline and figures of a disaster with no sides', () => {
    expect(b.headline).toBe('Earthquake in the Orvani valley: 150 people killed (as of 2029-09-15)');
    expect(b.differences.map((d) => d.kind)).toEqual(['update', 'qualifier', 'originator']);
  });
});
